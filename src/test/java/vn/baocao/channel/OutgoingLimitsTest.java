package vn.baocao.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingLimitsTest {
    private final ManualTime time = new ManualTime();

    @Test
    void aChatGetsOneMessageASecond() throws InterruptedException {
        OutgoingLimits limits = new OutgoingLimits(Limits.TELEGRAM, time);
        Instant start = time.now();
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            limits.acquire("7", false);
            sent.add(time.now());
        }
        assertThat(sent).containsExactly(start, start.plusSeconds(1), start.plusSeconds(2));
    }

    @Test
    void otherChatsDoNotWaitForABusyOne() throws InterruptedException {
        OutgoingLimits limits = new OutgoingLimits(Limits.TELEGRAM, time);
        Instant start = time.now();
        limits.acquire("7", false);
        limits.acquire("8", false);
        limits.acquire("9", false);
        assertThat(time.now()).isEqualTo(start);
    }

    @Test
    void keepsEveryLimitOverABurstOfFiftyMessagesToTenChats() throws InterruptedException {
        OutgoingLimits limits = new OutgoingLimits(new Limits(new Limits.Limit(4, Duration.ofSeconds(1)),
                Limits.TELEGRAM.perChat(), new Limits.Limit(3, Duration.ofSeconds(10))), time);
        Map<Long, List<Instant>> byChat = new HashMap<>();
        List<Instant> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long chat = i % 10 < 3 ? -(i % 10 + 1) : i % 10; // three groups, seven private chats
            limits.acquire(Long.toString(chat), chat < 0);
            byChat.computeIfAbsent(chat, c -> new ArrayList<>()).add(time.now());
            all.add(time.now());
        }
        assertThat(Windows.atMost(all, 4, Duration.ofSeconds(1))).isTrue();
        byChat.forEach((chat, times) -> {
            assertThat(Windows.atMost(times, 1, Duration.ofSeconds(1))).as("chat %d", chat).isTrue();
            if (chat < 0) {
                assertThat(Windows.atMost(times, 3, Duration.ofSeconds(10))).as("group %d", chat).isTrue();
            }
        });
        assertThat(Duration.between(all.get(0), all.get(49))).as("a group's 5 messages need more than 10 s")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aBacklogFromAHundredChatsUsesEverySlotTheOverallLimitAllowsAndServesChatsInTurn() throws InterruptedException {
        // every chat asks for its next message at once, as a hundred chats with queued replies do: the clock
        // stands still and each wait is only noted, so each acquire shows the moment it reserved
        Instant start = time.now();
        List<Instant> reservations = new ArrayList<>();
        BotTime still = new BotTime() {
            @Override
            public Instant now() {
                return start;
            }

            @Override
            public void sleep(Duration duration) {
                reservations.add(start.plus(duration));
            }
        };
        OutgoingLimits limits = new OutgoingLimits(Limits.TELEGRAM, still);
        Map<Integer, List<Instant>> byChat = new HashMap<>();
        for (int round = 0; round < 10; round++) {
            for (int chat = 1; chat <= 100; chat++) {
                int before = reservations.size();
                limits.acquire(Integer.toString(chat), false);
                Instant at = reservations.size() > before ? reservations.getLast() : start;
                if (reservations.size() == before) {
                    reservations.add(at);
                }
                byChat.computeIfAbsent(chat, c -> new ArrayList<>()).add(at);
            }
        }
        List<Instant> all = reservations.stream().sorted().toList();

        assertThat(Windows.atMost(all, 30, Duration.ofSeconds(1))).isTrue();
        byChat.values().forEach(times -> assertThat(Windows.atMost(times, 1, Duration.ofSeconds(1))).isTrue());
        // 1,000 messages at 30 a second: the last goes in the 34th second, not later
        assertThat(all.getLast()).isEqualTo(start.plusSeconds(33));
        assertThat(byChat.get(1).getFirst()).isEqualTo(start);
        assertThat(byChat.get(100).getFirst()).as("chat 100 waits for the 99 before it, not longer")
                .isEqualTo(start.plusSeconds(3));
    }

    @Test
    void noLimitsMeansNoWait() throws InterruptedException {
        OutgoingLimits limits = new OutgoingLimits(Limits.NONE, time);
        Instant start = time.now();
        for (int i = 0; i < 100; i++) {
            limits.acquire("7", true);
        }
        assertThat(time.now()).isEqualTo(start);
    }
}
