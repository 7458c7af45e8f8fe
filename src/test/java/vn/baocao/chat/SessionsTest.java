package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void remembersEachChatSeparately() {
        Sessions sessions = new Sessions(10, Duration.ofHours(1), Clock.fixed(T0, ZoneOffset.UTC));
        sessions.put("a", new Session("câu a", null, T0));
        sessions.put("b", new Session("câu b", null, T0));
        assertThat(sessions.get("a").lastQuestion()).isEqualTo("câu a");
        assertThat(sessions.get("b").lastQuestion()).isEqualTo("câu b");
        assertThat(sessions.get("c").lastQuestion()).isNull();
    }

    @Test
    void forgetsTheLeastRecentlyUsedChatBeyondCapacity() {
        Sessions sessions = new Sessions(2, Duration.ofHours(1), Clock.fixed(T0, ZoneOffset.UTC));
        sessions.put("a", new Session("a", null, T0));
        sessions.put("b", new Session("b", null, T0));
        sessions.get("a");
        sessions.put("c", new Session("c", null, T0));
        assertThat(sessions.size()).isEqualTo(2);
        assertThat(sessions.get("b").lastQuestion()).isNull();
        assertThat(sessions.get("a").lastQuestion()).isEqualTo("a");
    }

    @Test
    void startsAfreshAfterTheTimeToLive() {
        Sessions sessions = new Sessions(10, Duration.ofHours(1),
                Clock.fixed(T0.plus(Duration.ofMinutes(61)), ZoneOffset.UTC));
        sessions.put("a", new Session("a", null, T0));
        assertThat(sessions.get("a").lastQuestion()).isNull();
    }
}
