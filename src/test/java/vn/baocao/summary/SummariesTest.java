package vn.baocao.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.chat.PlainText;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.Retriever;
import vn.baocao.search.StatementHit;
import vn.baocao.search.StatementQuery;
import vn.baocao.testing.SampleIndex;

/** Extractive summaries of the sample reports: what each kind of summary must say, cite and leave out. */
class SummariesTest {
    @TempDir
    static Path dir;
    private static ReportIndex index;
    private static Retriever retriever;
    private static Summaries summaries;

    @BeforeAll
    static void indexTheSamples() {
        index = SampleIndex.open(dir.resolve("index"));
        retriever = new Retriever(index);
        summaries = new Summaries(retriever, new ExtractiveSummarizer(retriever));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000_47e75d3c86d27e21.txt|5/7/2023|• Phát biểu chính: Bộ trưởng Ngoại giao Bùi Thanh Sơn",
        "001_8430b1541a21d71d.txt|10/1/2023|• Chủ trì: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn",
        "002_0e1cf19fdeddcf6d.txt|31/1/2023|• Làm việc với Bộ Ngoại giao: Phó Thủ tướng Chính phủ Trần Lưu Quang",
        "003_60cdc4bfe3deff94.txt|22/7/2019|• Phát biểu chính: Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh",
        "004_771f5d769968830d.txt|6/1/2025|• Dự và chỉ đạo: Thủ tướng Chính phủ Phạm Minh Chính"})
    void summarisesEachSampleReportWithItsDateAndWhoPresidedInCitedBulletsOfThatReportOnly(String file, String date,
                                                                                           String presided) {
        ReportInfo report = sample(file);

        Answer answer = summaries.summarize(report.id()).answer();

        assertThat(answer.abstained()).isFalse();
        List<String> lines = answer.text().lines().toList();
        assertThat(lines.getFirst()).startsWith("Tóm tắt bài “" + report.title() + "” (" + date + ")");
        assertThat(lines).anyMatch(l -> l.matches("• Thời gian: " + date + "(; địa điểm: .+)? \\[\\d+]"));
        assertThat(lines).anyMatch(l -> l.matches(java.util.regex.Pattern.quote(presided) + " \\[\\d+]"));
        assertThat(lines).containsSubsequence(ExtractiveSummarizer.FACTS, ExtractiveSummarizer.RESULTS,
                ExtractiveSummarizer.DIRECTIONS);
        assertThat(lines.stream().filter(l -> l.matches("(• |  – ).*\\[\\d+]"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(answer.citations()).extracting(c -> c.passage().report().id()).containsOnly(report.id());
        assertThat(PlainText.answer(answer, true).length()).isLessThanOrEqualTo(Layout.MAX_CHARS);
    }

    @Test
    void summarisesWhatBuiThanhSonSaidCitingEveryReportWhereHeSpeaksInDateOrder() {
        List<String> whereHeSpeaks = retriever.statements(StatementQuery.by("Bùi Thanh Sơn"), 1000).stream()
                .map(StatementHit::statement).map(s -> s.passage().report())
                .sorted(java.util.Comparator.comparing(ReportInfo::date)).map(ReportInfo::id).distinct().toList();

        Answer answer = summaries.answer("Tóm tắt phát biểu của Bùi Thanh Sơn").orElseThrow();

        assertThat(whereHeSpeaks).hasSize(3);
        assertThat(citedReports(answer)).isEqualTo(whereHeSpeaks);
        assertThat(answer.text()).startsWith("Tóm tắt phát biểu của Bộ trưởng Ngoại giao Bùi Thanh Sơn tại 3 hội nghị");
        assertThat(answer.text().lines().filter(l -> l.startsWith("Hội nghị") || l.startsWith("Buổi")))
                .extracting(l -> l.substring(0, l.indexOf(')') + 1)).containsExactly(
                        "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023)",
                        "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao (31/1/2023)",
                        "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 (5/7/2023)");
        assertThat(PlainText.answer(answer, true).length()).isLessThanOrEqualTo(Layout.MAX_CHARS);
    }

    @Test
    void comparesTwoConferencesCitingBothSidesInEverySectionThatHasBoth() {
        Answer answer = summaries.answer("So sánh hội nghị sơ kết 2019 và 2023").orElseThrow();

        assertThat(answer.text()).startsWith("So sánh Hội nghị sơ kết công tác 06 tháng đầu năm và phương hướng công tác "
                + "06 tháng cuối năm 2019 (22/7/2019) và Hội nghị sơ kết công tác 6 tháng đầu năm 2023 (5/7/2023)");
        assertThat(citedReports(answer)).containsExactly(sample("003_60cdc4bfe3deff94.txt").id(),
                sample("000_47e75d3c86d27e21.txt").id());
        assertThat(answer.text()).contains("• Sơ kết 6 tháng 2019 – thời gian: 22/7/2019 [1]",
                "• Sơ kết 6 tháng 2023 – thời gian: 5/7/2023 [");
        for (String side : List.of("Sơ kết 6 tháng 2019", "Sơ kết 6 tháng 2023")) {
            assertThat(answer.text().lines().filter(l -> l.startsWith("• " + side) && l.matches(".*\\[\\d+]")))
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void understandsRequestsTypedWithoutDiacritics() {
        for (String[] pair : List.of(
                new String[] {"Tóm tắt phát biểu của Bùi Thanh Sơn", "tom tat phat bieu cua bui thanh son"},
                new String[] {"So sánh hội nghị sơ kết 2019 và 2023", "so sanh hoi nghi so ket 2019 va 2023"},
                new String[] {"Tóm tắt hội nghị tổng kết năm 2022", "tom tat hoi nghi tong ket nam 2022"},
                new String[] {"Điểm lại năm 2023", "diem lai nam 2023"})) {
            Answer accented = summaries.answer(pair[0]).orElseThrow();
            Answer accentless = summaries.answer(pair[1]).orElseThrow();
            assertThat(accentless.text()).as(pair[1]).isEqualTo(accented.text());
            assertThat(accentless.citations()).isEqualTo(accented.citations());
        }
    }

    @Test
    void summarisesAYearConferenceByConferenceInDateOrder() {
        Answer answer = summaries.answer("Tổng hợp các hội nghị năm 2023").orElseThrow();

        assertThat(answer.text()).startsWith("Tóm tắt năm 2023: 3 hội nghị");
        assertThat(citedReports(answer)).containsExactly(sample("001_8430b1541a21d71d.txt").id(),
                sample("002_0e1cf19fdeddcf6d.txt").id(), sample("000_47e75d3c86d27e21.txt").id());
        assertThat(answer.text()).contains("• Chủ trì: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn [1]");
    }

    @Test
    void summarisesWhatTheOneHolderOfATitleSaid() {
        Answer answer = summaries.answer("Tóm tắt chỉ đạo của Thủ tướng với ngành ngoại giao qua các năm").orElseThrow();

        assertThat(answer.text()).startsWith("Tóm tắt phát biểu của Thủ tướng Chính phủ Phạm Minh Chính tại 2 hội nghị");
        assertThat(citedReports(answer)).containsExactly(sample("001_8430b1541a21d71d.txt").id(),
                sample("004_771f5d769968830d.txt").id());
    }

    @Test
    void showsOnAskingForMoreOnlyPointsTheFirstPageLeftOut() {
        Answer first = summaries.answer("Tóm tắt hội nghị tổng kết năm 2022").orElseThrow();
        Answer more = summaries.answer("Tóm tắt hội nghị tổng kết năm 2022 xem thêm").orElseThrow();

        assertThat(first.text()).endsWith(Layout.MORE);
        assertThat(more.text()).startsWith("Tóm tắt Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023) "
                + "(tiếp, phần 2)");
        Set<String> shownFirst = new HashSet<>();
        first.citations().forEach(c -> shownFirst.addAll(List.of(c.quote().split(" … "))));
        assertThat(more.citations()).isNotEmpty().allSatisfy(c -> assertThat(shownFirst).doesNotContainAnyElementsOf(
                List.of(c.quote().split(" … "))));
        Answer end = summaries.answer("Tóm tắt hội nghị tổng kết năm 2022 xem thêm xem thêm xem thêm xem thêm").orElseThrow();
        assertThat(end.abstained()).isTrue();
        assertThat(end.text()).isEqualTo(ExtractiveSummarizer.NOTHING_MORE);
    }

    @Test
    void summarisesTheMeetingAPersonHeldWhenTheRequestNamesBoth() {
        Answer meeting = summaries.answer("tom tat buoi lam viec cua pho thu tuong tran luu quang voi bo ngoai giao")
                .orElseThrow();
        Answer person = summaries.answer("Tóm tắt phát biểu của Trần Lưu Quang").orElseThrow();

        assertThat(meeting.text()).startsWith("Tóm tắt Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao "
                + "(31/1/2023)\n");
        assertThat(person.text()).startsWith("Tóm tắt phát biểu của Phó Thủ tướng Chính phủ Trần Lưu Quang");
    }

    @Test
    void summarisesWhatAPersonAskedAtAMeetingWhenTheRequestNamesWhatTheySaid() {
        Answer asked = summaries.answer("Tóm tắt các yêu cầu của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2024")
                .orElseThrow();
        assertThat(asked.text()).startsWith("Tóm tắt phát biểu của Thủ tướng Chính phủ Phạm Minh Chính");
        assertThat(citedReports(asked)).containsExactly(sample("004_771f5d769968830d.txt").id());
    }

    @Test
    void offersItsNextPageAsARequestTheConversationKeeps() {
        Answer first = summaries.answer("Tóm tắt hội nghị tổng kết năm 2022").orElseThrow();

        assertThat(first.kind()).isEqualTo(vn.baocao.answer.AnswerKind.SUMMARY);
        assertThat(first.next()).isEqualTo(new vn.baocao.answer.NextPage("Tóm tắt hội nghị tổng kết năm 2022", 2));
        Answer second = summaries.page(first.next());
        assertThat(second.text()).isEqualTo(summaries.answer("Tóm tắt hội nghị tổng kết năm 2022 xem thêm").orElseThrow()
                .text());
        assertThat(second.text()).doesNotEndWith(Layout.MORE);
        assertThat(second.next()).isNull();
    }

    @Test
    void leavesQuestionsThatAskForNoSummaryToTheAnswerer() {
        SummaryAnswerer answerer = new SummaryAnswerer(new ExtractiveAnswerer(retriever), summaries);

        assertThat(summaries.answer("Ai chủ trì hội nghị tổng kết năm 2022?")).isEmpty();
        assertThat(answerer.answer("Ai chủ trì hội nghị tổng kết năm 2022?").text())
                .startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì");
        assertThat(summaries.answer("Tóm tắt hội nghị tổng kết năm 2030")).isEmpty();
        assertThat(answerer.answer("Tóm tắt hội nghị tổng kết năm 2030").abstained()).isTrue();
        assertThat(summaries.summarize("giá vàng hôm nay").answer().text()).isEqualTo(Summaries.USAGE);
        // a comparison that asks the same fact of each side is two questions: each meeting's number of delegates
        assertThat(summaries.answer("so sánh số đại biểu hội nghị tổng kết 2022 và 2024")).isEmpty();
        assertThat(summaries.answer("so sánh hội nghị tổng kết 2022 và 2024")).isPresent();
    }

    @Test
    void mergesTheReportsOfOneConferenceWithoutRepeatingAPoint(@TempDir Path other) throws IOException {
        Path reports = Files.createDirectories(other.resolve("reports"));
        String original = sampleText("000_47e75d3c86d27e21.txt");
        Files.writeString(reports.resolve("so-ket-2023.txt"), original);
        Files.writeString(reports.resolve("so-ket-2023-bao-khac.txt"), original.replace("Hội nhập\n",
                "Tin tức ngoại giao\n").replace("Quang cảnh Hội nghị. (Nguồn: Bộ Ngoại giao)", "Ảnh: TTXVN"));
        try (ReportIndex two = ReportIndex.open(other.resolve("index"))) {
            new Ingestor(new ReportParser(), two).ingest(List.of(reports));
            Retriever r = new Retriever(two);
            assertThat(r.meetings()).hasSize(1).allSatisfy(m -> assertThat(m.reports()).hasSize(2));

            Answer answer = new Summaries(r, new ExtractiveSummarizer(r)).answer("Tóm tắt hội nghị sơ kết 2023")
                    .orElseThrow();

            List<String> points = answer.text().lines().filter(l -> l.matches("(• |  – ).*\\[\\d+]"))
                    .map(l -> l.replaceAll("\\s*\\[\\d+]", "")).toList();
            assertThat(points).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
            assertThat(answer.citations().stream().map(Citation::quote).toList()).doesNotHaveDuplicates();
        }
    }

    @Test
    void summarisesAConferenceToldByEightReportsFromSixOfThemAndSaysSo(@TempDir Path other) throws IOException {
        Path reports = Files.createDirectories(other.resolve("reports"));
        String original = sampleText("000_47e75d3c86d27e21.txt");
        for (int i = 1; i <= 8; i++) {
            Files.writeString(reports.resolve("so-ket-2023-" + i + ".txt"), original.replace("Hội nhập\n", "Chuyên mục " + i + "\n"));
        }
        try (ReportIndex eight = ReportIndex.open(other.resolve("index"))) {
            new Ingestor(new ReportParser(), eight).ingest(List.of(reports));
            Retriever r = new Retriever(eight);
            // the copies are alike in all the rule looks at (who presided, participants, date): the ids decide
            List<String> firstSix = r.meetings().getFirst().reports().stream().map(ReportInfo::id).sorted().limit(6).toList();

            Answer answer = new Summaries(r, new ExtractiveSummarizer(r)).answer("Tóm tắt hội nghị sơ kết 2023")
                    .orElseThrow();

            assertThat(r.meetings()).hasSize(1).allSatisfy(m -> assertThat(m.reports()).hasSize(8));
            assertThat(answer.text()).startsWith("Tóm tắt Hội nghị sơ kết công tác 6 tháng đầu năm 2023 (6 trong 8 bài)\n");
            assertThat(citedReports(answer)).isNotEmpty().isSubsetOf(firstSix);
        }
    }

    @Test
    void findsAMeetingOfNoKindOfItsOwnByTheNamesItsNameHolds(@TempDir Path other) throws IOException {
        Path reports = Files.createDirectories(other.resolve("reports"));
        // among the samples, so that the words of its name are rare enough to name it
        for (String sample : List.of("000_47e75d3c86d27e21.txt", "001_8430b1541a21d71d.txt", "002_0e1cf19fdeddcf6d.txt",
                "003_60cdc4bfe3deff94.txt", "004_771f5d769968830d.txt")) {
            Files.writeString(reports.resolve(sample), sampleText(sample));
        }
        Files.writeString(reports.resolve("ngkt.txt"), """
                Hội nghị Ngoại giao kinh tế năm 2024

                Ngày 23/8/2024, tại Thành phố Hồ Chí Minh, Bộ Ngoại giao tổ chức Hội nghị Ngoại giao kinh tế năm 2024.                 Thủ tướng Chính phủ Phạm Minh Chính chủ trì Hội nghị.

                Kim ngạch xuất nhập khẩu 7 tháng đầu năm 2024 đạt khoảng 445 tỷ USD, các cơ quan đại diện hỗ trợ hơn 200 doanh nghiệp.
                """);
        Files.writeString(reports.resolve("bhcd.txt"), """
                Hội nghị triển khai công tác bảo hộ công dân năm 2024

                Ngày 7/3/2024, tại Học viện Ngoại giao, Bộ Ngoại giao tổ chức Hội nghị triển khai công tác bảo hộ công dân năm 2024.                 Thứ trưởng Ngoại giao Ngô Minh Khoa chủ trì Hội nghị.

                Năm 2023, các cơ quan đại diện đã xử lý hơn 8.000 vụ việc bảo hộ công dân.

                Cục Lãnh sự đã tổ chức sơ tán an toàn 37 công dân khỏi vùng xung đột trong tháng 4/2023.

                Tổng đài bảo hộ công dân tiếp nhận hơn 9.000 cuộc gọi trong năm.

                Thứ trưởng yêu cầu các cơ quan đại diện chủ động xây dựng kịch bản sơ tán.
                """);
        Files.writeString(reports.resolve("gap-mat.txt"), """
                Bộ Ngoại giao gặp mặt nguyên lãnh đạo Bộ năm 2024

                Ngày 2/2/2024, Bộ trưởng Bùi Thanh Sơn chủ trì buổi gặp mặt nguyên lãnh đạo Bộ nhân dịp Tết.

                Các nguyên lãnh đạo bày tỏ vui mừng trước những thành tựu đối ngoại năm 2023.

                Bộ trưởng cảm ơn các thế hệ cán bộ đã đóng góp cho sự nghiệp đối ngoại.
                """);
        try (ReportIndex two = ReportIndex.open(other.resolve("index"))) {
            new Ingestor(new ReportParser(), two).ingest(List.of(reports));
            Retriever r = new Retriever(two);
            Answer answer = new Summaries(r, new ExtractiveSummarizer(r)).answer("Tom tat HN NGKT 2024").orElseThrow();
            assertThat(answer.text()).startsWith("Tóm tắt Hội nghị Ngoại giao kinh tế năm 2024 (23/8/2024)");
        }
    }

    private static List<String> citedReports(Answer answer) {
        return answer.citations().stream().map(c -> c.passage().report().id()).distinct().toList();
    }

    /** The indexed sample {@code file} (004 is indexed under its URL, so found by the id ingest gives it). */
    private static ReportInfo sample(String file) {
        try {
            String id = new ReportParser().parse(file, sampleText(file).getBytes(StandardCharsets.UTF_8), "samples/" + file)
                    .info().id();
            return retriever.reports().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sampleText(String file) throws IOException {
        try (InputStream in = SummariesTest.class.getResourceAsStream("/samples/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
