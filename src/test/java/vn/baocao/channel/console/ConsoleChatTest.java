package vn.baocao.channel.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.search.QuestionReader;
import java.util.function.Consumer;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.Refusal;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.Sessions;

class ConsoleChatTest {
    private final ChatService chat = new ChatService(q -> Answer.refused(q, Refusal.Reason.NO_EVIDENCE, "Không rõ: " + q, "extractive"),
            new QuestionReader(List.of())::read, List::of, new Sessions(10, Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC());

    private String run(String input, boolean interactive) {
        StringWriter out = new StringWriter();
        new ConsoleChat(chat).run(new BufferedReader(new StringReader(input)), new PrintWriter(out), interactive);
        return out.toString();
    }

    @Test
    void answersEachLineAndEndsAtEndOfInput() {
        assertThat(run("câu một\ncâu hai\n", false)).isEqualTo("Không rõ: câu một\n\nKhông rõ: câu hai\n\n");
    }

    @Test
    void stopsAtThoat() {
        assertThat(run("câu một\n/thoat\ncâu hai\n", false)).isEqualTo("Không rõ: câu một\n\n");
    }

    @Test
    void printsAnAnswerAsItIsWrittenThenTheWholeReply() {
        Answerer drafting = new Answerer() {
            @Override
            public Answer answer(String question) {
                return Answer.refused(question, Refusal.Reason.NO_EVIDENCE, "Không rõ: " + question, "llm");
            }

            @Override
            public Answer answer(String conversationId, String question, Consumer<String> draft) {
                draft.accept("Câu một.");
                draft.accept("Câu một. Câu hai.");
                return answer(question);
            }
        };
        ChatService streaming = new ChatService(drafting, new QuestionReader(List.of())::read, List::of,
                new Sessions(10, Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC());
        StringWriter out = new StringWriter();

        new ConsoleChat(streaming).run(new BufferedReader(new StringReader("hỏi\n")), new PrintWriter(out), false);

        assertThat(out.toString()).isEqualTo("… Câu một. Câu hai.\n\nKhông rõ: hỏi\n\n");
    }

    @Test
    void greetsAndPromptsWhenInteractive() {
        assertThat(run("câu một\n", true)).startsWith("baocao – ").contains("> Không rõ: câu một").endsWith("> ");
    }
}
