package vn.baocao.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Measures a bot against its local Bot API server, whatever the channel: the time from an update being
 * available to its reply arriving (one question at a time, then under a burst), and the messages per second
 * sustained through a burst. Prints figures and asserts nothing; {@code TelegramThroughput} and {@code
 * ZaloThroughput} run it.
 */
public final class Throughput {
    /** Questions over the sample reports, one the reports do not answer, and a command. */
    public static final List<String> QUESTIONS = List.of("Ai chủ trì hội nghị tổng kết năm 2022?",
            "Hội nghị tổng kết năm 2024 diễn ra ngày nào?", "Việt Nam trúng cử HĐBA với bao nhiêu phiếu?",
            "bo truong bui thanh son de nghi gi nam 2023", "Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ở đâu?",
            "Thủ tướng yêu cầu gì tại hội nghị tổng kết năm 2024?", "Giá vàng hôm nay bao nhiêu?", "/hoinghi");
    private static final int SEQUENTIAL = 200;
    private static final int BURST = 1000;
    /** 10 updates per chat: a chat's queue holds 20 (Tuning.pendingPerChat), beyond which updates are dropped. */
    private static final int CHATS = 100;

    /** A bot's local server: updates go in, replies are awaited. */
    public interface Server {
        /** Queues a text message {@code text} from chat {@code chat} (also its sender). */
        void push(long chat, String text);

        /** Waits for {@code count} replies to the chats {@code which} accepts; returns them in arrival order. */
        List<Arrival> await(Predicate<Long> which, int count);
    }

    /** A reply: to which chat, and when the server received it. */
    public record Arrival(long chat, Instant at) {
    }

    private Throughput() {
    }

    /** Warms up, then measures one question at a time, a burst of questions, and a burst of "/help". */
    public static void measure(Server server) {
        for (int i = 0; i < 100; i++) {
            server.push(10 + i % 10, QUESTIONS.get(i % QUESTIONS.size()));
        }
        server.await(c -> c >= 10 && c < 20, 100);
        sequential(server);
        burst(server, "questions", QUESTIONS, 1000);
        burst(server, "/help only (no answering: the channel's own cost)", List.of("/help"), 20_000);
    }

    /** One question at a time from one chat: the latency of the bot itself. */
    private static void sequential(Server server) {
        long chat = 2;
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < SEQUENTIAL; i++) {
            Instant pushed = Instant.now();
            server.push(chat, QUESTIONS.get(i % QUESTIONS.size()));
            Arrival reply = server.await(c -> c == chat, i + 1).get(i);
            latencies.add(millis(pushed, reply.at()));
        }
        System.out.printf(Locale.ROOT, "one at a time: %d questions, update→reply p50 %.1f ms, p95 %.1f ms%n",
                SEQUENTIAL, percentile(latencies, 50), percentile(latencies, 95));
    }

    /** {@value #BURST} of {@code messages} from {@value #CHATS} chats at once: throughput, latency under load. */
    private static void burst(Server server, String label, List<String> messages, long firstChat) {
        Map<Long, List<Instant>> pushed = new HashMap<>();
        Instant start = Instant.now();
        for (int i = 0; i < BURST; i++) {
            long chat = firstChat + i % CHATS;
            pushed.computeIfAbsent(chat, c -> new ArrayList<>()).add(Instant.now());
            server.push(chat, messages.get(i % messages.size()));
        }
        List<Arrival> replies = server.await(c -> c >= firstChat && c < firstChat + CHATS, BURST);
        Instant end = replies.get(replies.size() - 1).at();
        Map<Long, Integer> seen = new HashMap<>();
        List<Double> latencies = new ArrayList<>();
        for (Arrival reply : replies) {
            int k = seen.merge(reply.chat(), 1, Integer::sum) - 1;
            latencies.add(millis(pushed.get(reply.chat()).get(k), reply.at()));
        }
        double seconds = Duration.between(start, end).toNanos() / 1e9;
        System.out.printf(Locale.ROOT, "burst of %s: %d updates from %d chats answered in %.2f s = %.0f messages/s; "
                + "update→reply p50 %.0f ms, p95 %.0f ms%n", label, BURST, CHATS, seconds, BURST / seconds,
                percentile(latencies, 50), percentile(latencies, 95));
    }

    private static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
