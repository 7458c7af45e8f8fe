package vn.baocao.channel.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.channel.telegram.FakeBotApi;
import vn.baocao.channel.zalo.FakeZaloApi;

/**
 * Fault injection against the bot as a process: a backlog of 300 messages from 100 chats (three commands
 * each, so every chat expects three replies in order), the bot stopped part-way — SIGTERM, or SIGKILL at a
 * random moment — then started again on the same data. Every message must be answered exactly once across
 * the two processes, in order within its chat. The table printed at the end has a row per experiment.
 * Loopback only; each experiment takes 15–25 s.
 */
class FaultInjectionTest {
    private static final int CHATS = 100;
    private static final List<String> COMMANDS = List.of("/help", "/hoinghi", "/moi");
    /** How many checks in a row a count must not grow in to be quiet. */
    private static final int QUIET_CHECKS = 2;
    private static final Map<String, String> TABLE = new LinkedHashMap<>();
    /**
     * The second process's word that an update's reply was being sent when the first was killed: a
     * Telegram update id, or a Zalo message id in hexadecimal — either the update's number in the backlog.
     */
    private static final java.util.regex.Pattern IN_FLIGHT = java.util.regex.Pattern.compile(
            "update (\\w+) \\((telegram|zalo)\\): message 1 was being sent when the bot stopped");

    @TempDir
    static Path dir;

    /** How the first process is stopped. */
    private enum Stop {
        SIGTERM, SIGKILL
    }

    @Test
    void telegramLosesAndRepeatsNothingAcrossASigterm() {
        runTelegram(Stop.SIGTERM, 90);
    }

    @Test
    void telegramLosesAndRepeatsNothingAcrossASigkillAtARandomMoment() {
        runTelegram(Stop.SIGKILL, 30 + new Random().nextInt(200));
    }

    @Test
    void telegramOnAWebhookLosesAndRepeatsNothingAcrossASigkillAtARandomMoment() throws Exception {
        try (FakeBotApi api = FakeBotApi.start()) {
            killDuringAWebhookBacklog(new Webhooked("telegram", "X-Telegram-Bot-Api-Secret-Token", telegramEnv(api),
                    telegramBacklog(api), () -> lastSecret(api.calls("setWebhook").stream().map(FakeBotApi.Call::params).toList()),
                    n -> api.awaitCalls("sendMessage", c -> true, n), () -> {
                        awaitAllOrQuiet(() -> api.calls("sendMessage").size(), CHATS * COMMANDS.size());
                        settle();
                    }, () -> api.calls("sendMessage").size(), () -> telegramReplies(api.calls("sendMessage"))));
        }
    }

    @Test
    void zaloOnAWebhookLosesAndRepeatsNothingAcrossASigkillAtARandomMoment() throws Exception {
        try (FakeZaloApi api = FakeZaloApi.start()) {
            killDuringAWebhookBacklog(new Webhooked("zalo", "X-Bot-Api-Secret-Token", zaloEnv(api), zaloBacklog(api),
                    () -> lastSecret(api.calls("setWebhook").stream().map(FakeZaloApi.Call::params).toList()),
                    n -> api.awaitCalls("sendMessage", c -> true, n), () -> awaitQuiet(() -> api.calls("sendMessage").size()),
                    () -> api.calls("sendMessage").size(), () -> zaloReplies(api.calls("sendMessage"))));
        }
    }

    /**
     * What a webhook experiment needs of one messenger's fake API.
     *
     * @param channel  the bot's command and the webhook's path ("telegram", "zalo")
     * @param header   the header the messenger sends the secret in
     * @param env      the bot's settings, pointing at the fake
     * @param updates  the backlog the messenger posts
     * @param secret   the secret the bot registered last
     * @param awaitSent waits until the bot has sent that many messages
     * @param answered waits until the bot has answered the backlog
     * @param sent     how many messages the bot has sent so far
     * @param replies  the texts each chat was sent, in order
     */
    private record Webhooked(String channel, String header, Map<String, String> env, List<ObjectNode> updates,
                             java.util.function.Supplier<String> secret, java.util.function.IntConsumer awaitSent,
                             Runnable answered, java.util.function.IntSupplier sent,
                             java.util.function.Supplier<Map<String, List<String>>> replies) {
    }

