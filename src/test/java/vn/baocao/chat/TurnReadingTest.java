package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Citation;
import vn.baocao.answer.Refusal;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.QuestionReader;

/** How a message is read against what the conversation is about: table-driven, no index. */
class TurnReadingTest {
    private static final Person SON = new Person("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao");
    private static final Person PM = new Person("Phạm Minh Chính", "Thủ tướng Chính phủ");
    private static final QuestionReader READER = new QuestionReader(List.of(SON, PM));
    private static final String MEETING = "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022";
    private static final ReportInfo REPORT = new ReportInfo("r1", "a.txt", "", "Tổng kết 2022", LocalDate.of(2023, 1, 10),
            "", new Conference(MEETING, ConferenceKind.YEAR_END_REVIEW, 2022, 0), null);
    private static final Passage PASSAGE = new Passage(REPORT, 1, "Đồng chí Bùi Thanh Sơn chủ trì Hội nghị.", List.of(SON));
    private static final Answer CHAIR = Answer.of("Ai chủ trì hội nghị tổng kết năm 2022?",
            "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì " + MEETING + " [1].",
            List.of(new Citation(1, PASSAGE, PASSAGE.text())), AnswerKind.ANSWER, "extractive");
    private static final Focus AFTER_THE_CHAIR = Focus.after(CHAIR.question(), READER.read(CHAIR.question()), CHAIR,
            READER::read);

    /** The question {@code message} asks after {@code last}, which nothing answered. */
    private static String askedAfter(String last, String message) {
        Answer refused = Answer.refused(last, Refusal.Reason.NO_EVIDENCE, "Không rõ.", "extractive");
        Focus focus = Focus.after(last, READER.read(last), refused, READER::read);
        return TurnReading.read(message, READER.read(message), focus).question();
    }

