package vn.baocao.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Answerer;
import vn.baocao.channel.ChannelTexts;
import vn.baocao.channel.Limits;
import vn.baocao.channel.telegram.FakeBotApi.Call;
import vn.baocao.index.ReportIndex;
import vn.baocao.store.DeliveryJournal.State;
import vn.baocao.testing.SharedIndex;

/**
 * Nothing lost, nothing twice, nothing stuck: the bot's delivery across stops, updates sent again,
 * answers lost on the way back, outages, hung calls, unreadable updates and floods, against the fake
 * Bot API. Answers here are "Đáp: " and the question, so each reply names the question it answers.
 */
class TelegramDeliveryTest {
    private static final ReportIndex index = SharedIndex.get();

    /** Answers "Đáp: q", after {@code millis} of real time (interrupted when the bot stops). */
    private static Answerer echo(long millis) {
        return question -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while answering", e);
            }
            return Answer.of(question, "Đáp: " + question, List.of(), AnswerKind.ANSWER, "test");
        };
    }

    /** How many times each question was answered, over every message sent. */
    private static Map<String, Long> answersPerQuestion(FakeBotApi api) {
        return api.calls("sendMessage").stream().map(Call::text).filter(t -> t.startsWith("Đáp: "))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void aStopCuttingThroughABacklogLosesNothingAndTheRestartAnswersTheRestExactlyOnce() throws Exception {
        try (BotHarness h = BotHarness.withAnswerer(index, echo(30), t -> t.withShutdownGrace(Duration.ZERO))) {
            for (int i = 1; i <= 10; i++) {
                for (long chat = 1; chat <= 3; chat++) {
                    h.api.push(h.api.text(chat, chat, "câu " + i + " của " + chat));
                }
            }
            h.api.awaitCalls("sendMessage", c -> true, 4);
            h.restart();
            h.api.awaitCalls("sendMessage", c -> true, 30);
            Thread.sleep(300); // anything sent twice would come now

            Map<String, Long> answers = answersPerQuestion(h.api);
            assertThat(answers).hasSize(30).allSatisfy((text, times) -> assertThat(times).as(text).isEqualTo(1));
            for (long chat = 1; chat <= 3; chat++) {
                assertThat(h.api.messagesTo(chat)).extracting(Call::text).as("in order in chat %d", chat)
                        .containsExactlyElementsOf(expectedInOrder(chat));
            }
            assertThat(h.journal().count(IncomingUpdates.CHANNEL, State.OWED)).isZero();
            assertThat(h.journal().count(IncomingUpdates.CHANNEL, State.ANSWERED)).isEqualTo(30);
        }
    }

    private static List<String> expectedInOrder(long chat) {
        return java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "Đáp: câu " + i + " của " + chat).toList();
    }

    @Test
    void anUpdateTelegramSendsAgainIsAnsweredOnce() throws Exception {
        try (BotHarness h = BotHarness.withAnswerer(index, echo(0), t -> t)) {
            ObjectNode first = h.api.text(7, 7, "một");
            h.api.push(first);
            h.api.awaitMessages(7, 1);
            h.api.pushAgain(first);
            h.api.push(h.api.text(7, 7, "hai"));
            h.api.awaitMessages(7, 2);
            Thread.sleep(200);

            assertThat(h.api.messagesTo(7)).extracting(Call::text).containsExactly("Đáp: một", "Đáp: hai");
        }
    }

    @Test
    void aMessageWhoseAnswerWasLostOnTheWayBackIsNotSentAgain() throws Exception {
        try (BotHarness h = BotHarness.withAnswerer(index, echo(0), t -> t)) {
            h.api.loseAnswerOfNext("sendMessage", 1);
            h.api.push(h.api.text(8, 8, "một"));
            h.api.push(h.api.text(8, 8, "hai"));
            h.api.awaitMessages(8, 2);
            Thread.sleep(200);

            assertThat(h.api.messagesTo(8)).extracting(Call::text).containsExactly("Đáp: một", "Đáp: hai");
        }
    }

    @Test
    void aMessageWhoseConnectionWasResetWithTheRequestUnreadIsSentAgainOnce() throws Exception {
        ResettingProxy[] proxy = new ResettingProxy[1];
        try (BotHarness h = BotHarness.withAnswererThrough(index, echo(0), t -> t.withLimits(Limits.NONE), api -> {
            try {
                proxy[0] = ResettingProxy.start(api, "sendMessage", 1);
                return proxy[0].url();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            h.api.push(h.api.text(13, 13, "một"));
            h.api.awaitMessages(13, 1);
            Thread.sleep(300);

            assertThat(h.api.messagesTo(13)).extracting(Call::text).containsExactly("Đáp: một");
        } finally {
            proxy[0].close();
        }
    }

    @Test
    void messagesGoOutOnceWhenTheServerClosesEachConnectionAfterAnswering() throws Exception {
        ResettingProxy[] proxy = new ResettingProxy[1];
        try (BotHarness h = BotHarness.withAnswererThrough(index, echo(0), t -> t.withLimits(Limits.NONE), api -> {
            try {
                proxy[0] = ResettingProxy.closingAfterEachAnswer(api);
                return proxy[0].url();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            for (int i = 1; i <= 12; i++) {
                h.api.push(h.api.text(14, 14, "câu " + i));
                Thread.sleep(60); // past the close: a connection kept for the next message would be a dead one
            }
            h.api.awaitMessages(14, 12);
            Thread.sleep(300);

            assertThat(h.api.messagesTo(14)).extracting(Call::text)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(i -> "Đáp: câu " + i).toList());
        } finally {
            proxy[0].close();
        }
    }

    @Test
    void aSixtySecondOutageDelaysTheAnswerWithoutLosingIt() {
        try (BotHarness h = BotHarness.withAnswerer(index, echo(0), t -> t.withLimits(Limits.NONE))) {
            h.api.failNext("sendMessage", 7, 502, "<html><body>502 Bad Gateway</body></html>");
            h.api.push(h.api.text(9, 9, "một"));
            List<Call> tries = h.api.awaitMessages(9, 8);

            assertThat(tries).extracting(Call::text).containsOnly("Đáp: một");
            // 0.5 + 1 + 2 + 4 + 8 + 16 + 30 s: doubling waits, at most 30 s apart
            assertThat(Duration.between(tries.get(0).at(), tries.get(7).at())).isEqualTo(Duration.ofMillis(61_500));
            assertThat(Duration.between(tries.get(6).at(), tries.get(7).at())).isEqualTo(Duration.ofSeconds(30));
        }
    }

    @Test
    void anOutageLongerThanTheRetriesLeavesTheUpdateOwedAndItIsAnsweredOnceTelegramIsBack() {
        try (BotHarness h = BotHarness.withAnswerer(index, echo(0),
                t -> t.withLimits(Limits.NONE).withAttempts(2).withRetryOwed(Duration.ofMillis(200)))) {
            h.api.failNext("sendMessage", 3, 503, "{\"ok\":false,\"error_code\":503,\"description\":\"Service Unavailable\"}");
            h.api.push(h.api.text(10, 10, "một"));
            List<Call> tries = h.api.awaitMessages(10, 4);

            assertThat(tries).extracting(Call::text).containsOnly("Đáp: một");
            awaitOwed(h, 0);
            assertThat(h.api.messagesTo(10)).hasSize(4);
        }
    }

    @Test
    void callsThatHangHoldUpOnlyTheirOwnChats() {
        try (BotHarness h = BotHarness.withAnswerer(index, echo(0), t -> t.withLimits(Limits.NONE).withWorkers(64))) {
            h.api.hangNext("sendMessage", 4, Duration.ofSeconds(20));
            for (long chat = 101; chat <= 104; chat++) {
                h.api.push(h.api.text(chat, chat, "treo"));
            }
            h.api.awaitCalls("sendMessage", c -> true, 4);
            for (long chat = 201; chat <= 230; chat++) {
                h.api.push(h.api.text(chat, chat, "bình thường"));
            }
            List<Call> others = h.api.awaitCalls("sendMessage", c -> c.chatId() > 200, 30);

            assertThat(others).hasSize(30);
            assertThat(h.api.heldCallsAnswered()).as("the hung calls were still hanging").isZero();
        }
    }

    @Test
    void updatesTheBotCannotReadAreSkippedAndPollingGoesOn() {
        try (BotHarness h = BotHarness.withAnswerer(index, echo(0), t -> t)) {
            ObjectNode noChat = h.api.text(11, 11, "không có chat");
            ((ObjectNode) noChat.get("message")).remove("chat");
            h.api.pushRaw(noChat);
            ObjectNode wrongType = h.api.text(11, 11, "sai kiểu");
            ((ObjectNode) wrongType.get("message")).put("date", "hôm qua");
            h.api.pushRaw(wrongType);
            ObjectNode tapWithoutSender = h.api.buttonTap(11, 11, 1, "src:1:x:0:0");
            ((ObjectNode) tapWithoutSender.get("callback_query")).remove("from");
            ((ObjectNode) tapWithoutSender.get("callback_query")).remove("message");
            h.api.pushRaw(tapWithoutSender);
            h.api.push(h.api.text(11, 11, "đọc được"));

            assertThat(h.api.awaitMessages(11, 1)).extracting(Call::text).containsExactly("Đáp: đọc được");
            h.api.awaitAllConfirmed();
            assertThat(h.journal().count(IncomingUpdates.CHANNEL, State.SKIPPED)).isEqualTo(3);
        }
    }

    @Test
    void aChatThatFloodsTheBotIsToldOnceThatItsExtraMessagesWereSkipped() throws Exception {
        try (BotHarness h = BotHarness.withAnswerer(index, echo(50), t -> t.withLimits(Limits.NONE).withPendingPerChat(3))) {
            for (int i = 1; i <= 12; i++) {
                h.api.push(h.api.text(12, 12, "câu " + i));
            }
            h.api.awaitAllConfirmed();
            h.api.awaitCalls("sendMessage", c -> c.chatId() == 12 && c.text().startsWith("Đáp: "), 3);
            Thread.sleep(300);

            List<String> texts = h.api.messagesTo(12).stream().map(Call::text).toList();
            assertThat(texts).filteredOn(t -> t.equals(ChannelTexts.TOO_MANY)).hasSize(1);
            assertThat(texts).filteredOn(t -> t.startsWith("Đáp: ")).hasSizeBetween(3, 4);
            assertThat(h.journal().count(IncomingUpdates.CHANNEL, State.OWED)).isZero();
        }
    }

    /** Waits until the journal owes {@code count} updates. */
    private static void awaitOwed(BotHarness h, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (h.journal().count(IncomingUpdates.CHANNEL, State.OWED) != count) {
            assertThat(System.nanoTime()).as("owed updates never reached %d", count).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
