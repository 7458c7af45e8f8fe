package vn.baocao.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.baocao.channel.Limits;
import vn.baocao.testing.SharedIndex;
import vn.baocao.channel.Windows;
import vn.baocao.channel.telegram.FakeBotApi.Call;
import vn.baocao.index.ReportIndex;

/**
 * How the bot paces and retries what it sends, checked on the fake server's record of arrivals in the
 * bot's virtual time (waits take no real time, and their lengths are exact).
 */
class TelegramPacingTest {
    private static final long USER = 501;
    /** Commands, not questions: answering is not what is measured here, and commands are answered at once. */
    private static final List<String> MESSAGES = List.of("/start", "/help", "/hoinghi", "/moi", "/nguon 1");

    private static final ReportIndex index = SharedIndex.get();

    @Test
    void aBurstOfFiftyMessagesFromTenChatsIsAnsweredWithinTheLimits() {
        // Limits tighter than Telegram's, so that the overall and group limits bind too with 50 messages;
        // one worker, so every arrival is stamped at the moment the limiter let it go.
        Limits limits = new Limits(new Limits.Limit(5, Duration.ofSeconds(1)), new Limits.Limit(1, Duration.ofSeconds(1)),
                new Limits.Limit(3, Duration.ofSeconds(10)));
        try (BotHarness h = BotHarness.start(index, NoUploads.INSTANCE, Map.of(),
                t -> t.withLimits(limits).withWorkers(1))) {
            List<Long> chats = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, -1L, -2L, -3L);
            for (String message : MESSAGES) {
                for (long chat : chats) {
                    h.api.push(h.api.text(chat, 100 + Math.abs(chat), message));
                }
            }
            List<Call> sent = h.api.awaitCalls("sendMessage", c -> true, 50);

            assertThat(sent).hasSize(50);
            for (long chat : chats) {
                List<Call> toChat = sent.stream().filter(c -> c.chatId() == chat).toList();
                assertThat(toChat).as("chat %d", chat).hasSize(5);
                assertThat(toChat.get(2).text()).as("in order").startsWith("Các hội nghị trong báo cáo (5):");
                assertThat(within(toChat, limits.perChat())).as("chat %d", chat).isTrue();
                if (chat < 0) {
                    assertThat(within(toChat, limits.perGroup())).as("group %d", chat).isTrue();
                }
            }
            assertThat(within(sent, limits.overall())).isTrue();
        }
    }

    @Test
    void a429IsRetriedAfterTheWaitTelegramAsksFor() {
        try (BotHarness h = BotHarness.start(index)) {
            h.api.tooManyRequests("sendMessage", 3);
            h.api.push(h.api.text(USER, USER, "/hoinghi"));
            List<Call> tries = h.api.awaitMessages(USER, 2);

            assertThat(tries.get(1).text()).isEqualTo(tries.get(0).text());
            assertThat(Duration.between(tries.get(0).at(), tries.get(1).at())).isEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void aServerErrorIsRetriedWithDoublingWaits() {
        try (BotHarness h = BotHarness.start(index, NoUploads.INSTANCE, Map.of(), t -> t.withLimits(Limits.NONE))) {
            h.api.failNext("sendMessage", 2, 502, "<html><body>502 Bad Gateway</body></html>");
            h.api.push(h.api.text(USER, USER, "/hoinghi"));
            List<Call> tries = h.api.awaitMessages(USER, 3);

            assertThat(Duration.between(tries.get(0).at(), tries.get(1).at())).isEqualTo(Duration.ofMillis(500));
            assertThat(Duration.between(tries.get(1).at(), tries.get(2).at())).isEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void aRefusedMessageIsNotRetriedAndTheNextOneGoesOut() {
        try (BotHarness h = BotHarness.start(index)) {
            h.api.failNext("sendMessage", 1, 403, "{\"ok\":false,\"error_code\":403,"
                    + "\"description\":\"Forbidden: bot was blocked by the user\"}");
            h.api.push(h.api.text(USER, USER, "/hoinghi"));
            h.api.push(h.api.text(USER, USER, "/help"));
            List<Call> sent = h.api.awaitMessages(USER, 2);

            assertThat(sent.get(0).text()).startsWith("Các hội nghị trong báo cáo");
            assertThat(sent.get(1).text()).startsWith("Gõ câu hỏi");
        }
    }

    /** True when the arrivals of {@code calls} keep {@code limit}. */
    private static boolean within(List<Call> calls, Limits.Limit limit) {
        List<Instant> times = calls.stream().map(Call::at).sorted().collect(Collectors.toList());
        return Windows.atMost(times, limit.max(), limit.window());
    }
}
