package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Messages;
import vn.baocao.answer.Refusal;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.Retriever;
import vn.baocao.testing.SampleIndex;

class ExtractiveAnswererTest {
    private static final String SAMPLE_2022 = "samples/001_8430b1541a21d71d.txt";
    private static final String SAMPLE_2019 = "samples/003_60cdc4bfe3deff94.txt";
    private static final String SAMPLE_MID_2023 = "samples/000_47e75d3c86d27e21.txt";

    @TempDir
    static Path dir;
    private static ReportIndex index;
    private static ExtractiveAnswerer answerer;

    @BeforeAll
    static void openSamples() {
        index = SampleIndex.open(dir);
        answerer = new ExtractiveAnswerer(new Retriever(index));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void saysWhenAReportDoesNotNameTheChairAndWhoLedInstead() {
        Answer a = answerer.answer("Ai chủ trì hội nghị tổng kết năm 2024?");
        assertThat(a.text()).isEqualTo("Báo cáo về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 (6/1/2025) không nêu "
                + "ai chủ trì; báo cáo ghi Thủ tướng Chính phủ Phạm Minh Chính dự và chỉ đạo hội nghị.");
        // who chaired is not answered: a refusal, naming whom the reports have instead
        assertThat(a.refusal().reason()).isEqualTo(Refusal.Reason.NO_EVIDENCE);
        assertThat(a.refusal().named()).extracting(p -> p.name()).containsExactly("Phạm Minh Chính");
    }

    @Test
    void answersWhoReportedToSomeoneFromWhereThatPersonIsNamed() {
        Answer a = answerer.answer("Ai báo cáo kết quả đối ngoại 2022 với PTT Trần Lưu Quang?");
        assertThat(a.text()).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn").contains("báo cáo với Phó Thủ tướng Trần Lưu Quang");
        assertThat(a.citations()).allSatisfy(c -> assertThat(c.passage().report().title()).contains("Trần Lưu Quang"));
    }

    @Test
    void whatOneReportedToSomeoneIsWhatTheReporterSaidNotTheOneReportedTo() {
        Answer a = answerer.answer("BT Sơn báo cáo gì với PTT Trần Lưu Quang?");
        assertThat(a.text()).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, tại Buổi làm việc của Phó Thủ tướng Trần Lưu Quang")
                .contains("đã báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả");
    }

    @Test
    void aRoleTheReportsDoNotGiveSomeoneIsAFalsePremiseAnsweredWithTheRolesTheyDoGive() {
        Answer wrong = answerer.answer("Ông Phạm Bình Minh là Thủ tướng à?");
        assertThat(wrong.refusal().reason()).isEqualTo(Refusal.Reason.FALSE_PREMISE);
        assertThat(wrong.text()).isEqualTo("Các báo cáo không ghi Phạm Bình Minh là Thủ tướng; các báo cáo ghi Phạm Bình Minh "
                + "là: Phó Thủ tướng, Bộ trưởng Ngoại giao.");
        assertThat(answerer.answer("Bùi Thanh Sơn là Bộ trưởng Ngoại giao à?").refusal()).isNull();
    }

    @Test
    void aTitleWrittenBeforeANameThatTheReportsNeverGiveThemIsAFalsePremise() {
        Answer wrong = answerer.answer("Bộ trưởng Trần Lưu Quang làm việc với BNG ngày nào?");
        assertThat(wrong.refusal().reason()).isEqualTo(Refusal.Reason.FALSE_PREMISE);
        assertThat(wrong.text()).isEqualTo("Các báo cáo không ghi Trần Lưu Quang là Bộ trưởng; các báo cáo ghi Trần Lưu Quang "
                + "là: Phó Thủ tướng Chính phủ.");
        assertThat(answerer.answer("Năm 2019, Thủ tướng Phạm Bình Minh chỉ đạo gì?").refusal().reason())
                .isEqualTo(Refusal.Reason.FALSE_PREMISE);
        assertThat(answerer.answer("PTT Phạm Bình Minh nói gì năm 2019?").refusal()).isNull();
        assertThat(answerer.answer("TT Phạm Minh Chính nói gì năm 2022?").refusal()).isNull();
    }

    @Test
    void answersWhoChairedTheConferenceWithRoleAndName() {
        Answer a = answerer.answer("Ai chủ trì hội nghị tổng kết năm 2022?");
        assertThat(a.text()).isEqualTo("""
                Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 \
                (10/1/2023) [1].
                – “Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị.” [1]""");
        assertThat(a.citations()).singleElement().satisfies(c -> {
            assertThat(c.passage().report().source()).isEqualTo(SAMPLE_2022);
            assertThat(c.quote()).isEqualTo(
                    "Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị.");
        });
    }

    @Test
    void answersTheSameWithoutDiacritics() {
        assertThat(answerer.answer("ai chu tri hoi nghi tong ket nam 2022").text())
                .isEqualTo(answerer.answer("Ai chủ trì hội nghị tổng kết năm 2022?").text());
    }

    @Test
    void answersWhenWithTheFullDateTheReportOnlyImplies() {
        Answer a = answerer.answer("Hội nghị tổng kết năm 2022 diễn ra khi nào?");
        assertThat(a.text()).startsWith("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra sáng ngày 10/1/2023 [1].");
        assertThat(a.citations().get(0).quote()).startsWith("Sáng 10/1, Bộ Ngoại giao tổ chức hội nghị trực tuyến");
    }

    @Test
    void answersHowManyWithTheNumberAndItsUnit() {
        assertThat(answerer.answer("Việt Nam trúng cử HĐBA với bao nhiêu phiếu?").text()).startsWith("192/193 phiếu [1].");
        assertThat(answerer.answer("Hội nghị tổng kết năm 2022 có bao nhiêu đại biểu tham dự?").text())
                .startsWith("Hơn 700 đại biểu [1].");
        assertThat(answerer.answer("Kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?").text()).startsWith("700 tỷ USD [1].");
        assertThat(answerer.answer("Năm 2019 Việt Nam có bao nhiêu đối tác chiến lược và đối tác toàn diện?").text())
                .startsWith("30 quốc gia [1].");
    }

    @Test
    void whatALeaderAskedOfAYearIsInTheReviewOfTheYearBeforeHeldEarlyInIt() {
        assertThat(answerer.answer("TTg giao nganh NG may nhiem vu trong tam trong nam 2023").text()).startsWith("6 nhiệm vụ [1].");
        assertThat(answerer.answer("Ngan sach cua BNG nam 2023 la bao nhieu?").refusal()).isNotNull();
    }

    @Test
    void aCountOfThingsAReportListsOneByOneIsNoFigureItMustWrite() {
        Answer listed = answerer.answer("3 điểm cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu năm 2019 là gì?");
        assertThat(listed.refusal()).isNull();
        assertThat(listed.text()).contains("Thứ nhất", "Thứ hai");
        // three tasks a sentence names one after another, "… nhiệm vụ trọng yếu …; … nhiệm vụ trung tâm; …"
        assertThat(answerer.answer("3 nhiệm vụ trọng yếu, trung tâm, quan trọng mà PTT Trần Lưu Quang nêu là gì").text())
                .contains("nhiệm vụ trọng yếu", "nhiệm vụ trung tâm");
    }

    @Test
    void aCountTheReportsGiveWithoutListingItsMembersIsNoList() {
        Answer which = answerer.answer("6 nhiệm vụ trọng tâm TTg giao cho ngành ngoại giao là những nhiệm vụ nào?");
        assertThat(which.refusal()).isEqualTo(new Refusal(Refusal.Reason.NO_EVIDENCE,
                "Các báo cáo chỉ nhắc “6 nhiệm vụ” mà không liệt kê từng mục, nên tôi không trả lời để tránh suy đoán."));
    }

    @Test
    void whoToldSomeoneToDoSomethingIsWhoSaidIt() {
        assertThat(answerer.answer("ai bảo BNG phải nhạy cảm trong tham mưu, xử lý tình huống").text())
                .startsWith("Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh, tại Hội nghị sơ kết");
    }

    @Test
    void aNumberedMeetingOnlyMentionedInPassingIsNotDatedByTheReportThatMentionsIt() {
        Answer when = answerer.answer("Hội nghị Ngoại giao lần thứ 30 diễn ra khi nào?");
        assertThat(when.refusal()).isNotNull();
        assertThat(when.text()).isEqualTo("Các báo cáo hiện có không nêu ngày diễn ra của Hội nghị Ngoại giao lần thứ 30, nên tôi không trả lời để tránh suy đoán.");
    }

    @Test
    void theNumberOfAMeetingIsReadFromItsName() {
        assertThat(answerer.answer("Hội nghị sơ kết 2019 làm theo tinh thần Hội nghị Ngoại giao lần thứ mấy?").text())
                .startsWith("Hội nghị Ngoại giao 30 [1].");
    }

    @Test
    void answersWhatAMinisterSaidFromPassagesThatOnlyNameHisTitle() {
        Answer a = answerer.answer("bo truong bui thanh son de nghi gi nam 2023");
        assertThat(a.text()).startsWith("Bộ trưởng Ngoại giao Bùi Thanh Sơn, tại Hội nghị sơ kết công tác 6 tháng "
                + "đầu năm 2023 (5/7/2023) [1]:\n– “Bộ trưởng đề nghị");
        assertThat(a.citations()).allSatisfy(c -> assertThat(c.passage().report().source()).isEqualTo(SAMPLE_MID_2023));
    }

    @Test
    void answersWhatThePrimeMinisterAskedWhenOnlyHisTitleIsGiven() {
        Answer a = answerer.answer("Thủ tướng chỉ đạo gì tại hội nghị tổng kết công tác ngoại giao năm 2024?");
        assertThat(a.text()).startsWith("Thủ tướng Chính phủ Phạm Minh Chính, tại Hội nghị tổng kết công tác ngành "
                + "ngoại giao năm 2024 (6/1/2025) [1]:");
        assertThat(a.text()).contains("Nhiệm vụ bao trùm");
    }

    @Test
    void answersWhereTheMeetingWasHeld() {
        assertThat(answerer.answer("Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?")
                .text()).startsWith("Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra tại "
                + "Trụ sở Bộ Ngoại giao [1].");
    }

    @Test
    void answersAQuestionAskedInEnglishInVietnamese() {
        Answer a = answerer.answer("How many votes did Vietnam get for the UN Security Council seat?");
        assertThat(a.text()).startsWith("192/193 phiếu [1].");
        assertThat(a.citations().get(0).passage().report().source()).isEqualTo(SAMPLE_2019);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Giá vàng hôm nay bao nhiêu?                         | NO_EVIDENCE   | Các báo cáo hiện có không nêu con số được hỏi (Giá vàng), nên tôi không trả lời để tránh suy đoán.
            ket qua bong da viet nam thai lan                   | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến Thái Lan.
            ket qua bong da viet nam                            | NO_EVIDENCE   | Các báo cáo hiện có không có đoạn nào nói về điều này (ket qua bong da viet nam), nên tôi không trả lời để tránh suy đoán.
            Bộ Y tế tổ chức hội nghị tổng kết năm 2023 khi nào? | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến Bộ Y tế.
            Ai chủ trì hội nghị tổng kết năm 2010?              | NOT_IN_CORPUS | Các báo cáo hiện có không có Hội nghị tổng kết năm 2010. Các báo cáo có: Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023); Hội nghị tổng kết công tác ngành ngoại giao năm 2024 (6/1/2025).
            Bộ trưởng Bộ Công an nói gì tại hội nghị?           | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến Bộ Công an.
            Thủ tướng Nhật Bản nói gì về Việt Nam?              | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến Nhật Bản.
            Vì sao VN trượt ghế HĐBA LHQ năm 2019?              | FALSE_PREMISE | Các báo cáo không nói ai trượt điều gì tại hội nghị năm 2019: câu hỏi giả định một việc mà không báo cáo nào nêu.
            Bao nhiêu đại biểu đến từ Hoa Kỳ dự hội nghị tổng kết 2022? | NO_EVIDENCE | Các báo cáo hiện có không nêu con số được hỏi (đại biểu, Hoa Kỳ dự) của Hội nghị tổng kết năm 2022, nên tôi không trả lời để tránh suy đoán.
            What is the price of bitcoin?                       | NO_EVIDENCE   | Các báo cáo hiện có không có đoạn nào nói về điều này, nên tôi không trả lời để tránh suy đoán.
            Thủ tướng Phạm Minh Chính làm việc với Bộ Ngoại giao ngày 31/1 không? | FALSE_PREMISE | Các báo cáo không ghi nhận Thủ tướng Chính phủ Phạm Minh Chính tham dự hay phát biểu tại buổi làm việc ngày 31/1. Các báo cáo ghi nhận Phạm Minh Chính tại: Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023); Hội nghị tổng kết công tác ngành ngoại giao năm 2024 (6/1/2025).
            Thủ tướng Phạm Minh Chính phản đối điều gì tại hội nghị năm 2024? | FALSE_PREMISE | Các báo cáo không nói Phạm Minh Chính phản đối điều gì tại hội nghị năm 2024: câu hỏi giả định một việc mà không báo cáo nào nêu.
            Hoang Nam phat bieu gi tai HN tong ket NG 2024?    | NO_EVIDENCE   | Các báo cáo hiện có không ghi lại lời nào của Hoàng Nam tại Hội nghị tổng kết năm 2024 về điều được hỏi, nên tôi không trả lời để tránh suy đoán.
            Chỉ thị 16 về ngoại giao kinh tế được nhắc ở hội nghị nào? | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến Chỉ thị 16.
            ai du hn tong ket NG 2024 tai diem cau Quang Binh    | NOT_IN_CORPUS | Các báo cáo hiện có không nhắc đến Quang Binh.
            Vì sao Việt Nam hạ cấp quan hệ với Lào năm 2019?      | FALSE_PREMISE | Các báo cáo không nói ai hạ cấp điều gì tại hội nghị năm 2019: câu hỏi giả định một việc mà không báo cáo nào nêu.
            Vì sao Việt Nam rơi khỏi HĐBA LHQ năm 2019?           | FALSE_PREMISE | Các báo cáo không nói ai mất vị trí điều gì tại hội nghị năm 2019: câu hỏi giả định một việc mà không báo cáo nào nêu.
            """)
    void refusesWhenTheReportsDoNotSayAndSaysWhatIsMissing(String question, Refusal.Reason reason, String message) {
        Answer a = answerer.answer(question);
        assertThat(a.refusal()).isEqualTo(new Refusal(reason, message));
        assertThat(a.text()).isEqualTo(message);
        assertThat(a.citations()).isEmpty();
    }

    @Test
    void refusesANumberedConferenceTheReportsDoNotHaveOfferingThoseTheyHave() {
        Answer a = answerer.answer("Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?");
        assertThat(a.refusal().reason()).isEqualTo(Refusal.Reason.NOT_IN_CORPUS);
        assertThat(a.text()).startsWith("Các báo cáo hiện có không có Hội nghị Ngoại giao lần thứ 32. Các báo cáo có: ");
    }

    @Test
    void asksForAQuestionWhenGivenNothing() {
        assertThat(answerer.answer("   ").text()).isEqualTo(Messages.EMPTY);
        assertThat(answerer.answer(null).text()).isEqualTo(Messages.EMPTY);
    }

    @Test
    void asksForWordsWhenGivenOnlyEmojiOrPunctuation() {
        assertThat(answerer.answer("😀😀🇻🇳").text()).isEqualTo(Messages.NO_WORDS);
        assertThat(answerer.answer("?!...").text()).isEqualTo(Messages.NO_WORDS);
    }

    @Test
    void refusesAQuestionLongerThanTheLimitPolitely() {
        Answer a = answerer.answer("hội nghị ".repeat(2_500));
        assertThat(a.abstained()).isTrue();
        assertThat(a.text()).isEqualTo(Messages.tooLong(22_499, ExtractiveAnswerer.MAX_QUESTION_CHARS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND ( \" *:* title:x~", "\\", "+-&&||!(){}[]^\"~*?:/", "<script>alert(1)</script>",
        "'; DROP TABLE reports; --", "ai?", "5/7", "2022"})
    void treatsQuerySyntaxAndOddInputAsPlainText(String question) {
        Answer a = answerer.answer(question);
        assertThat(a.text()).isNotBlank();
        assertThat(Answer.markers(a.text())).hasSize(a.citations().size());
    }

    @Test
    void saysTheIndexIsEmptyWhenItIs(@TempDir Path empty) {
        try (ReportIndex none = ReportIndex.open(empty)) {
            assertThat(new ExtractiveAnswerer(new Retriever(none)).answer("Ai chủ trì?").text())
                    .isEqualTo(Messages.EMPTY_INDEX);
        }
    }

    @Test
    void neverTakesAReportsOwnBracketedNumbersForCitationMarkers(@TempDir Path other) throws Exception {
        Path file = java.nio.file.Files.writeString(other.resolve("ngoac.txt"), """
                Hội nghị sơ kết công tác 6 tháng đầu năm 2020

