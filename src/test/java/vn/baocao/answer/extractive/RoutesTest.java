package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Refusal;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.QuestionReader;

/**
 * The routes and the refusal policy on a two-report corpus held in lists: every reason to refuse, and
 * answers from records and from evidence, without a Lucene index.
 */
class RoutesTest {
    private static final Person MINISTER = new Person("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao");
    private static final Person PM = new Person("Phạm Minh Chính", "Thủ tướng Chính phủ");
    private static final Conference REVIEW_2022 = new Conference("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022",
            ConferenceKind.YEAR_END_REVIEW, 2022, 0);
    private static final Conference MID_2023 = new Conference("Hội nghị sơ kết công tác 6 tháng đầu năm 2023",
            ConferenceKind.MID_YEAR_REVIEW, 2023, 0);
    private static final ReportInfo R2022 = new ReportInfo("r2022", "a.txt", "", "Tổng kết ngành Ngoại giao năm 2022",
            LocalDate.of(2023, 1, 10), "", REVIEW_2022);
    private static final ReportInfo R2023 = new ReportInfo("r2023", "b.txt", "", "Sơ kết 6 tháng đầu năm 2023",
            LocalDate.of(2023, 7, 5), "", MID_2023);
    private static final Passage CHAIR = new Passage(R2022, 0, "Sáng 10/1, Bộ Ngoại giao tổ chức hội nghị tổng kết. "
            + "Tham dự có Thủ tướng Phạm Minh Chính; hơn 700 đại biểu là lãnh đạo các bộ, ngành; cán bộ ngoại giao trong "
            + "và ngoài nước. Bộ trưởng Bùi Thanh Sơn chủ trì Hội nghị.", List.of(PM, MINISTER));
    private static final Passage TASKS = new Passage(R2022, 1, "Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao bảo vệ "
            + "Tổ quốc từ sớm, từ xa. Thủ tướng yêu cầu ngành Ngoại giao thực hiện 6 nhiệm vụ trọng tâm.", List.of(PM));
    private static final Passage PRAISE = new Passage(R2023, 0, "Kết luận Hội nghị, Bộ trưởng Bùi Thanh Sơn biểu dương "
            + "những nỗ lực không mệt mỏi của tập thể cán bộ Bộ Ngoại giao.", List.of(MINISTER));
    private static final Passage ECONOMY = new Passage(R2023, 1, "Công tác ngoại giao kinh tế được thực hiện có trọng tâm, "
            + "trọng điểm, góp phần phục hồi kinh tế.", List.of());
    private static final Meeting MEETING_2022 = new Meeting("year_end_review-2022", REVIEW_2022, R2022.date(), "",
            List.of(R2022), List.of(new Participation(CHAIR, MINISTER, Participation.Part.CHAIRED, "",
            "Bộ trưởng Bùi Thanh Sơn chủ trì Hội nghị."), new Participation(CHAIR, PM, Participation.Part.ATTENDED, "",
            "Tham dự có Thủ tướng Phạm Minh Chính; hơn 700 đại biểu là lãnh đạo các bộ, ngành; cán bộ ngoại giao trong và "
                    + "ngoài nước.")), List.of(PM));
    private static final Meeting MEETING_2023 = new Meeting("mid_year_review-2023", MID_2023, R2023.date(), "",
            List.of(R2023), List.of(), List.of(MINISTER));
    private static final InMemoryReports REPORTS = new InMemoryReports(List.of(CHAIR, TASKS, PRAISE, ECONOMY),
            List.of(MEETING_2022, MEETING_2023), List.of(MINISTER, PM));
    private final QuestionReader reader = new QuestionReader(REPORTS.people());
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(reader::read, REPORTS, REPORTS, REPORTS, REPORTS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thứ trưởng Nguyễn Văn An phát biểu gì?                   | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến Nguyễn Văn An.
            Ai chủ trì hội nghị tổng kết năm 2018?                   | NOT_IN_CORPUS | Các báo cáo hiện có không có Hội nghị tổng kết năm 2018. Các báo cáo có: Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023).
            Bộ Y tế nói gì?                                          | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến Bộ Y tế.
            Thứ trưởng Bộ Ngoại giao nói gì?                         | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến Thứ trưởng Bộ Ngoại giao.
            Đại hội XIV diễn ra khi nào?                             | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến “xiv”.
            Quỹ Zorvan nói gì về tổng kết 2022?                      | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến “zorvan”.
            file zorvan nói gì về tổng kết 2022?                     | NO_EVIDENCE   | Các báo cáo hiện có không có đoạn nào nói về điều này (file zorvan nói) của Hội nghị tổng kết năm 2022, nên tôi không trả lời để tránh suy đoán.
            Vì sao hội nghị tổng kết 2022 bị hoãn?                    | FALSE_PREMISE | Các báo cáo không nói ai hoãn điều gì tại Hội nghị tổng kết năm 2022: câu hỏi giả định một việc mà không báo cáo nào nêu.
            Thủ tướng Phạm Minh Chính phản đối điều gì?              | FALSE_PREMISE | Các báo cáo không nói Phạm Minh Chính phản đối điều gì: câu hỏi giả định một việc mà không báo cáo nào nêu.
            Thủ tướng Phạm Minh Chính nói gì tại hội nghị sơ kết 2023? | FALSE_PREMISE | Các báo cáo không ghi nhận Thủ tướng Chính phủ Phạm Minh Chính tham dự hay phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2023. Các báo cáo ghi nhận Phạm Minh Chính tại: Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023).
            Bộ Ngoại giao có bao nhiêu cán bộ?                       | NO_EVIDENCE   | Các báo cáo hiện có không nêu con số được hỏi (Bộ Ngoại giao, cán bộ), nên tôi không trả lời để tránh suy đoán.
            Hội nghị sơ kết 2023 diễn ra ở đâu?                      | NO_EVIDENCE   | Các báo cáo hiện có không nêu địa điểm của Hội nghị sơ kết 6 tháng đầu năm 2023, nên tôi không trả lời để tránh suy đoán.
            Giá vàng hôm nay bao nhiêu?                               | NO_EVIDENCE   | Các báo cáo hiện có không nêu con số được hỏi (Giá vàng), nên tôi không trả lời để tránh suy đoán.
            gì?                                                       | BAD_INPUT     | Câu hỏi chưa nói rõ hỏi về điều gì. Ví dụ: “Ai chủ trì hội nghị tổng kết năm 2022?”
            """)
    void refusesForANamedReasonAndSaysWhatIsMissing(String question, Refusal.Reason reason, String message) {
        Answer answer = answerer.answer(question);
        assertThat(answer.refusal()).isEqualTo(new Refusal(reason, message));
    }

    @Test
    void answersWhoPresidedFromTheMeetingsRecords() {
        Answer answer = answerer.answer("ai chu tri HN tong ket 2022");
        assertThat(answer.kind()).isEqualTo(AnswerKind.LIST);
        assertThat(answer.text()).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị tổng kết công tác ngành "
                + "Ngoại giao năm 2022 (10/1/2023) [1].");
    }

    @Test
    void listsOnlyTheHoldersOfTheTitleAQuestionAsksWhichOf() {
        assertThat(answerer.answer("Thủ tướng nào dự hội nghị tổng kết 2022?").text()).isEqualTo(
                "Tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023) có:\n"
                        + "– Thủ tướng Chính phủ Phạm Minh Chính (dự) [1]");
        assertThat(answerer.answer("Ai dự hội nghị tổng kết 2022?").text()).contains("Phạm Minh Chính (dự)",
                "Bùi Thanh Sơn (chủ trì)");
        assertThat(answerer.answer("Thứ trưởng nào dự hội nghị tổng kết 2022?").refusal()).isEqualTo(new Refusal(
                Refusal.Reason.NO_EVIDENCE, "Các báo cáo về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023) "
                        + "không nêu Thứ trưởng nào tham dự."));
    }

    @Test
    void answersAParaphraseFromTheSentenceThatSaysItInTheReportsWords() {
        Answer answer = answerer.answer("Bộ trưởng khen ngợi điều gì ở hội nghị giữa năm 2023?");
        assertThat(answer.refusal()).isNull();
        assertThat(answer.text()).contains("biểu dương những nỗ lực không mệt mỏi");
        assertThat(answer.citations()).extracting(c -> c.passage().key()).containsExactly("r2023#0");
    }

    @Test
    void answersHowManyWithTheNumberThatCountsTheUnitAsked() {
        Answer answer = answerer.answer("TTg yeu cau nganh NG thuc hien may nhiem vu trong tam");
        assertThat(answer.text()).startsWith("6 nhiệm vụ [1].\n– “Thủ tướng yêu cầu ngành Ngoại giao thực hiện 6 nhiệm vụ trọng tâm.”");
    }

    @Test
    void answersAFactFromEvidenceWhenNoShapeFits() {
        Answer answer = answerer.answer("ngoai giao kinh te 6 thang dau nam 2023 the nao");
        assertThat(answer.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(answer.text()).startsWith("Công tác ngoại giao kinh tế được thực hiện có trọng tâm, trọng điểm");
    }

    @Test
    void answersEachPartOfAQuestionThatAsksTwoThingsAndSaysWhichPartTheReportsLeaveOpen() {
        Answer answer = answerer.answer("hội nghị tổng kết 2022 và sơ kết 2023 diễn ra ngày nào?");
        assertThat(answer.kind()).isEqualTo(AnswerKind.LIST);
        assertThat(answer.text()).isEqualTo("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra sáng ngày 10/1/2023 [1].\n"
                + "– “Sáng 10/1, Bộ Ngoại giao tổ chức hội nghị tổng kết.” [1]\n\n"
                + "Các báo cáo hiện có không nêu ngày diễn ra của Hội nghị sơ kết 6 tháng đầu năm 2023, nên tôi không trả lời "
                + "để tránh suy đoán.");
        assertThat(answer.citations()).extracting(c -> c.passage().key()).containsExactly("r2022#0");
    }

    private static final ReportInfo FACTS = new ReportInfo("facts", "c.txt", "", "Ngoại giao năm 2021",
            LocalDate.of(2022, 1, 11), "", null);
    private static final InMemoryReports COUNTS = new InMemoryReports(List.of(
            new Passage(FACTS, 0, "Việt Nam hiện có quan hệ ngoại giao với 189 quốc gia.", List.of()),
            new Passage(FACTS, 1, "Ngành Ngoại giao đã cùng cả nước vượt qua đại dịch COVID-19.", List.of()),
            new Passage(FACTS, 2, "Hiện có 45 địa phương thành lập Sở Ngoại vụ.", List.of()),
            new Passage(FACTS, 3, "Đến hết năm 2021, Việt Nam đã tiếp nhận hơn 200 triệu liều vắc-xin.", List.of()),
            new Passage(FACTS, 4, "Việt Nam vận động thành công việc ứng cử vào Hội đồng Nhân quyền Liên Hợp Quốc "
                    + "nhiệm kỳ 2023-2025.", List.of()),
            new Passage(FACTS, 5, "Việt Nam trúng cử Hội đồng Bảo an với 192/193 phiếu.", List.of()),
            new Passage(FACTS, 6, "Công tác phân giới cắm mốc biên giới với Campuchia đạt khoảng 84% khối lượng.", List.of()),
            new Passage(FACTS, 7, "Bảo hộ công dân, Ngư dân bị nước ngoài bắt giữ được hỗ trợ về nước: 289 (6 tháng đầu năm "
                    + "2017); 341 (Cùng kỳ năm 2016).", List.of())),
            List.of(), List.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Việt Nam có quan hệ ngoại giao với bao nhiêu nước?           | 189 quốc gia [1].
            co bao nhieu dia phuong thanh lap So Ngoai vu                | 45 địa phương [1].
            Den het 2021 VN nhan duoc bao nhieu lieu vac xin             | Hơn 200 triệu liều [1].
            Việt Nam trúng cử Hội đồng Bảo an với bao nhiêu phiếu?       | 192/193 phiếu [1].
            phan gioi cam moc voi Campuchia dat bao nhieu phan tram     | Khoảng 84% [1].
            bao nhiêu ngư dân bị bắt giữ được hỗ trợ về nước            | 289 Ngư dân [1].
            Việt Nam trúng cử Hội đồng Nhân quyền với bao nhiêu phiếu?   | Các báo cáo hiện có không nêu con số được hỏi (Việt Nam trúng cử Hội đồng Nhân quyền, phiếu), nên tôi không trả lời để tránh suy đoán.
            """)
    void countsWhatTheQuestionCountsInTheReportsWordsAndNothingElse(String question, String first) {
        ExtractiveAnswerer counting = answererOver(COUNTS, List.of());
        assertThat(counting.answer(question).text().lines().findFirst()).hasValue(first);
    }

    @Test
    void answersWhoWroteOrPublishedAReportFromItsCreditsAndSaysWhenItNamesNone() {
        ReportInfo credited = new ReportInfo("q", "q.html", "https://baoquangtri.example/a", "Tổng kết ngành Ngoại giao năm 2024",
                LocalDate.of(2025, 1, 6), "", null, new ReportInfo.Credits("Hoài Nhung", "Báo Quảng Trị", "", null, "", "", "H.N",
                "2.318"));
        ReportInfo anonymous = new ReportInfo("s", "s.txt", "", "Sơ kết 6 tháng đầu năm 2019", LocalDate.of(2019, 7, 22), "",
                null);
        InMemoryReports reports = new InMemoryReports(List.of(
                new Passage(credited, 0, "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tại điểm cầu Quảng Trị.", List.of()),
                new Passage(anonymous, 0, "Bộ Ngoại giao sơ kết công tác 6 tháng đầu năm 2019 tại Hà Nội.", List.of())),
                List.of(), List.of());
        ExtractiveAnswerer credits = answererOver(reports, List.of());

        Answer answer = credits.answer("ai viet bai ve diem cau quang tri");
        assertThat(answer.text()).startsWith("Bài “Tổng kết ngành Ngoại giao năm 2024” (6/1/2025) [1]: tác giả: Hoài Nhung; "
                + "đăng trên: Báo Quảng Trị; ảnh: H.N; lượt xem: 2.318 (khi trang được lưu); nguồn: https://baoquangtri.example/a.");
        assertThat(credits.answer("bai diem cau Quang Tri co bao nhieu luot xem").text())
                .startsWith("Bài “Tổng kết ngành Ngoại giao năm 2024”").contains("lượt xem: 2.318");
        assertThat(credits.answer("anh diem cau Quang Tri do ai chup").text()).startsWith("Bài “Tổng kết ngành Ngoại giao năm 2024”");
        assertThat(credits.answer("bai tren Bao Quang Tri ai viet").text()).startsWith("Bài “Tổng kết ngành Ngoại giao năm 2024”");
        assertThat(credits.answer("Bài về Bộ Ngoại giao sơ kết công tác tại Hà Nội đăng trên báo nào?").refusal()).isEqualTo(new Refusal(
                Refusal.Reason.NO_EVIDENCE, "Bài “Sơ kết 6 tháng đầu năm 2019” (22/7/2019) không ghi tác giả, nơi đăng hay số hiệu."));
    }

    @Test
    void theDayAnOfficialReportWasIssuedIsItsLetterheadsNotTheMeetingsButADirectivesIsInItsPassages() {
        ReportInfo official = new ReportInfo("bc", "bc.txt", "", "Báo cáo kết quả Hội nghị tổng kết công tác biển",
                LocalDate.of(2023, 12, 14), "", null, new ReportInfo.Credits("Thứ trưởng Nguyễn Minh Hằng", "BỘ NGOẠI GIAO",
                "486/BC-BNG", LocalDate.of(2023, 12, 26)));
        InMemoryReports reports = new InMemoryReports(List.of(
                new Passage(official, 0, "Ngày 14/12/2023, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác biển.", List.of()),
                new Passage(official, 1, "Chỉ thị 25-CT/TW được ban hành ngày 8/8/2018 về đối ngoại đa phương.", List.of())),
                List.of(), List.of());
        ExtractiveAnswerer answering = answererOver(reports, List.of());

        assertThat(answering.answer("bao cao so 486/BC-BNG ban hanh ngay nao").text()).contains("số: 486/BC-BNG; "
                + "ban hành ngày 26 tháng 12 năm 2023 (26/12/2023).");
        assertThat(answering.answer("Chỉ thị 25-CT/TW ban hành ngày nào?").text()).startsWith("Ngày 8/8/2018 [1].");
        assertThat(answering.answer("Báo cáo số 486/BC-BNG của Bộ Ngoại giao về đối ngoại đa phương ban hành ngày nào?").text())
                .contains("ban hành ngày 26 tháng 12 năm 2023");
    }

    @Test
    void answersWhatSomeoneSaidAboutATopicWithTheStatementOnItEvenOfAnotherKind() {
        Passage said = new Passage(R2022, 0, "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị sớm cụ thể hóa chương trình hành "
                + "động về đối ngoại. Bộ trưởng Bùi Thanh Sơn cũng lưu ý công tác bảo hộ công dân phải chuẩn bị sẵn phương "
                + "án cho các tình huống khẩn cấp.", List.of(MINISTER));
        Passage other = new Passage(R2023, 0, "Công tác ngoại giao kinh tế được thực hiện có trọng tâm, trọng điểm.", List.of());
        InMemoryReports reports = new InMemoryReports(List.of(said, other), List.of(), List.of(MINISTER));
        ExtractiveAnswerer topical = answererOver(reports, List.of(MINISTER));

        String text = topical.answer("Bộ trưởng Bùi Thanh Sơn yêu cầu gì về bảo hộ công dân?").text();
        assertThat(text).contains("bảo hộ công dân phải chuẩn bị sẵn phương án").doesNotContain("cụ thể hóa");
    }

    @Test
    void aYearNoMeetingReviewsIsTheOneAReviewHeldInItSetsTasksFor() {
        Conference review = new Conference("Hội nghị tổng kết công tác ngành ngoại giao năm 2024", ConferenceKind.YEAR_END_REVIEW,
                2024, 0);
        ReportInfo january = new ReportInfo("r2024", "d.txt", "", "Tạo bước tiến đột phá xây dựng nền ngoại giao toàn diện",
                LocalDate.of(2025, 1, 6), "", review);
        Passage task = new Passage(january, 0, "Kết luận hội nghị, Thủ tướng Phạm Minh Chính nhấn mạnh nhiệm vụ bao trùm "
                + "của công tác đối ngoại là giữ vững môi trường hòa bình, ổn định.", List.of(PM));
        Passage results = new Passage(january, 1, "Năm 2024, công tác đối ngoại đạt nhiều kết quả.", List.of());
        InMemoryReports reports = new InMemoryReports(List.of(task, results), List.of(), List.of(PM));
        ExtractiveAnswerer january2025 = answererOver(reports, List.of(PM));

        assertThat(january2025.answer("TTg Chinh neu nhiem vu bao trum cua doi ngoai nam 2025 la gi").text())
                .contains("giữ vững môi trường hòa bình");
        assertThat(january2025.answer("TTg Chinh neu nhiem vu bao trum cua doi ngoai nam 2026 la gi").refusal().reason())
                .isEqualTo(Refusal.Reason.NOT_IN_CORPUS);
    }

    @Test
    void findsAnOfficialReportByItsNumberThoughItsTextNeverGivesIt() {
        ReportInfo official = new ReportInfo("o", "o.txt", "", "Báo cáo kết quả Hội nghị tổng kết công tác lãnh sự năm 2020",
                LocalDate.of(2021, 1, 20), "", null, new ReportInfo.Credits("Nguyễn Minh Vũ", "BỘ NGOẠI GIAO", "27/BC-BNG"));
        InMemoryReports reports = new InMemoryReports(List.of(
                new Passage(official, 0, "Bộ Ngoại giao tổ chức hội nghị tổng kết công tác lãnh sự tại Hà Nội.", List.of()),
                new Passage(R2023, 0, "Bộ Ngoại giao sơ kết công tác tại Hà Nội.", List.of())), List.of(), List.of());
        ExtractiveAnswerer numbered = answererOver(reports, List.of());

        assertThat(numbered.answer("ai ky bao cao 27").text()).startsWith("Bài “Báo cáo kết quả Hội nghị tổng kết công tác lãnh "
                + "sự năm 2020” (20/1/2021) [1]: người ký: Nguyễn Minh Vũ; cơ quan ban hành: BỘ NGOẠI GIAO; số: 27/BC-BNG.");
        assertThat(numbered.answer("ai ky bao cao 28").refusal().reason()).isEqualTo(Refusal.Reason.NOT_IN_CORPUS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Đại sứ, Trưởng Phái đoàn thường trực tại New York kiến nghị xây dựng đề án cán bộ. | true
            Đại sứ quán tại New York kiến nghị xây dựng đề án cán bộ.                          | false
            """)
    void anOfficeAskedAboutIsASentencesSubjectWhenItNamesItWithoutAHolderButNotAsAnEmbassy(String sentence,
                                                                                         boolean answered) {
        ReportInfo review = new ReportInfo("d25", "d.md", "", "Sơ kết 5 năm Chỉ thị 25", LocalDate.of(2023, 8, 15), "", null);
        InMemoryReports reports = new InMemoryReports(List.of(new Passage(review, 0, sentence, List.of())), List.of(),
                List.of());
        ExtractiveAnswerer answering = answererOver(reports, List.of());

        assertThat(answering.answer("DS tai New York kien nghi gi").abstained()).isEqualTo(!answered);
    }

    @Test
    void aNumberedMeetingIsTheOneAskedThoughTheQuestionNamesAnotherYearItsPassageGives() {
        Conference diplomatic = new Conference("Hội nghị Ngoại giao lần thứ 27", ConferenceKind.DIPLOMATIC_CONFERENCE, 2012, 27);
        ReportInfo report = new ReportInfo("ng27", "n.pdf", "", "Bế mạc Hội nghị Ngoại giao lần thứ 27",
                LocalDate.of(2012, 12, 21), "", diplomatic);
        InMemoryReports reports = new InMemoryReports(List.of(
                new Passage(report, 0, "Hội nghị Ngoại giao lần thứ 27 bế mạc tại Hà Nội.", List.of()),
                new Passage(report, 1, "Hội nghị cũng thống nhất đề xuất lấy năm 2013 là \"Năm ngoại giao kinh tế\" của ngành.", List.of())),
                List.of(), List.of());
        ExtractiveAnswerer answering = answererOver(reports, List.of());

        assertThat(answering.answer("HNNG 27 đề xuất năm 2013 là năm gì").text()).contains("Năm ngoại giao kinh tế");
    }

    @Test
    void theVenueOfAMeetingIsCitedFromTheLabelledLineThatGivesItThoughItSharesNoWordWithTheQuestion() {
        Conference border = new Conference("Hội nghị tổng kết công tác biên giới lãnh thổ năm 2017",
                ConferenceKind.YEAR_END_REVIEW, 2017, 0);
        ReportInfo official = new ReportInfo("bg", "bg.txt", "", "Kết quả Hội nghị tổng kết công tác biên giới lãnh thổ năm 2017",
                LocalDate.of(2018, 1, 12), "Trụ sở Bộ Ngoại giao", border);
        InMemoryReports reports = new InMemoryReports(List.of(
                new Passage(official, 0, "Bộ Ngoại giao đã tổ chức Hội nghị tổng kết công tác biên giới lãnh thổ năm 2017.",
                        List.of()),
                new Passage(official, 1, "a) Thời gian: ngày 12/01/2018.\nb) Địa điểm: Trụ sở Bộ Ngoại giao, số 1 Tôn Thất Đàm.",
                        List.of())), List.of(new Meeting("year_end_review-2017", border, official.date(), official.place(),
                List.of(official), List.of(), List.of())), List.of());
        ExtractiveAnswerer answering = answererOver(reports, List.of());

        assertThat(answering.answer("hội nghị tổng kết biên giới lãnh thổ 2017 họp ở đâu").text())
                .startsWith("Hội nghị tổng kết công tác biên giới lãnh thổ năm 2017 diễn ra tại Trụ sở Bộ Ngoại giao [1].")
                .contains("b) Địa điểm: Trụ sở Bộ Ngoại giao");
    }

    @Test
    void theDayOfAMeetingNamedByKindIsCitedFromItsLeadThoughTheQuestionsOtherWordsAreElsewhere() {
        Conference review = new Conference("Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024",
                ConferenceKind.YEAR_END_REVIEW, 2023, 0);
        ReportInfo news = new ReportInfo("tk", "tk.html", "", "Hội nghị tổng kết công tác năm 2023", LocalDate.of(2024, 1, 8),
                "", review);
        InMemoryReports reports = new InMemoryReports(List.of(
                new Passage(news, 0, "Sáng 8/1, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm 2023.", List.of()),
                new Passage(news, 1, "Năm 2023, ngành ngoại giao đã triển khai đồng bộ công tác đối ngoại.", List.of())),
                List.of(new Meeting("year_end_review-2023", review, news.date(), "", List.of(news), List.of(), List.of())),
                List.of());
        ExtractiveAnswerer answering = answererOver(reports, List.of());

        assertThat(answering.answer("hn tong ket nam 2023 nganh ngoai giao to chuc ngay nao").text())
                .startsWith("Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 diễn ra sáng ngày 8/1/2024 [1].")
                .contains("Sáng 8/1, tại Hà Nội");
    }

    @Test
    void theDayOfAMeetingNamedByKindComesFromItsReportThoughAnotherReportRanksFirst() {
        Conference review = new Conference("Hội nghị sơ kết công tác 6 tháng đầu năm 2019", ConferenceKind.MID_YEAR_REVIEW, 2019, 0);
        ReportInfo midYear = new ReportInfo("sk", "sk.txt", "", "Sơ kết 6 tháng 2019", LocalDate.of(2019, 7, 22), "", review);
        ReportInfo yearEnd = new ReportInfo("tk", "tk.txt", "", "Sơ kết giữa năm 2019 tổ chức", LocalDate.of(2019, 12, 27), "", null);
        InMemoryReports reports = new InMemoryReports(List.of(
                new Passage(yearEnd, 0, "Sơ kết giữa năm 2019: các sự kiện tổ chức giữa năm 2019 được sơ kết.", List.of()),
                new Passage(midYear, 0, "Sáng 22/7, Bộ Ngoại giao khai mạc Hội nghị.", List.of())),
                List.of(new Meeting("mid_year_review-2019", review, midYear.date(), "", List.of(midYear), List.of(), List.of())),
                List.of());
        ExtractiveAnswerer answering = answererOver(reports, List.of());

        assertThat(answering.answer("sơ kết giữa năm 2019 tổ chức ngày nào").text())
                .startsWith("Hội nghị sơ kết công tác 6 tháng đầu năm 2019 diễn ra sáng ngày 22/7/2019 [1].");
    }

    @Test
    void aNumberOfAnotherMeetingOfTheKindAndYearAskedIsNoAnswerForTheMeetingItsNameNames() {
        Conference sector = new Conference("Hội nghị tổng kết công tác ngành ngoại giao năm 2024", ConferenceKind.YEAR_END_REVIEW, 2024, 0);
        Conference digital = new Conference("Hội nghị tổng kết công tác chuyển đổi số năm 2024", ConferenceKind.YEAR_END_REVIEW, 2024, 0);
        ReportInfo sectorNews = new ReportInfo("ng", "ng.txt", "", "Tổng kết ngành ngoại giao 2024", LocalDate.of(2025, 1, 6), "", sector);
        ReportInfo digitalNews = new ReportInfo("cds", "cds.txt", "", "Tổng kết chuyển đổi số 2024", LocalDate.of(2024, 12, 27), "", digital);
        InMemoryReports reports = new InMemoryReports(List.of(
                new Passage(sectorNews, 0, "Sáng 6/1, Bộ Ngoại giao tổ chức hội nghị tổng kết công tác ngành ngoại giao năm 2024.", List.of()),
                new Passage(digitalNews, 0, "Hội nghị tổng kết chuyển đổi số năm 2024 của ngành ngoại giao có khoảng 160 đại biểu.", List.of()),
                new Passage(digitalNews, 1, "Cổng dịch vụ công trực tuyến xử lý hồ sơ thị thực.", List.of()),
                new Passage(digitalNews, 2, "Cơ sở dữ liệu lãnh sự được kết nối với các bộ.", List.of()),
                new Passage(digitalNews, 3, "Các cơ quan đại diện triển khai chữ ký số.", List.of()),
                new Passage(sectorNews, 1, "Thủ tướng nhấn mạnh vai trò tiên phong của đối ngoại.", List.of()),
                new Passage(sectorNews, 2, "Quan hệ với các đối tác lớn được nâng cấp.", List.of()),
                new Passage(sectorNews, 3, "Công tác bảo hộ công dân được triển khai kịp thời.", List.of()),
                new Passage(sectorNews, 4, "Văn hóa đối ngoại góp phần quảng bá hình ảnh đất nước.", List.of()),
                new Passage(digitalNews, 4, "Hệ thống quản lý văn bản điện tử vận hành ổn định.", List.of())),
                List.of(new Meeting("year_end_review-2024", sector, sectorNews.date(), "", List.of(sectorNews), List.of(), List.of()),
                        new Meeting("year_end_review-2024-cds", digital, digitalNews.date(), "", List.of(digitalNews), List.of(), List.of())),
                List.of());
        ExtractiveAnswerer answering = answererOver(reports, List.of());

        assertThat(answering.answer("tong ket nganh ngoai giao 2024 co bao nhieu dai bieu").abstained()).isTrue();
        assertThat(answering.answer("tong ket chuyen doi so 2024 co bao nhieu dai bieu").text()).startsWith("Khoảng 160 đại biểu [1].");
    }

    @Test
    void aMeetingRecalledInTheReportOfAnotherIsDatedByTheRecallNotByTheReportsMeeting() {
        Conference third = new Conference("Hội nghị Người Việt Nam ở nước ngoài lần thứ 3", ConferenceKind.OTHER, 2019, 3);
        ReportInfo news = new ReportInfo("kb3", "kb3.txt", "", "Hội nghị Người Việt Nam ở nước ngoài lần thứ 3",
                LocalDate.of(2019, 8, 28), "", third);
        InMemoryReports reports = new InMemoryReports(List.of(
                new Passage(news, 0, "Ngày 28/8, Hội nghị Người Việt Nam ở nước ngoài lần thứ 3 khai mạc tại Hà Nội.", List.of()),
                new Passage(news, 1, "Hội nghị Người Việt Nam ở nước ngoài lần thứ 2 được tổ chức năm 2012.", List.of())),
                List.of(new Meeting("other-2019", third, news.date(), "", List.of(news), List.of(), List.of())), List.of());
        ExtractiveAnswerer answering = answererOver(reports, List.of());

        assertThat(answering.answer("HN nguoi Viet Nam o nuoc ngoai lan thu 2 to chuc nam nao").text()).startsWith("Năm 2012 [1].");
    }

    @Test
    void aMeetingNamedByItsNameAndAYearItWasNotHeldInIsNotInTheReports() {
        Conference heads = new Conference("Hội nghị trưởng cơ quan đại diện giữa nhiệm kỳ năm 2024", ConferenceKind.OTHER, 2024, 0);
        ReportInfo news = new ReportInfo("cqdd", "cqdd.txt", "", "Hội nghị trưởng cơ quan đại diện giữa nhiệm kỳ",
                LocalDate.of(2024, 8, 19), "", heads);
        // a name's words tell meetings apart when few passages have them: the reports have more than the one
        InMemoryReports reports = new InMemoryReports(List.of(CHAIR, TASKS, PRAISE, ECONOMY,
                new Passage(news, 0, "Ngày 19/8, Hội nghị trưởng cơ quan đại diện giữa nhiệm kỳ khai mạc với 94 trưởng cơ quan.",
                        List.of())),
                List.of(MEETING_2022, new Meeting("other-2024", heads, news.date(), "", List.of(news), List.of(), List.of())),
                List.of());
        ExtractiveAnswerer answering = answererOver(reports, List.of());

        Answer refused = answering.answer("hn truong co quan dai dien giua nhiem ky nam 2022 co bao nhieu nguoi du");
        assertThat(refused.refusal().reason()).isEqualTo(Refusal.Reason.NOT_IN_CORPUS);
        assertThat(refused.text()).isEqualTo("Các báo cáo hiện có không có Hội nghị trưởng cơ quan đại diện giữa nhiệm kỳ năm 2022. "
                + "Các báo cáo có: Hội nghị trưởng cơ quan đại diện giữa nhiệm kỳ năm 2024 (19/8/2024).");
        assertThat(answering.answer("hn truong co quan dai dien giua nhiem ky nam 2024 dien ra ngay nao").text())
                .startsWith("Hội nghị trưởng cơ quan đại diện giữa nhiệm kỳ năm 2024 diễn ra ngày 19/8/2024 [1].");
    }

    @Test
    void aPremiseIsSaidOnlyByItsOwnWordWithItsDiacriticsNotByAWordItFoldsLike() {
        InMemoryReports reports = new InMemoryReports(List.of(new Passage(R2022, 0,
                "Hội nghị tổng kết năm 2022 hoàn tất chương trình; Bộ Ngoại giao phát huy vai trò tiên phong.", List.of())),
                List.of(MEETING_2022), List.of());
        ExtractiveAnswerer answering = answererOver(reports, List.of());

        assertThat(answering.answer("Vì sao hội nghị tổng kết 2022 bị hoãn?").refusal().reason())
                .isEqualTo(Refusal.Reason.FALSE_PREMISE);
        assertThat(answering.answer("Vì sao hội nghị tổng kết 2022 bị hủy?").refusal().reason())
                .isEqualTo(Refusal.Reason.FALSE_PREMISE);
    }

    @Test
    void answersWithTheReplyToAnInterviewersQuestionNotWithTheQuestion() {
        Passage interview = new Passage(R2023, 0, "PV: Thứ trưởng có khuyến cáo gì đối với người dân sắp sang khu vực này?\n"
                + "Thứ trưởng: Tôi đề nghị bà con tuyệt đối không đi lao động chui, không qua doanh nghiệp được cấp phép.",
                List.of());
        InMemoryReports reports = new InMemoryReports(List.of(interview, PRAISE), List.of(), List.of(MINISTER));
        ExtractiveAnswerer answering = answererOver(reports, List.of(MINISTER));

        assertThat(answering.answer("khuyến cáo gì với người dân sắp sang khu vực").text())
                .startsWith("Thứ trưởng: Tôi đề nghị bà con tuyệt đối không đi lao động chui").doesNotContain("PV:");
    }

    @Test
    void answersFromWhichDayToWhichAMeetingRanWithTheSentenceThatSaysSo() {
        Passage opened = new Passage(R2022, 0, "Sáng 10/1, Bộ Ngoại giao khai mạc hội nghị tổng kết công tác ngành ngoại giao.",
                List.of());
        Passage lasted = new Passage(R2022, 1, "Hội nghị diễn ra trong ba ngày, từ 10 đến 12/1/2023, theo hình thức trực tuyến.",
                List.of());
        InMemoryReports reports = new InMemoryReports(List.of(opened, lasted), List.of(MEETING_2022), List.of());
        ExtractiveAnswerer days = answererOver(reports, List.of());

        assertThat(days.answer("hội nghị tổng kết 2022 kéo dài từ ngày nào đến ngày nào").text())
                .startsWith("Từ 10 đến 12/1/2023 [1].");
        assertThat(days.answer("hội nghị tổng kết 2022 diễn ra ngày nào").text())
                .startsWith("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra từ 10/1/2023 đến 12/1/2023 [1].\n"
                        + "– “Hội nghị diễn ra trong ba ngày, từ 10 đến 12/1/2023");
    }

    @Test
    void someoneAReportOfTheMeetingNamesThereIsNoFalsePremise() {
        Person governor = new Person("Nguyễn Đức Long", "Chủ tịch UBND tỉnh Quảng Ninh");
        Passage named = new Passage(R2023, 0, "Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Đức Long giới thiệu mô hình ngoại vụ gắn "
                + "với du lịch tại hội nghị.", List.of(governor));
        InMemoryReports reports = new InMemoryReports(List.of(named, CHAIR), List.of(MEETING_2022, MEETING_2023),
                List.of(governor, PM, MINISTER));
        ExtractiveAnswerer premises = answererOver(reports, reports.people());

        assertThat(premises.answer("Nguyễn Đức Long giới thiệu mô hình gì tại hội nghị sơ kết 2023?").text())
                .contains("mô hình ngoại vụ gắn với du lịch");
        assertThat(premises.answer("Nguyễn Đức Long giới thiệu mô hình gì tại hội nghị tổng kết 2022?").refusal().reason())
                .isEqualTo(Refusal.Reason.FALSE_PREMISE);
    }

    /** The composer over {@code reports}, reading questions with {@code known} people. */
    private static ExtractiveAnswerer answererOver(InMemoryReports reports, List<Person> known) {
        return new ExtractiveAnswerer(new QuestionReader(known)::read, reports, reports, reports, reports);
    }
}
