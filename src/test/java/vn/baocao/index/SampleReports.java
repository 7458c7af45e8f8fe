package vn.baocao.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.Report;
import vn.baocao.report.ReportInfo;
import vn.baocao.text.VietnameseText;

/**
 * Reports built by hand from real paragraphs of the bundled samples ({@code src/main/resources/samples}),
 * with the metadata and people an ingest should find in them. Paragraphs are looked up by their first
 * words in the sample file (one paragraph per line there), so the text is exactly the published one.
 */
public final class SampleReports {
    private static final String URL_004 =
            "http://www.baoquangtri.vn/tao-buoc-tien-dot-pha-xay-dung-nen-ngoai-giao-viet-nam-toan-dien-hien-dai-190924.htm";
    public static final Person BUI_THANH_SON = new Person("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao");
    public static final Person PHAM_MINH_CHINH = new Person("Phạm Minh Chính", "Thủ tướng Chính phủ");
    public static final Person NGUYEN_PHU_TRONG = new Person("Nguyễn Phú Trọng", "Tổng Bí thư");
    public static final Person TRAN_LUU_QUANG = new Person("Trần Lưu Quang", "Phó Thủ tướng Chính phủ");
    public static final Person PHAM_BINH_MINH = new Person("Phạm Bình Minh", "Phó Thủ tướng, Bộ trưởng Ngoại giao");
    public static final Person HOANG_NAM = new Person("Hoàng Nam", "Phó Chủ tịch UBND tỉnh Quảng Trị");

    /** 000: the mid-year review of 2023, held 5 July 2023; passage 3 says only "Bộ trưởng". */
    public static final Report MID_YEAR_2023 = report(
            info("000_47e75d3c86d27e21", "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023",
                    LocalDate.of(2023, 7, 5), new Conference("Hội nghị sơ kết công tác 6 tháng đầu năm 2023",
                            ConferenceKind.MID_YEAR_REVIEW, 2023, 0)),
            List.of(BUI_THANH_SON),
            passage("Tham dự Hội nghị diễn ra ngày 5/7", BUI_THANH_SON),
            passage("Trong 6 tháng đầu năm, quan hệ với các đối tác"),
            passage("Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu kết luận", BUI_THANH_SON),
            passage("Kết luận Hội nghị, Bộ trưởng Ngoại giao Bùi Thanh Sơn biểu dương", BUI_THANH_SON),
            passage("Bộ trưởng đề nghị ngành Ngoại giao trong 6 tháng cuối năm", BUI_THANH_SON),
            passage("Bộ trưởng đề nghị toàn ngành tích cực", BUI_THANH_SON));

    /** 001: the year-end review of 2022, held 10 January 2023, with the Prime Minister. */
    public static final Report YEAR_END_2022 = report(
            info("001_8430b1541a21d71d",
                    "Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022",
                    LocalDate.of(2023, 1, 10), new Conference("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022",
                            ConferenceKind.YEAR_END_REVIEW, 2022, 0)),
            List.of(PHAM_MINH_CHINH, BUI_THANH_SON, NGUYEN_PHU_TRONG),
            passage("Sáng 10/1, Bộ Ngoại giao tổ chức", PHAM_MINH_CHINH, BUI_THANH_SON),
            passage("Khai mạc Hội nghị, Bộ trưởng Ngoại giao Bùi Thanh Sơn nhấn mạnh", BUI_THANH_SON, NGUYEN_PHU_TRONG),
            passage("Công tác ngoại giao kinh tế được đẩy mạnh"),
            passage("Phát biểu chỉ đạo hội nghị, Thủ tướng Chính phủ Phạm Minh Chính", PHAM_MINH_CHINH));

    /** 002: the Deputy Prime Minister's working session of 31 January 2023; passage 1 says "hoà bình". */
    public static final Report WORKING_SESSION_2023 = report(
            new ReportInfo("002_0e1cf19fdeddcf6d", "samples/002_0e1cf19fdeddcf6d.txt", "",
                    "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao", LocalDate.of(2023, 1, 31),
                    "Trụ sở Bộ Ngoại giao", new Conference("Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao",
                    ConferenceKind.WORKING_SESSION, 2023, 0)),
            List.of(TRAN_LUU_QUANG, BUI_THANH_SON),
            passage("Chiều ngày 31-1, tại Trụ sở Bộ Ngoại giao", TRAN_LUU_QUANG, BUI_THANH_SON),
            passage("Trên cơ sở những định hướng lớn đó", TRAN_LUU_QUANG));