                Sáng 10/7/2020, Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2020.

                Thứ trưởng Nguyễn Văn Bình chủ trì Hội nghị [2] theo tài liệu [7] và có 321 đại biểu tham dự [3].
                """);
        try (ReportIndex idx = ReportIndex.open(other.resolve("index"))) {
            new vn.baocao.ingest.Ingestor(new vn.baocao.ingest.ReportParser(), idx).ingest(java.util.List.of(file));
            Answer a = new ExtractiveAnswerer(new Retriever(idx)).answer("Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2020?");
            assertThat(a.text()).isEqualTo("""
                    Thứ trưởng Nguyễn Văn Bình chủ trì Hội nghị sơ kết công tác 6 tháng đầu năm 2020 (10/7/2020) [1].
                    – “Thứ trưởng Nguyễn Văn Bình chủ trì Hội nghị (2) theo tài liệu (7) và có 321 đại biểu tham dự (3).” [1]""");
            assertThat(a.citations().get(0).quote()).contains("Hội nghị [2] theo tài liệu [7]");
        }
    }

    @Test
    void quotesTheWholeNumberedListAPointOfWhichAnswers() {
        Answer a = answerer.answer("Phạm Bình Minh nêu những điểm cần lưu tâm nào?");
        assertThat(a.text()).contains("Thứ nhất, cần nghiên cứu", "“Thứ hai, tăng cường sự phối hợp",
                "“Thứ ba, nhạy bén hơn nữa");
    }

    @Test
    void answersWithARolesHolderWhenAskedForTheRole() {
        assertThat(answerer.answer("Hoàng Nam giữ chức vụ gì?").text())
                .startsWith("Phó Chủ tịch UBND tỉnh Hoàng Nam [1].");
    }
}
