package vn.baocao.channel.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.baocao.channel.Chats;
import vn.baocao.channel.Limits;
import vn.baocao.channel.Tuning;
import vn.baocao.channel.telegram.FakeBotApi.Call;
import vn.baocao.config.SettingValues;
import vn.baocao.config.TelegramSettings;
import vn.baocao.index.ReportIndex;
import vn.baocao.testing.SampleIndex;

/**
 * Measures the bot against the local Bot API server, rate limiter off, real answers over the sample
 * reports: the time from an update being available to its reply arriving (one question at a time,
 * then under a burst), and the messages per second sustained through a burst. A measurement, not a
 * test: it prints figures and asserts nothing. Run it from the project root:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.baocao.channel.telegram.TelegramThroughput
 * </pre>
 */
public final class TelegramThroughput {
    private static final List<String> QUESTIONS = List.of("Ai chủ trì hội nghị tổng kết năm 2022?",
            "Hội nghị tổng kết năm 2024 diễn ra ngày nào?", "Việt Nam trúng cử HĐBA với bao nhiêu phiếu?",
            "bo truong bui thanh son de nghi gi nam 2023", "Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ở đâu?",
            "Thủ tướng yêu cầu gì tại hội nghị tổng kết năm 2024?", "Giá vàng hôm nay bao nhiêu?", "/hoinghi");
    private static final int SEQUENTIAL = 200;
    private static final int BURST = 1000;
    /** 10 updates per chat: a chat's queue holds 20 (Tuning.pendingPerChat), beyond which updates are dropped. */
    private static final int CHATS = 100;

    private TelegramThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("baocao-throughput");
        try (ReportIndex index = SampleIndex.open(dir); FakeBotApi api = FakeBotApi.start()) {
            TelegramSettings settings = TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN",
                    FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.baseUrl().toString())), dir);
            Tuning tuning = Tuning.PRODUCTION.withLimits(Limits.NONE).withPollTimeout(Duration.ofSeconds(1));
            try (TelegramBot bot = TelegramBot.start(settings, Chats.extractive(index), Chats.library(index), BotHarness.NO_UPLOADS, tuning, null)) {
                warmUp(api);
                sequential(api);
                burst(api, "questions", QUESTIONS, 1000);
                burst(api, "/help only (no answering: the channel's own cost)", List.of("/help"), 20_000);
            }
        }
    }

    private static void warmUp(FakeBotApi api) {
        for (int i = 0; i < 100; i++) {
            api.push(api.text(10 + i % 10, 1, QUESTIONS.get(i % QUESTIONS.size())));
        }
        api.awaitCalls("sendMessage", c -> c.chatId() >= 10 && c.chatId() < 20, 100);
    }

    /** One question at a time from one chat: the latency of the bot itself. */
    private static void sequential(FakeBotApi api) {
        long chat = 2;
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < SEQUENTIAL; i++) {
            Instant pushed = Instant.now();
            api.push(api.text(chat, chat, QUESTIONS.get(i % QUESTIONS.size())));
            Call reply = api.awaitMessages(chat, i + 1).get(i);
            latencies.add(millis(pushed, reply.at()));
        }
        System.out.printf(Locale.ROOT, "one at a time: %d questions, update→reply p50 %.1f ms, p95 %.1f ms%n",
                SEQUENTIAL, percentile(latencies, 50), percentile(latencies, 95));
    }

    /** {@value #BURST} of {@code messages} from {@value #CHATS} chats at once: throughput, latency under load. */
    private static void burst(FakeBotApi api, String label, List<String> messages, long firstChat) {
        Map<Long, List<Instant>> pushed = new HashMap<>();
        Instant start = Instant.now();
        for (int i = 0; i < BURST; i++) {
            long chat = firstChat + i % CHATS;
            pushed.computeIfAbsent(chat, c -> new ArrayList<>()).add(Instant.now());
            api.push(api.text(chat, chat, messages.get(i % messages.size())));
        }
        List<Call> replies = api.awaitCalls("sendMessage", c -> c.chatId() >= firstChat && c.chatId() < firstChat + CHATS,
                BURST);
        Instant end = replies.get(replies.size() - 1).at();
        Map<Long, Integer> seen = new HashMap<>();
        List<Double> latencies = new ArrayList<>();
        for (Call reply : replies) {
            int k = seen.merge(reply.chatId(), 1, Integer::sum) - 1;
            latencies.add(millis(pushed.get(reply.chatId()).get(k), reply.at()));
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