    /** 003: the mid-year review of 2019, held 22 July 2019, under Phạm Bình Minh. */
    public static final Report MID_YEAR_2019 = report(
            info("003_60cdc4bfe3deff94", "Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống",
                    LocalDate.of(2019, 7, 22), new Conference(
                            "Hội nghị sơ kết công tác 06 tháng đầu năm 2019 của Bộ Ngoại giao",
                            ConferenceKind.MID_YEAR_REVIEW, 2019, 0)),
            List.of(PHAM_BINH_MINH),
            passage("(CLO) Đây là một trong nội dung", PHAM_BINH_MINH),
            passage("Hội nhập quốc tế và ngoại giao kinh tế"),
            passage("Về một số việc cần quan tâm", PHAM_BINH_MINH));

    /** 004: the year-end review of 2024, held 6 January 2025; its source is its URL. */
    public static final Report YEAR_END_2024 = report(
            new ReportInfo("004_771f5d769968830d", URL_004, URL_004,
                    "Tạo bước tiến đột phá xây dựng nền ngoại giao Việt Nam toàn diện, hiện đại", LocalDate.of(2025, 1, 6),
                    "", new Conference("Hội nghị tổng kết công tác ngành ngoại giao năm 2024",
                    ConferenceKind.YEAR_END_REVIEW, 2024, 0)),
            List.of(PHAM_MINH_CHINH, HOANG_NAM),
            passage("Sáng nay 6/1, Bộ Ngoại giao tổ chức", PHAM_MINH_CHINH, HOANG_NAM),
            passage("Kết luận hội nghị, Thủ tướng Chính phủ Phạm Minh Chính nhấn mạnh", PHAM_MINH_CHINH));

    /** All five, in sample-file order. */
    public static final List<Report> ALL = List.of(MID_YEAR_2023, YEAR_END_2022, WORKING_SESSION_2023, MID_YEAR_2019,
            YEAR_END_2024);

    private SampleReports() {
    }

    /** The total number of passages of {@link #ALL}. */
    public static int passageCount() {
        return ALL.stream().mapToInt(r -> r.passages().size()).sum();
    }

    /** {@code report} with only its first {@code n} passages and another content hash: an edited file. */
    public static Report truncated(Report report, int n) {
        return new Report(report.info(), report.people(), report.passages().subList(0, n), report.contentHash() + "-edited");
    }

    /** The paragraph of sample file {@code id} that starts with {@code start}, normalised as ingest would. */
    public static String paragraph(String id, String start) {
        String resource = "/samples/" + id + ".txt";
        try (InputStream in = SampleReports.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> line.startsWith(start)).findFirst().map(VietnameseText::normalize)
                    .orElseThrow(() -> new IllegalStateException("no paragraph of " + resource + " starts with " + start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReportInfo info(String id, String title, LocalDate date, Conference conference) {
        return new ReportInfo(id, "samples/" + id + ".txt", "", title, date, "", conference);
    }

    /** A passage recipe: the first words of its paragraph and its people, bound to a report by {@link #report}. */
    private record Recipe(String start, List<Person> people) {
    }

    private static Recipe passage(String start, Person... people) {
        return new Recipe(start, List.of(people));
    }

    private static Report report(ReportInfo info, List<Person> people, Recipe... recipes) {
        List<Passage> passages = new ArrayList<>();
        for (Recipe recipe : recipes) {
            passages.add(new Passage(info, passages.size(), paragraph(info.id(), recipe.start()), recipe.people()));
        }
        return new Report(info, people, passages, "sha256:" + info.id());
    }

    /** An index in {@code dir} holding {@link #ALL}, committed; the caller closes it. */
    public static ReportIndex indexIn(Path dir) {
        ReportIndex index = ReportIndex.open(dir);
        ALL.forEach(index::put);
        index.commit();
        return index;
    }
}