    /**
     * Posts {@code messenger}'s backlog to a bot on a webhook, SIGKILLs the bot after a random number of
     * replies, starts it again on the same data while the messenger keeps posting, and checks every chat
     * was answered exactly once, in order, across the two processes.
     */
    private void killDuringAWebhookBacklog(Webhooked messenger) throws Exception {
        int after = 30 + new Random().nextInt(200);
        String name = messenger.channel() + " webhook, SIGKILL after " + after + " replies";
        Path data = dir.resolve(messenger.channel() + "-webhook");
        int port = freePort();
        String[] webhook = {"--webhook", "https://bot.example.vn/" + messenger.channel(), "--listen", "127.0.0.1:" + port};
        WebhookSender sender = new WebhookSender(messenger.secret(), messenger.header(),
                URI.create("http://127.0.0.1:" + port + "/" + messenger.channel()), messenger.updates());
        BotProcess first = BotProcess.start(messenger.channel(), index(), data, messenger.env(), "first", webhook);
        Thread sending = Thread.ofVirtual().start(sender::deliverAll);
        messenger.awaitSent().accept(after);
        first.kill();
        int byFirst = messenger.sent().getAsInt();
        BotProcess second = BotProcess.start(messenger.channel(), index(), data, messenger.env(), "second", webhook);
        try {
            sending.join(Duration.ofSeconds(60));
            messenger.answered().run();
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage().substring(0, Math.min(200, e.getMessage().length())) + "…\nfirst process:\n"
                    + tail(first.log()) + "\nsecond process:\n" + tail(second.log()), e);
        } finally {
            sender.stop();
            second.terminate();
        }
        check(name, messenger.replies().get(), Integer.toString(byFirst), first.log() + second.log());
    }

    /**
     * The messenger's side of a webhook: posts each update, in order, about 30 a second, with the secret the
     * bot registered last, and posts it again until the bot answers 200 — as Telegram does while a bot is down.
     */
    private static final class WebhookSender {
        private final java.util.function.Supplier<String> secret;
        private final String header;
        private final URI hook;
        private final List<ObjectNode> updates;
        private volatile boolean stopped;

        /** Posts {@code updates} to {@code hook} with the secret {@code secret} gives (null: none registered yet) in {@code header}. */
        WebhookSender(java.util.function.Supplier<String> secret, String header, URI hook,
                      List<ObjectNode> updates) {
            this.secret = secret;
            this.header = header;
            this.hook = hook;
            this.updates = updates;
        }

        void deliverAll() {
            try (HttpClient http = HttpClient.newHttpClient()) {
                for (var update : updates) {
                    while (!stopped && !delivered(http, update)) {
                        Thread.sleep(100);
                    }
                    Thread.sleep(30);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private boolean delivered(HttpClient http, ObjectNode update)
                throws InterruptedException {
            String registered = secret.get();
            if (registered == null) {
                return false;
            }
            try {
                return http.send(HttpRequest.newBuilder(hook).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json").header(header, registered)
                        .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false; // the bot is down: Telegram tries again
            }
        }

        void stop() {
            stopped = true;
        }
    }

    @Test
    void telegramLosesAndRepeatsNothingThroughAMinuteLongOutage() {
        runTelegramThrough("telegram, 502 for every message for 60 s", api -> api.failFor("sendMessage",
                Duration.ofSeconds(60), 502, "<html><body>502 Bad Gateway</body></html>"));
    }

    @Test
    void telegramLosesAndRepeatsNothingThroughTooManyRequests() {
        // the description echoes the request's URL, token and all, as a misbehaving proxy might: it must not be logged
        runTelegramThrough("telegram, 20 answers of 429 retry_after 3", api -> api.failNext("sendMessage", 20, 429,
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3 (/bot"
                        + FakeBotApi.TOKEN + "/sendMessage)\",\"parameters\":{\"retry_after\":3}}"));
    }

    @Test
    void telegramLosesAndRepeatsNothingWhenAnswersAreLostOnTheWayBack() {
        runTelegramThrough("telegram, 20 answers lost on the way back", api -> api.loseAnswerOfNext("sendMessage", 20));
    }

    @Test
    void telegramAnswersTheOtherChatsWhileCallsHang() {
        int[] whileHung = new int[1];
        runTelegramThrough("telegram, 8 calls hung for 25 s", api -> {
            api.hangNext("sendMessage", 8, Duration.ofSeconds(25));
            Thread.ofVirtual().start(() -> {
                api.awaitCalls("sendMessage", c -> true, 8 + 250, Duration.ofSeconds(60));
                whileHung[0] = api.heldCallsAnswered() == 0 ? 250 : 0;
            });
        });
        assertThat(whileHung[0]).as("250 more replies went out while the 8 calls hung").isEqualTo(250);
    }

    @Test
    void telegramSkipsUnreadableUpdatesAndAnswersTheRest() {
        runTelegramThrough("telegram, 3 unreadable updates first", api -> {
            ObjectNode noChat = api.text(9_001, 9_001, "không có chat");
            ((ObjectNode) noChat.get("message")).remove("chat");
            api.pushRaw(noChat);
            ObjectNode wrongType = api.text(9_002, 9_002, "sai kiểu");
            ((ObjectNode) wrongType.get("message")).put("date", "hôm qua");
            api.pushRaw(wrongType);
            ObjectNode tap = api.buttonTap(9_003, 9_003, 1, "src:1:x:0:0");
            ((ObjectNode) tap.get("callback_query")).remove("from");
            ((ObjectNode) tap.get("callback_query")).remove("message");
            api.pushRaw(tap);
        });
    }

    @Test
    void telegramOnAWebhookServesValidUpdatesWhileTwoHundredSlowClientsHang() throws Exception {
        String name = "telegram webhook, 200 slow clients hanging";
        Path data = dir.resolve("telegram-slowloris");
        int port = freePort();
        try (FakeBotApi api = FakeBotApi.start()) {
            List<ObjectNode> updates = telegramBacklog(api);
            Map<String, String> env = telegramEnv(api);
            BotProcess bot = BotProcess.start("telegram", index(), data, env, "bot", "--webhook",
                    "https://bot.example.vn/telegram", "--listen", "127.0.0.1:" + port);
            List<Socket> slow = new ArrayList<>();
            try {
                api.awaitCalls("setWebhook", c -> true, 1, Duration.ofSeconds(60));
                for (int i = 0; i < 200; i++) { // half send the start of a request and stop, half send nothing
                    Socket socket = new Socket("127.0.0.1", port);
                    if (i % 2 == 0) {
                        socket.getOutputStream().write("POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le"
                                .getBytes(StandardCharsets.US_ASCII));
                    }
                    slow.add(socket);
                }
                WebhookSender telegram = new WebhookSender(() -> lastSecret(api.calls("setWebhook").stream().map(FakeBotApi.Call::params).toList()), "X-Telegram-Bot-Api-Secret-Token",
                        URI.create("http://127.0.0.1:" + port + "/telegram"), updates);
                telegram.deliverAll();
                api.awaitCalls("sendMessage", c -> true, CHATS * COMMANDS.size(), Duration.ofSeconds(60));
                settle();
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
                bot.terminate();
            }
            Map<String, List<String>> perChat = telegramReplies(api.calls("sendMessage"));
            check(name, perChat, "-", bot.log());
        }
    }

    /**
     * Queues the backlog, lets {@code faults} set up the fake Bot API, runs the bot as a process until every
     * chat is answered, and checks that each got its three replies exactly once, in order.
     */
    private void runTelegramThrough(String name, java.util.function.Consumer<FakeBotApi> faults) {
        Path data = dir.resolve("telegram-" + Integer.toHexString(name.hashCode()));
        try (FakeBotApi api = FakeBotApi.start()) {
            faults.accept(api);
            telegramBacklog(api).forEach(api::push);
            Map<String, String> env = telegramEnv(api);
            BotProcess bot = BotProcess.start("telegram", index(), data, env, "bot");
            try {
                api.awaitCalls("sendMessage", c -> c.chatId() <= CHATS && !c.params().has("_refused"),
                        CHATS * COMMANDS.size(), Duration.ofSeconds(90));
                settle();
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage().substring(0, 200) + "…\n" + tail(bot.log()), e);
            } finally {
                bot.terminate();
            }
            // every try of a message the fake refused is a call too: only the ones it took count
            Map<String, List<String>> perChat = telegramReplies(api.taken("sendMessage").stream()
                    .filter(c -> c.chatId() <= CHATS).toList());
            check(name, perChat, "-", bot.log());
            assertThat(bot.log()).as("the log").doesNotContain(FakeBotApi.TOKEN);
        }
    }

    @Test
    void zaloLosesAndRepeatsNothingAcrossASigterm() {
        runZalo(Stop.SIGTERM, 90);
    }

    @Test
    void zaloLosesAndRepeatsNothingAcrossASigkillAtARandomMoment() {
        runZalo(Stop.SIGKILL, 30 + new Random().nextInt(200));
    }

    @Test
    void ingestUnderHalfAGigabyteRefusesHostileFilesWithAReasonAndKeepsEveryGoodOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("hostile"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(folder.resolve("good.txt"), sample("000_47e75d3c86d27e21.txt"));
        Files.write(outside.resolve("linked.txt"), sample("001_8430b1541a21d71d.txt"));
        Files.createSymbolicLink(folder.resolve("link.txt"), outside.resolve("linked.txt"));
        Files.createSymbolicLink(folder.resolve("dangling.txt"), outside.resolve("gone.txt"));
        writeDocxWithOneHugeRun(folder.resolve("bomb.docx"), 150_000_000);
        writeText(folder.resolve("big.txt"), "Hội nghị tổng kết công tác ngoại giao năm 2023 đã diễn ra tại Hà Nội.\n",
                40_000_000);
        writeText(folder.resolve("runaway.txt"), "HỘI NGHỊ KHÔNG DẤU CHẤM\n\n", 0);
        Files.writeString(folder.resolve("runaway.txt"), "chữ ".repeat(250_000) + "\n", StandardOpenOption.APPEND);
        Files.writeString(folder.resolve("bad\nname.docx"), "not a zip");
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.txt").toString()).start();
        boolean fifo = mkfifo.waitFor() == 0;

        long start = System.nanoTime();
        BotProcess.Finished ingest = BotProcess.run(dir, 300, "ingest", "--index", dir.resolve("hostile-index").toString(),
                folder.toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String out = ingest.output();

        boolean clean = ingest.exitCode() == 1 && !out.contains("OutOfMemoryError") && !out.contains("Exception")
                && out.contains("3 reports");
        TABLE.put("hostile", String.format("%-42s %7s %9s %6s %6s %s", "ingest, 6 hostile + 3 good files, 512 MB",
                "-", seconds + " s", "-", "-", clean ? "clean" : "NOT CLEAN"));
        assertThat(out).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(ingest.exitCode()).as(out).isEqualTo(1);
        assertThat(out).contains("bomb.docx: too large: its text expands beyond 64 MB").contains("big.txt: too large")
                .contains("dangling.txt: not a regular file").contains("bad\\nname.docx: corrupt DOCX");
        if (fifo) {
            assertThat(out).contains("pipe.txt: not a regular file");
        }
        assertThat(out).as("good, linked and runaway ingested").contains("3 reports");
        BotProcess.Finished asked = BotProcess.run(dir, 60, "ask", "--index", dir.resolve("hostile-index").toString(),
                "--json", "chữ chữ chữ");
        assertThat(asked.exitCode()).isZero();
        assertThat(asked.output().length()).as("a runaway paragraph is quoted in passages of a bounded length")
                .isLessThan(20_000);
    }

    @Test
    void aBacklogOfAThousandQuestionsFromAHundredChatsIsAnsweredInFull() {
        Load paced = load(vn.baocao.channel.Limits.TELEGRAM);
        Load unpaced = load(vn.baocao.channel.Limits.NONE);
        TABLE.put("load paced", String.format("%-42s %7d %9s %6s %6s %.1f messages/s", "load, 100 chats x 10, Telegram's limits",
                paced.replies(), paced.seconds() + " s", "-", "-", paced.perSecond()));
        TABLE.put("load unpaced", String.format("%-42s %7d %9s %6s %6s p95 %d ms (the bot itself)",
                "load, 100 chats x 10, no limits", unpaced.replies(), unpaced.seconds() + " s", "-", "-", unpaced.p95Millis()));
        // a measurement, printed in the table: the limits themselves are checked exactly, in virtual time, by
        // OutgoingLimitsTest and TelegramPacingTest
        assertThat(paced.replies()).isEqualTo(1000);
        assertThat(unpaced.replies()).isEqualTo(1000);
    }

    /** What a load run measured: replies, how long they took, and update-to-reply latency. */
    private record Load(int replies, long seconds, double perSecond, long p95Millis) {
    }

    /** 100 chats each sending 10 questions at once to a bot over the samples keeping to {@code limits}. */
    private static Load load(vn.baocao.channel.Limits limits) {
        vn.baocao.index.ReportIndex index = vn.baocao.testing.SharedIndex.get();
        try (FakeBotApi api = FakeBotApi.start()) {
            var settings = vn.baocao.config.TelegramSettings.from(vn.baocao.config.SettingValues.of(Map.of(
                    "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.baseUrl().toString())), dir);
            var tuning = vn.baocao.channel.Tuning.PRODUCTION.withLimits(limits).withPollTimeout(Duration.ofSeconds(1));
            var journal = vn.baocao.channel.Journals.fresh();
            try (var bot = vn.baocao.channel.telegram.TelegramBot.start(settings, vn.baocao.channel.Chats.extractive(index),
                    vn.baocao.channel.Chats.library(index), vn.baocao.channel.telegram.NoUploads.INSTANCE, tuning,
                    null, journal)) {
                Map<Long, Instant> pushed = new java.util.concurrent.ConcurrentHashMap<>();
                Instant start = Instant.now();
                for (int round = 0; round < 10; round++) {
                    for (long chat = 1; chat <= CHATS; chat++) {
                        String question = vn.baocao.channel.Throughput.QUESTIONS.get((int) ((chat + round)
                                % vn.baocao.channel.Throughput.QUESTIONS.size()));
                        pushed.putIfAbsent(chat * 100 + round, Instant.now());
                        api.push(api.text(chat, chat, question));
                    }
                }
                List<FakeBotApi.Call> replies = api.awaitCalls("sendMessage", c -> true, 1000, Duration.ofSeconds(90));
                Instant end = replies.get(999).at();
                double seconds = Duration.between(start, end).toMillis() / 1000.0;
                // the sustained rate: from the first reply to the last, once answering has started
                double sustained = 999 / (Duration.between(replies.get(0).at(), end).toMillis() / 1000.0);
                Map<Long, Integer> nth = new java.util.HashMap<>();
                List<Long> latencies = new ArrayList<>();
                for (FakeBotApi.Call reply : replies.subList(0, 1000)) {
                    int round = nth.merge(reply.chatId(), 1, Integer::sum) - 1;
                    Instant asked = pushed.get(reply.chatId() * 100 + Math.min(round, 9));
                    latencies.add(Duration.between(asked, reply.at()).toMillis());
                }
                latencies.sort(null);
                return new Load(1000, Math.round(seconds), sustained, latencies.get(949));
            } finally {
                journal.close();
            }
        }
    }

    /** A Word file whose document holds one run of {@code chars} letters: a few hundred kilobytes zipped. */
    private static void writeDocxWithOneHugeRun(Path file, int chars) throws IOException {
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = "a".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < chars; written += block.length) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** {@code line} repeated until the file has {@code bytes} bytes (once when 0). */
    private static void writeText(Path file, String line, long bytes) throws IOException {
        byte[] data = line.getBytes(StandardCharsets.UTF_8);
        try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
            long written = 0;
            do {
                out.write(data);
                written += data.length;
            } while (written < bytes);
        }
    }

    private static byte[] sample(String name) throws IOException {
        try (var in = FaultInjectionTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    private void runTelegram(Stop stop, int after) {
        String name = "telegram, " + stop + " after " + after + " replies";
        Path data = dir.resolve("telegram-" + stop);
        try (FakeBotApi api = FakeBotApi.start()) {
            telegramBacklog(api).forEach(api::push);
            Map<String, String> env = telegramEnv(api);
            BotProcess first = BotProcess.start("telegram", index(), data, env, "first");
            api.awaitCalls("sendMessage", c -> true, after);
            stop(first, stop);
            int byFirst = api.calls("sendMessage").size();
            BotProcess second = BotProcess.start("telegram", index(), data, env, "second");
            try {
                if (byFirst < CHATS * COMMANDS.size()) {
                    // the second process starting (a JVM, the index, the catalogs) is no quiet: it owes replies
                    api.awaitCalls("sendMessage", c -> true, byFirst + 1);
                }
                awaitAllOrQuiet(() -> api.calls("sendMessage").size(), CHATS * COMMANDS.size());
                settle();
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage().substring(0, 200) + "…\nfirst process:\n" + tail(first.log())
                        + "\nsecond process:\n" + tail(second.log()), e);
            } finally {
                second.terminate();
            }
            Map<String, List<String>> perChat = telegramReplies(api.calls("sendMessage"));
            check(name, perChat, Integer.toString(byFirst), first.log() + second.log());
        }
    }

    private void runZalo(Stop stop, int after) {
        String name = "zalo, " + stop + " after " + after + " replies";
        Path data = dir.resolve("zalo-" + stop);
        try (FakeZaloApi api = FakeZaloApi.start()) {
            zaloBacklog(api).forEach(api::push);
            Map<String, String> env = zaloEnv(api);
            BotProcess first = BotProcess.start("zalo", index(), data, env, "first");
            api.awaitCalls("sendMessage", c -> true, after);
            stop(first, stop);
            int byFirst = api.calls("sendMessage").size();
            int handedOver = stop == Stop.SIGKILL ? api.lastTaken() : 0;
            BotProcess second = BotProcess.start("zalo", index(), data, env, "second");
            try {
                api.awaitAllTaken();
                api.awaitCalls("sendMessage", c -> true, byFirst + 1);
                settle();
                awaitQuiet(() -> api.calls("sendMessage").size());
            } finally {
                second.terminate();
            }
            Map<String, List<String>> perChat = zaloReplies(api.calls("sendMessage"));
            check(name, perChat, Integer.toString(byFirst), first.log() + second.log(), handedOver);
        }
    }

    /**
     * Checks that every chat got the same replies in the same order — the one sequence most chats got,
     * which a clean run gives every chat — and records the experiment's row. Two replies may be lost at a
     * kill without a fault, and are counted apart: one whose request was being written when the first
     * process was killed, which the second takes as delivered and names in its log (neither messenger can
     * tell whether it arrived, and sending it again could send it twice); and the reply to {@code handedOver},
     * the update a messenger without acknowledgement (Zalo's getUpdates) handed the first process last, which
     * it may not have journaled before it died. Any other reply missing, repeated or out of order fails.
     */
    private static void check(String name, Map<String, List<String>> perChat, String byFirst, String logs) {
        check(name, perChat, byFirst, logs, 0);
    }

    /** As {@link #check(String, Map, String, String)}, the backlog's update {@code handedOver} (from 1) handed over last before the kill. */
    private static void check(String name, Map<String, List<String>> perChat, String byFirst, String logs, int handedOver) {
        List<String> expected = perChat.values().stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        java.util.Set<Integer> inFlight = IN_FLIGHT.matcher(logs).results()
                .map(m -> Integer.parseInt(m.group(1), m.group(2).equals("zalo") ? 16 : 10))
                .collect(Collectors.toCollection(java.util.HashSet::new));
        inFlight.add(handedOver);
        int replies = perChat.values().stream().mapToInt(List::size).sum();
        int lost = 0;
        int lostInFlight = 0;
        int twice = 0;
        List<String> wrong = new ArrayList<>();
        for (int chat = 1; chat <= CHATS; chat++) {
            List<String> got = perChat.getOrDefault(chatKey(perChat.keySet(), chat), List.of());
            List<String> withoutInFlight = new ArrayList<>(expected);
            for (int command = COMMANDS.size() - 1; command >= 0; command--) {
                if (inFlight.contains(command * CHATS + chat)) {
                    withoutInFlight.remove(command);
                }
            }
            if (!got.equals(expected) && got.equals(withoutInFlight)) {
                lostInFlight += expected.size() - got.size();
            } else if (!got.equals(expected)) {
                wrong.add(chatKey(perChat.keySet(), chat) + "=" + got.size());
                lost += Math.max(0, expected.size() - got.size());
                twice += Math.max(0, got.size() - expected.size());
            }
        }
        String outcome = wrong.isEmpty() ? "clean" : "NOT CLEAN";
        TABLE.put(name, String.format("%-42s %7d %9s %6d %6d %s", name, replies, byFirst, lost, twice,
                lostInFlight == 0 ? outcome : outcome + ", " + lostInFlight + " lost in flight at the kill"));
        assertThat(expected).as("the replies one chat gets").hasSize(COMMANDS.size());
        assertThat(wrong).as("chats whose replies were lost, repeated or out of order; logs:\n%s",
                logs.length() > 20_000 ? logs.substring(logs.length() - 20_000) : logs).isEmpty();
    }

    private static String tail(String log) {
        return log.length() > 8_000 ? log.substring(log.length() - 8_000) : log;
    }

    private static String chatKey(Collection<String> keys, int chat) {
        return keys.contains(Integer.toString(chat)) ? Integer.toString(chat) : "c" + chat;
    }

    private static void stop(BotProcess process, Stop how) {
        if (how == Stop.SIGTERM) {
            process.terminate();
        } else {
            process.kill();
        }
    }

    /** Leaves time for a reply sent twice to arrive. */
    private static void settle() {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code count} stops growing for two seconds (at most 60 s). */
    private static void awaitQuiet(IntSupplier count) {
        awaitAllOrQuiet(count, Integer.MAX_VALUE);
    }

    /**
     * Waits until {@code count} reaches {@code all}, or stops growing for {@link #QUIET_CHECKS} checks two
     * seconds apart (at most 60 s): a bot answering a backlog on a loaded machine may pause two seconds.
     */
    private static void awaitAllOrQuiet(IntSupplier count, int all) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        int last = -1;
        int unchanged = 0;
        while (System.nanoTime() < deadline) {
            int now = count.getAsInt();
            unchanged = now == last ? unchanged + 1 : 0;
            if (unchanged == QUIET_CHECKS || now >= all) {
                return;
            }
            last = now;
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The index every bot process opens: built from the samples by the first process that finds it empty. */
    private static Path index() {
        return dir.resolve("index");
    }

    /** The backlog every experiment queues: each chat sends the three commands, in order (update ids from 1). */
    private static List<ObjectNode> telegramBacklog(FakeBotApi api) {
        List<ObjectNode> updates = new ArrayList<>();
        long id = 1;
        for (String command : COMMANDS) {
            for (long chat = 1; chat <= CHATS; chat++) {
                updates.add(api.text(chat, chat, command).put("update_id", id++));
            }
        }
        return updates;
    }

    /** The same backlog from Zalo chats "c1"…"c100". */
    private static List<ObjectNode> zaloBacklog(FakeZaloApi api) {
        List<ObjectNode> updates = new ArrayList<>();
        for (String command : COMMANDS) {
            for (int chat = 1; chat <= CHATS; chat++) {
                updates.add(api.text("c" + chat, "u" + chat, command));
            }
        }
        return updates;
    }

    private static Map<String, String> telegramEnv(FakeBotApi api) {
        return Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.baseUrl().toString());
    }

    private static Map<String, String> zaloEnv(FakeZaloApi api) {
        return Map.of("ZALO_BOT_TOKEN", FakeZaloApi.TOKEN, "ZALO_API_URL", api.baseUrl().toString());
    }

    /** The texts each Telegram chat was sent, by chat id, in order. */
    private static Map<String, List<String>> telegramReplies(List<FakeBotApi.Call> sent) {
        return sent.stream().collect(Collectors.groupingBy(c -> Long.toString(c.chatId()), LinkedHashMap::new,
                Collectors.mapping(FakeBotApi.Call::text, Collectors.toList())));
    }

    /** The texts each Zalo chat was sent, by chat id, in order. */
    private static Map<String, List<String>> zaloReplies(List<FakeZaloApi.Call> sent) {
        return sent.stream().collect(Collectors.groupingBy(FakeZaloApi.Call::chatId, LinkedHashMap::new,
                Collectors.mapping(FakeZaloApi.Call::text, Collectors.toList())));
    }

    /** The secret of the last setWebhook call among {@code registrations}, or null before the first. */
    private static String lastSecret(List<com.fasterxml.jackson.databind.JsonNode> registrations) {
        return registrations.isEmpty() ? null : registrations.getLast().path("secret_token").asText();
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @AfterAll
    static void printTable() {
        System.out.printf("%nFault injection (bot processes on loopback, %d chats x %d messages)%n", CHATS, COMMANDS.size());
        System.out.printf("%-42s %7s %9s %6s %6s %s%n", "experiment", "replies", "by first", "lost", "twice", "");
        TABLE.values().forEach(System.out::println);
    }
}
