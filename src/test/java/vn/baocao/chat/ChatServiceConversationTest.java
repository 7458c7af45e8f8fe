package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.search.QuestionReader;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.report.Person;
import vn.baocao.answer.Refusal;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.Messages;

/** The chat tells a composer that follows conversations which chat a question comes from, and when to forget it. */
class ChatServiceConversationTest {
    private final List<String> calls = new ArrayList<>();
    private final Answerer answerer = new Answerer() {
        @Override
        public Answer answer(String question) {
            throw new AssertionError("the chat must pass its chat id");
        }

        @Override
        public Answer answer(String conversationId, String question) {
            calls.add(conversationId + ": " + question);
            return Answer.refused(question, Refusal.Reason.NO_EVIDENCE, "Các báo cáo hiện có không có đoạn nào nói về điều này.", "llm");
        }

        @Override
        public void forget(String conversationId) {
            calls.add("forget " + conversationId);
        }
    };
    private final ChatService chat = new ChatService(answerer, new QuestionReader(List.of())::read, List::of,
            new Sessions(100, Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC());

    @Test
    void passesTheChatIdWithEachQuestionAndForgetsOnMoi() {
        chat.handle("c1", "Ai chủ trì?");
        chat.handle("c2", "Ông ấy nói gì?");
        chat.handle("c1", "/moi");

        assertThat(calls).containsExactly("c1: Ai chủ trì?", "c2: Ông ấy nói gì?", "forget c1");
    }

    @Test
    void aSwapWhoseCarriedPersonWasNotAtTheMeetingAsksTheMeetingInstead() {
        List<String> asked = new ArrayList<>();
        Answerer minister2022Only = new Answerer() {
            @Override
            public Answer answer(String question) {
                return answer(null, question);
            }

            @Override
            public Answer answer(String conversationId, String question) {
                asked.add(question);
                return question.contains("Sơn") && question.contains("2024")
                        ? Answer.refused(question, Refusal.Reason.NO_EVIDENCE, "Không có lời nào của ông Sơn năm 2024.", "extractive")
                        : Answer.of(question, "Đối ngoại đa phương được nâng tầm.", List.of(), AnswerKind.ANSWER, "extractive");
            }
        };
        ChatService swapping = new ChatService(minister2022Only,
                new QuestionReader(List.of(new Person("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao")))::read, List::of,
                new Sessions(100, Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC());

        swapping.handle("c1", "Bùi Thanh Sơn nói gì về đa phương năm 2022?");
        Reply reply = swapping.handle("c1", "còn năm 2024?");

        assertThat(asked).containsExactly("Bùi Thanh Sơn nói gì về đa phương năm 2022?",
                "Bùi Thanh Sơn nói gì về đa phương năm 2024?", "nói gì về đa phương năm 2024?");
        assertThat(reply).isEqualTo(new Reply.Answered(Answer.of("nói gì về đa phương năm 2024?",
                "Đối ngoại đa phương được nâng tầm.", List.of(), AnswerKind.ANSWER, "extractive"),
                "nói gì về đa phương năm 2024?", "nói gì về đa phương năm 2024?"));
    }
}