    @Test
    void theFocusHoldsWhomAndWhichMeetingTheLastAnswerWasAbout() {
        assertThat(AFTER_THE_CHAIR.person()).isEqualTo("Bùi Thanh Sơn");
        assertThat(AFTER_THE_CHAIR.meeting()).isEqualTo("hội nghị tổng kết năm 2022");
        assertThat(AFTER_THE_CHAIR.year()).isEqualTo(2022);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ong ay nhan manh dieu gi?                 | Bui Thanh Son nhan manh dieu gi o hoi nghi tong ket nam 2022?
            Ông ấy phát biểu gì?                      | Bùi Thanh Sơn phát biểu gì tại hội nghị tổng kết năm 2022?
            Còn năm 2024 thì sao?                     | Ai chủ trì hội nghị tổng kết năm 2024?
            con 2019 thi sao                          | Ai chủ trì hội nghị tổng kết năm 2019?
            à nhầm, ý mình là năm 2024                | Ai chủ trì hội nghị tổng kết năm 2024?
            y toi la nam 2019                         | Ai chủ trì hội nghị tổng kết năm 2019?
            còn sơ kết thì sao?                       | Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2022?
            hội nghị đó diễn ra khi nào?              | hội nghị tổng kết năm 2022 diễn ra khi nào?
            ai phát biểu?                             | ai phát biểu tại hội nghị tổng kết năm 2022?
            bao nhieu nguoi du                        | bao nhieu nguoi du o hoi nghi tong ket nam 2022?
            ai du va chi dao                          | ai du va chi dao o hoi nghi tong ket nam 2022?
            ket noi may tinh thanh                    | ket noi may tinh thanh o hoi nghi tong ket nam 2022?
            bt co trao khen thuong ko                 | bo truong co trao khen thuong o hoi nghi tong ket nam 2022 khong?
            Thủ tướng thì ông ấy yêu cầu gì?          | Thủ tướng thì ông ấy yêu cầu gì tại hội nghị tổng kết năm 2022?
            ông ấy nói gì về Thủ tướng?               | Bùi Thanh Sơn nói gì về Thủ tướng tại hội nghị tổng kết năm 2022?
            tóm tắt lại                               | Tóm tắt hội nghị tổng kết năm 2022
            """)
    void aFollowUpIsAskedWithWhatItLeansOn(String message, String question) {
        Turn turn = TurnReading.read(message, READER.read(message), AFTER_THE_CHAIR);
        assertThat(turn.request()).isEqualTo(Turn.Request.ANSWER);
        assertThat(turn.question()).isEqualTo(question);
        assertThat(turn.leaned()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ong ay nhan manh dieu gi?                 | Bùi Thanh Sơn, Hội nghị tổng kết năm 2022
            ai phát biểu?                             | Hội nghị tổng kết năm 2022
            hội nghị đó diễn ra khi nào?              | Hội nghị tổng kết năm 2022
            Còn năm 2024 thì sao?                     | Ai chủ trì hội nghị tổng kết năm 2024?
            """)
    void theReplySaysInOneLineWhatTheFocusPutIn(String message, String understood) {
        assertThat(TurnReading.read(message, READER.read(message), AFTER_THE_CHAIR).understood()).isEqualTo(understood);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2023?
            Việt Nam trúng cử HĐBA với bao nhiêu phiếu?
            Ai nói phải bảo vệ Tổ quốc từ sớm, từ xa?
            Thủ tướng đã yêu cầu gì với ngành ngoại giao qua các năm?
            ai phát biểu về biên giới ở các hội nghị?
            còn sơ kết 6 tháng đầu 2023 thì phương châm là gì?
            """)
    void aCompleteQuestionIsAnsweredAsItStands(String message) {
        Turn turn = TurnReading.read(message, READER.read(message), AFTER_THE_CHAIR);
        assertThat(turn).isEqualTo(Turn.asIs(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nguồn nào?         | SOURCES
            nguon o dau        | SOURCES
            trích nguyên văn   | QUOTE
            nói rõ hơn         | MORE
            chi tiet hon       | MORE
            """)
    void aRequestAboutTheLastAnswerIsOne(String message, Turn.Request request) {
        assertThat(TurnReading.read(message, READER.read(message), AFTER_THE_CHAIR).request()).isEqualTo(request);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nói rõ hơn mục đích                 | MORE  | muc dich
            nói rõ hơn về biên giới             | MORE  | bien gioi
            trích nguyên văn đoạn về biên giới  | QUOTE | doan bien gioi
            """)
    void aRequestAboutOneThingOfTheLastAnswerCarriesWhatItIsAbout(String message, Turn.Request request, String about) {
        Turn turn = TurnReading.read(message, READER.read(message), AFTER_THE_CHAIR);
        assertThat(turn.request()).isEqualTo(request);
        assertThat(String.join(" ", turn.about())).isEqualTo(about);
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ai chủ trì hội nghị sơ kết?       | Còn năm 2023?                    | Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2023?
            Bộ trưởng đề nghị gì năm 2023?    | Còn ngoại giao kinh tế thì sao?  | Bộ trưởng đề nghị gì năm 2023 về ngoại giao kinh tế?
            Bộ trưởng đề nghị gì năm 2023?    | thế còn Thủ tướng?               | Thủ tướng đề nghị gì năm 2023?
            Thủ tướng đề nghị gì năm 2023?    | còn TTg năm 2024?                | thủ tướng đề nghị gì năm 2024?
            Bộ trưởng đề nghị gì năm 2023?    | Còn thì sao?                     | Bộ trưởng đề nghị gì năm 2023?
            TTg nói gì về bản sắc cây tre ở HN tổng kết NG 2022? | con ve hop tac va dau tranh | thủ tướng nói gì về hop tac va dau tranh ở hội nghị tổng kết ngoại giao 2022?
            """)
    void aSwapAsksTheLastQuestionAgainOfWhatItNames(String last, String message, String question) {
        assertThat(askedAfter(last, message)).isEqualTo(question);
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bùi Thanh Sơn nói gì về đa phương năm 2022?                 | còn năm 2024?     | nói gì về đa phương năm 2024?
            Bùi Thanh Sơn yêu cầu gì tại hội nghị sơ kết năm 2023?      | thế còn tổng kết? | yêu cầu gì tại hội nghị tổng kết năm 2023?
            Bộ trưởng nhận định gì tại hội nghị sơ kết 6 tháng đầu năm 2019? | còn Thủ tướng? | Thủ tướng nhận định gì?
            Bùi Thanh Sơn giữ chức gì tại HN tổng kết 2022?             | thế còn TTg?      | thủ tướng giữ chức gì?
            Bùi Thanh Sơn dự hội nghị sơ kết năm 2023 ngày nào?         | còn năm 2024?     | ''
            Ai nói câu đó tại hội nghị sơ kết năm 2023?                 | còn Thủ tướng?    | ''
            Bộ trưởng nói gì về đa phương năm 2022?                     | còn đa phương?    | ''
            Tại hội nghị tổng kết năm 2022, đối ngoại được ví như gì trong thành tựu chung? | còn ngoại giao kinh tế? | Hội nghị tổng kết năm 2022 đánh giá gì về ngoại giao kinh tế?
            Tại hội nghị tổng kết năm 2022, Bộ Ngoại giao phục vụ những ai?  | con quy che       | Hội nghị tổng kết năm 2022 đánh giá gì về quy che?
            Bộ trưởng đánh giá ngoại giao kinh tế năm 2022 thế nào?     | còn đa phương?    | ''
            """)
    void aSwapSaysWhatToAskInsteadWhenWhatItCarriedOverIsNotWhereItSwapsTo(String last, String message, String instead) {
        Answer refused = Answer.refused(last, Refusal.Reason.NO_EVIDENCE, "Không rõ.", "extractive");
        Focus focus = Focus.after(last, READER.read(last), refused, READER::read);
        assertThat(TurnReading.read(message, READER.read(message), focus).instead()).isEqualTo(instead);
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bùi Thanh Sơn nói gì về đa phương năm 2022?                      | còn năm 2024? | FALSE_PREMISE NO_EVIDENCE
            Bộ trưởng nhận định gì tại hội nghị sơ kết 6 tháng đầu năm 2019? | còn Thủ tướng? | FALSE_PREMISE
            Tại hội nghị tổng kết năm 2022, đối ngoại được ví như gì trong thành tựu chung? | còn ngoại giao kinh tế? | NO_EVIDENCE
            """)
    void aSwapAsksInsteadWithoutThePersonOnNoWordsOfTheirsButWithoutTheMeetingOnlyWhenTheyWereNotThere(
            String last, String message, String reasons) {
        Answer refused = Answer.refused(last, Refusal.Reason.NO_EVIDENCE, "Không rõ.", "extractive");
        Focus focus = Focus.after(last, READER.read(last), refused, READER::read);
        assertThat(TurnReading.read(message, READER.read(message), focus).insteadWhen()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(reasons.split(" ")).map(Refusal.Reason::valueOf).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hai hội nghị đó diễn ra ngày nào?  | hội nghị sơ kết 6 tháng đầu năm 2019 và hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào?
            2 hn do dien ra ngay nao           | hoi nghi so ket 6 thang dau nam 2019 va hoi nghi so ket 6 thang dau nam 2023 dien ra ngay nao
            còn 2021 thì sao?                  | Ai kết luận hội nghị sơ kết 6 tháng đầu năm 2021?
            """)
    void aPluralPointingBackIsToBothMeetingsOfTheLastQuestion(String message, String question) {
        String last = "Ai kết luận hội nghị sơ kết 6 tháng đầu năm 2019 và hội nghị sơ kết 6 tháng đầu năm 2023?";
        Answer refused = Answer.refused(last, Refusal.Reason.NO_EVIDENCE, "Không rõ.", "extractive");
        Focus focus = Focus.after(last, READER.read(last), refused, READER::read);
        assertThat(focus.meetings()).hasSize(2);
        assertThat(TurnReading.read(message, READER.read(message), focus).question()).isEqualTo(question);
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ trưởng có trao khen thưởng tại hội nghị sơ kết 6 tháng đầu năm 2023 không? | cho ai? | cho ai ve trao khen thuong o hoi nghi so ket 6 thang dau nam 2023?
            Việt Nam trúng cử HĐBA tại hội nghị sơ kết 6 tháng đầu năm 2019?  | bao nhiêu phiếu? | bao nhiêu phiếu về Việt Nam trúng cử Hội đồng Bảo an tại hội nghị sơ kết 6 tháng đầu năm 2019?
            Việt Nam trúng cử HĐBA tại hội nghị sơ kết 6 tháng đầu năm 2019?  | ai chủ trì?      | ai chủ trì tại hội nghị sơ kết 6 tháng đầu năm 2019?
            """)
    void aBareQuestionGoesOnWithTheLastQuestionsTopicUnlessItAsksOfTheMeeting(String last, String message, String question) {
        assertThat(askedAfter(last, message)).isEqualTo(question);
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            hội nghị sơ kết 6 tháng đầu năm 2023 có gì đáng chú ý?        | thế còn tổng kết năm 2024 | hội nghị tổng kết năm 2024 có gì đáng chú ý?
            Năm 2022, ai chủ trì hội nghị tổng kết năm 2022?               | còn năm 2024?             | ai chủ trì hội nghị tổng kết năm 2024?
            Hội nghị sơ kết 2019 nói gì về công tác ngoại vụ địa phương?   | con cong tac Dang?        | Hội nghị sơ kết 2019 nói gì về cong tac Dang?
            Hội nghị sơ kết 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào? | and citizen protection? | Hội nghị sơ kết 2023 đánh giá công tác bảo hộ công dân ở nước ngoài thế nào?
            Hội nghị sơ kết 2019 đánh giá công tác xây dựng ngành thế nào? | and Party work? | Hội nghị sơ kết 2019 đánh giá công tác Đảng ngành thế nào?
            Buổi làm việc của Thủ tướng Phạm Minh Chính với Bộ Ngoại giao diễn ra buổi sáng hay chiều? | con HN tong ket 2022? | Hội nghị tổng kết năm 2022 diễn ra buổi sáng hay chiều?
            """)
    void aSwapNamesTheMeetingItSwapsToWholeAndTakesOutWhatItReplaces(String last, String message, String question) {
        assertThat(askedAfter(last, message)).isEqualTo(question);
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ai dẫn chương trình hội nghị tổng kết năm 2022? | nguồn?   | ANSWER        | nguồn bài về hội nghị tổng kết năm 2022?
            Ai dẫn chương trình hội nghị tổng kết năm 2022? | nguon?   | ANSWER        | nguon bai ve hoi nghi tong ket nam 2022?
            Bộ Ngoại giao có bao nhiêu cán bộ?              | nguồn?   | NOTHING_CITED | Bộ Ngoại giao có bao nhiêu cán bộ?
            """)
    void sourcesAskedAfterARefusalAreTheSourcesOfTheMeetingInFocusWhenThereIsOne(String last, String message, Turn.Request request,
                                                                                  String question) {
        Answer refused = Answer.refused(last, Refusal.Reason.NO_EVIDENCE, "Không rõ.", "extractive");
        Focus focus = Focus.after(last, READER.read(last), refused, READER::read);
        Turn turn = TurnReading.read(message, READER.read(message), focus);
        assertThat(turn.request()).isEqualTo(request);
        assertThat(turn.question()).isEqualTo(question);
    }

    @Test
    void aConnectionPointSwappedInAfterWhatSomeoneThereHeldAsksWhoWasAtItWhenTheyWereNot() {
        String last = "Phạm Minh Chính giữ chức gì ở hội nghị tổng kết năm 2024?";
        Focus focus = Focus.after(last, READER.read(last), Answer.refused(last, Refusal.Reason.NO_EVIDENCE, "Không rõ.",
                "extractive"), READER::read);
        Turn turn = TurnReading.read("còn điểm cầu Cao Bằng năm 2022?", READER.read("còn điểm cầu Cao Bằng năm 2022?"), focus);
        assertThat(turn.question()).isEqualTo("Phạm Minh Chính giữ chức gì ở hội nghị tổng kết năm 2022?");
        assertThat(turn.instead()).isEqualTo("ai dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?");
        assertThat(turn.insteadWhen()).contains(Refusal.Reason.FALSE_PREMISE);
    }

    @Test
    void aPhotosSourceAskedOfTheArticleInFocusIsNoRequestForTheLastAnswersSources() {
        Turn turn = TurnReading.read("anh trong bai nay lay tu nguon nao", READER.read("anh trong bai nay lay tu nguon nao"),
                AFTER_THE_CHAIR);
        assertThat(turn.request()).isEqualTo(Turn.Request.ANSWER);
        assertThat(turn.question()).isEqualTo("anh trong bai ve hoi nghi tong ket nam 2022 lay tu nguon nao");
        assertThat(TurnReading.read("nguồn nào?", READER.read("nguồn nào?"), AFTER_THE_CHAIR).request())
                .isEqualTo(Turn.Request.SOURCES);
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc Chỉ thị 25 thế nào? | chỉ thị đó về gì?            | Chỉ thị 25 về gì tại hội nghị sơ kết 6 tháng đầu năm 2019?
            Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc Chỉ thị 25 thế nào? | chỉ thị đó ban hành năm nào? | Chỉ thị 25 ban hành năm nào?
            Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc Chỉ thị 25 thế nào? | nghị quyết đó về gì?         | nghị quyết về gì tại hội nghị sơ kết 6 tháng đầu năm 2019?
            """)
    void aDocumentPointedBackToIsTheOneTheLastQuestionNamed(String last, String message, String question) {
        assertThat(askedAfter(last, message)).isEqualTo(question);
    }

    @Test
    void someoneNamedIsAskedOfTheMeetingInFocusAndWhereTheyWereWhenTheyWereNotThere() {
        String message = "Phạm Minh Chính nói gì về biên giới?";
        Turn turn = TurnReading.read(message, READER.read(message), AFTER_THE_CHAIR);
        assertThat(turn.question()).isEqualTo("Phạm Minh Chính nói gì về biên giới tại hội nghị tổng kết năm 2022?");
        assertThat(turn.instead()).isEqualTo(message);
        assertThat(turn.insteadWhen()).containsExactly(Refusal.Reason.FALSE_PREMISE);
    }

    @Test
    void aBareMeetingNothingAnsweredKeepsTheMeetingInFocus() {
        String first = "Ai chủ trì hội nghị tổng kết năm 2022?";
        Answer refused = Answer.refused(first, Refusal.Reason.NO_EVIDENCE, "Không rõ.", "extractive");
        Focus focus = Focus.after(first, READER.read(first), refused, READER::read);
        String next = "hội nghị đó gắn với tổng kết nghị quyết nào";
        Answer none = Answer.refused(next, Refusal.Reason.NO_EVIDENCE, "Không rõ.", "extractive");
        Focus after = Focus.after(next, READER.read(next), none, READER::read, focus, true);
        assertThat(after.meeting()).isEqualTo("hội nghị tổng kết năm 2022");
    }

    @Test
    void aSwapToAYearWithoutAReviewOfTheFocussedKindAsksOfThatYearsOnlyReview() {
        String last = "Bộ trưởng đề nghị gì tại hội nghị sơ kết 6 tháng đầu năm 2023?";
        Answer refused = Answer.refused(last, Refusal.Reason.NO_EVIDENCE, "Không rõ.", "extractive");
        Focus focus = Focus.after(last, READER.read(last), refused, READER::read);
        List<Conference> held = List.of(new Conference("Hội nghị tổng kết năm 2022", ConferenceKind.YEAR_END_REVIEW, 2022, 0),
                new Conference("Hội nghị sơ kết 6 tháng đầu năm 2023", ConferenceKind.MID_YEAR_REVIEW, 2023, 0));
        assertThat(TurnReading.read("còn năm 2022?", READER.read("còn năm 2022?"), focus, () -> held).question())
                .isEqualTo("Bộ trưởng đề nghị gì tại hội nghị tổng kết năm 2022?");
        assertThat(TurnReading.read("còn năm 2021?", READER.read("còn năm 2021?"), focus, () -> held).question())
                .isEqualTo("Bộ trưởng đề nghị gì tại hội nghị sơ kết 6 tháng đầu năm 2021?");
    }

    @Test
    void aLoneWordThatCouldAskForSourcesDoesNotWhenTheQuestionGoesOn() {
        String message = "an ninh nguồn nước được nhắc thế nào?";
        assertThat(TurnReading.read(message, READER.read(message), AFTER_THE_CHAIR).request())
                .isEqualTo(Turn.Request.ANSWER);
    }

    @Test
    void withoutAFocusEveryMessageStandsAlone() {
        assertThat(TurnReading.read("ông ấy nói gì?", READER.read("ông ấy nói gì?"), null))
                .isEqualTo(Turn.asIs("ông ấy nói gì?"));
    }
}
