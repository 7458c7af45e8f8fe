package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Refusal;

class SessionsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void remembersEachChatSeparately() {
        Sessions sessions = new Sessions(10, Duration.ofHours(1), Clock.fixed(T0, ZoneOffset.UTC));
        sessions.put("a", new Session(null, answer("câu a"), T0));
        sessions.put("b", new Session(null, answer("câu b"), T0));
        assertThat(sessions.get("a").lastAnswer().question()).isEqualTo("câu a");
        assertThat(sessions.get("b").lastAnswer().question()).isEqualTo("câu b");
        assertThat(sessions.get("c").lastAnswer()).isNull();
    }

    @Test
    void forgetsTheLeastRecentlyUsedChatBeyondCapacity() {
        Sessions sessions = new Sessions(2, Duration.ofHours(1), Clock.fixed(T0, ZoneOffset.UTC));
        sessions.put("a", new Session(null, answer("a"), T0));
        sessions.put("b", new Session(null, answer("b"), T0));
        sessions.get("a");
        sessions.put("c", new Session(null, answer("c"), T0));
        assertThat(sessions.size()).isEqualTo(2);
        assertThat(sessions.get("b").lastAnswer()).isNull();
        assertThat(sessions.get("a").lastAnswer().question()).isEqualTo("a");
    }

    @Test
    void startsAfreshAfterTheTimeToLive() {
        Sessions sessions = new Sessions(10, Duration.ofHours(1),
                Clock.fixed(T0.plus(Duration.ofMinutes(61)), ZoneOffset.UTC));
        sessions.put("a", new Session(null, answer("a"), T0));
        assertThat(sessions.get("a").lastAnswer()).isNull();
    }

    private static Answer answer(String question) {
        return Answer.refused(question, Refusal.Reason.NO_EVIDENCE, "Không rõ.", "extractive");
    }
}
