package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.search.QuestionReader;
import vn.baocao.answer.Answer;
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
}
