package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.search.QuestionReader;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.Citation;
import vn.baocao.answer.Messages;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;

class ChatServiceTest {
    private static final ReportInfo REPORT = new ReportInfo("r1", "a.txt", "", "Tiêu đề báo cáo",
            LocalDate.of(2023, 1, 10), "", new Conference("Hội nghị tổng kết năm 2022", ConferenceKind.YEAR_END_REVIEW,
            2022, 0));
    private static final Person SON = new Person("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao");
    private static final Passage PASSAGE = new Passage(REPORT, 3, "Đồng chí Bùi Thanh Sơn chủ trì Hội nghị.", List.of(SON));
    private static final Meeting MEETING = new Meeting("year_end_review-2022", REPORT.conference(), REPORT.date(), "",
            List.of(REPORT), List.of(new Participation(PASSAGE, SON, Participation.Part.CHAIRED, "", PASSAGE.text())),
            List.of(SON));

    /** Answers every question with one citation, and remembers what it was asked. */
    private final List<String> asked = new ArrayList<>();
    private final Answerer answerer = q -> {
        asked.add(q);
        return Answer.of(q, "Bùi Thanh Sơn [1].", List.of(new Citation(1, PASSAGE, PASSAGE.text())), AnswerKind.ANSWER, "extractive");
    };
    private final ChatService chat = new ChatService(answerer, new QuestionReader(List.of(SON))::read, () -> List.of(MEETING),
            new Sessions(100, Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC());

    @Test
    void answersPlainTextAsAQuestion() {
        Reply reply = chat.handle("c1", "Ai chủ trì?");
        assertThat(reply).isInstanceOfSatisfying(Reply.Answered.class,
                r -> assertThat(r.answer().text()).isEqualTo("Bùi Thanh Sơn [1]."));
    }

    @Test
    void showsASourceOfTheLastAnswerInFull() {
        chat.handle("c1", "Ai chủ trì?");
        assertThat(chat.handle("c1", "/nguon 1")).isInstanceOfSatisfying(Reply.Source.class,
                r -> assertThat(r.citation().passage()).isEqualTo(PASSAGE));
        assertThat(PlainText.format(chat.handle("c1", "/source 1")))
                .isEqualTo("[1] Tiêu đề báo cáo\nNgày: 10/1/2023\nHội nghị: Hội nghị tổng kết năm 2022\nNguồn: a.txt\n\n"
                        + "Đồng chí Bùi Thanh Sơn chủ trì Hội nghị.");
    }

    @Test
    void explainsSourceNumbersThatDoNotExist() {
        chat.handle("c1", "Ai chủ trì?");
        String usage = "Câu trả lời gần nhất có 1 nguồn: gõ /nguon 1.";
        assertThat(PlainText.format(chat.handle("c1", "/nguon 9"))).isEqualTo(usage);
        assertThat(PlainText.format(chat.handle("c1", "/nguon 0"))).isEqualTo(usage);
        assertThat(PlainText.format(chat.handle("c1", "/nguon abc"))).isEqualTo(usage);
    }

    @Test
    void hasNoSourceToShowBeforeAnyQuestion() {
        assertThat(PlainText.format(chat.handle("c1", "/nguon 1"))).isEqualTo(ChatTexts.NO_SOURCES);
    }

    @Test
    void neverLetsOneChatSeeAnothersSources() {
        chat.handle("c1", "Ai chủ trì?");
        assertThat(PlainText.format(chat.handle("c2", "/nguon 1"))).isEqualTo(ChatTexts.NO_SOURCES);
    }

    @Test
    void rewritesAFollowUpFromThePreviousQuestion() {
        chat.handle("c1", "Ai chủ trì hội nghị tổng kết năm 2022?");
        chat.handle("c1", "Còn năm 2024 thì sao?");
        assertThat(asked).containsExactly("Ai chủ trì hội nghị tổng kết năm 2022?",
                "Ai chủ trì hội nghị tổng kết năm 2024?");
    }

    @Test
    void forgetsTheConversationOnMoi() {
        chat.handle("c1", "Ai chủ trì hội nghị tổng kết năm 2022?");
        assertThat(PlainText.format(chat.handle("c1", "/moi"))).isEqualTo(ChatTexts.FORGOTTEN);
        chat.handle("c1", "Còn năm 2024 thì sao?");
        assertThat(asked).last().isEqualTo("Còn năm 2024 thì sao?");
        assertThat(PlainText.format(chat.handle("c1", "/nguon 1"))).isNotEqualTo(ChatTexts.NO_SOURCES);
    }

    @Test
    void listsTheConferences() {
        assertThat(PlainText.format(chat.handle("c1", "/hoinghi")))
                .isEqualTo("Các hội nghị trong báo cáo (1):\n• 10/1/2023 – Hội nghị tổng kết năm 2022 "
                        + "(chủ trì: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn)");
    }

    @Test
    void asksWhatAPersonSaidForPhatbieu() {
        chat.handle("c1", "/phatbieu Bùi Thanh Sơn 2023");
        chat.handle("c1", "/said pham minh chinh");
        assertThat(asked).containsExactly("Bùi Thanh Sơn 2023 đã phát biểu gì?", "pham minh chinh đã phát biểu gì?");
        assertThat(PlainText.format(chat.handle("c1", "/nguon 1"))).startsWith("[1] Tiêu đề báo cáo");
    }

    @Test
    void asksWhoSaidSomethingForAinoi() {
        assertThat(chat.handle("c1", "/ainoi từ sớm, từ xa")).isInstanceOf(Reply.Answered.class);
        assertThat(asked).containsExactly("Ai nói từ sớm, từ xa?");
    }

    @Test
    void explainsPhatbieuAndAinoiWithoutArguments() {
        assertThat(PlainText.format(chat.handle("c1", "/phatbieu"))).isEqualTo(ChatTexts.SAID_BY_USAGE);
        assertThat(PlainText.format(chat.handle("c1", "/ainoi   "))).isEqualTo(ChatTexts.WHO_SAID_USAGE);
        assertThat(asked).isEmpty();
    }

    @Test
    void greetsAndHelpsWithExamples() {
        assertThat(PlainText.format(chat.handle("c1", "/start"))).startsWith("Xin chào!").contains("Ví dụ:");
        assertThat(PlainText.format(chat.handle("c1", "/help"))).contains("/nguon n", "/moi", "/hoinghi", "/phatbieu", "/ainoi");
    }

    @Test
    void namesAnUnknownCommandAndShowsHelp() {
        assertThat(PlainText.format(chat.handle("c1", "/xoa"))).startsWith("Không có lệnh /xoa.\n" + ChatTexts.HELP);
    }

    @Test
    void apologisesInsteadOfFailingWhenAnsweringBreaks() {
        ChatService broken = new ChatService(q -> {
            throw new IllegalStateException("index closed");
        }, new QuestionReader(List.of())::read, List::of, new Sessions(10, Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC());
        assertThat(PlainText.format(broken.handle("c1", "Ai chủ trì?"))).isEqualTo(Messages.FAILURE);
    }

    @Test
    void formatsAnAnswerWithItsNumberedSources() {
        assertThat(PlainText.format(chat.handle("c1", "Ai chủ trì?"))).isEqualTo("""
                Bùi Thanh Sơn [1].

                Nguồn:
                [1] Tiêu đề báo cáo – 10/1/2023 – a.txt
                (Gõ /nguon n để xem trọn đoạn nguồn n.)""");
    }
}
