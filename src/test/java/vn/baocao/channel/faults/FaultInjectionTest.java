package vn.baocao.channel.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private static final Map<String, String> TABLE = new LinkedHashMap<>();

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
    void zaloLosesAndRepeatsNothingAcrossASigterm() {
        runZalo(Stop.SIGTERM, 90);
    }

    @Test
    void zaloLosesAndRepeatsNothingAcrossASigkillAtARandomMoment() {
        runZalo(Stop.SIGKILL, 30 + new Random().nextInt(200));
    }

    private void runTelegram(Stop stop, int after) {
        String name = "telegram, " + stop + " after " + after + " replies";
        Path data = dir.resolve("telegram-" + stop);
        try (FakeBotApi api = FakeBotApi.start()) {
            for (String command : COMMANDS) {
                for (long chat = 1; chat <= CHATS; chat++) {
                    api.push(api.text(chat, chat, command));
                }
            }
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL",
                    api.baseUrl().toString());
            BotProcess first = BotProcess.start("telegram", index(), data, env, "first");
            api.awaitCalls("sendMessage", c -> true, after);
            stop(first, stop);
            int byFirst = api.calls("sendMessage").size();
            BotProcess second = BotProcess.start("telegram", index(), data, env, "second");
            try {
                api.awaitCalls("sendMessage", c -> true, CHATS * COMMANDS.size());
                settle();
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage().substring(0, 200) + "…\nfirst process:\n" + tail(first.log())
                        + "\nsecond process:\n" + tail(second.log()), e);
            } finally {
                second.terminate();
            }
            Map<String, List<String>> perChat = api.calls("sendMessage").stream().collect(Collectors.groupingBy(
                    c -> Long.toString(c.chatId()), LinkedHashMap::new, Collectors.mapping(FakeBotApi.Call::text,
                            Collectors.toList())));
            check(name, perChat, byFirst, first.log() + second.log());
        }
    }

    private void runZalo(Stop stop, int after) {
        String name = "zalo, " + stop + " after " + after + " replies";
        Path data = dir.resolve("zalo-" + stop);
        try (FakeZaloApi api = FakeZaloApi.start()) {
            for (String command : COMMANDS) {
                for (int chat = 1; chat <= CHATS; chat++) {
                    api.push(api.text("c" + chat, "u" + chat, command));
                }
            }
            Map<String, String> env = Map.of("ZALO_BOT_TOKEN", FakeZaloApi.TOKEN, "ZALO_API_URL", api.baseUrl().toString());
            BotProcess first = BotProcess.start("zalo", index(), data, env, "first");
            api.awaitCalls("sendMessage", c -> true, after);
            stop(first, stop);
            int byFirst = api.calls("sendMessage").size();
            BotProcess second = BotProcess.start("zalo", index(), data, env, "second");
            try {
                api.awaitAllTaken();
                api.awaitCalls("sendMessage", c -> true, byFirst + 1);
                settle();
                awaitQuiet(() -> api.calls("sendMessage").size());
            } finally {
                second.terminate();
            }
            Map<String, List<String>> perChat = api.calls("sendMessage").stream().collect(Collectors.groupingBy(
                    FakeZaloApi.Call::chatId, LinkedHashMap::new, Collectors.mapping(FakeZaloApi.Call::text,
                            Collectors.toList())));
            check(name, perChat, byFirst, first.log() + second.log());
        }
    }

    /**
     * Checks that every chat got the same replies in the same order — the one sequence most chats got,
     * which a clean run gives every chat — and records the experiment's row.
     */
    private static void check(String name, Map<String, List<String>> perChat, int byFirst, String logs) {
        List<String> expected = perChat.values().stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int replies = perChat.values().stream().mapToInt(List::size).sum();
        int lost = 0;
        int twice = 0;
        List<String> wrong = new ArrayList<>();
        for (int chat = 1; chat <= CHATS; chat++) {
            List<String> got = perChat.getOrDefault(chatKey(perChat.keySet(), chat), List.of());
            if (!got.equals(expected)) {
                wrong.add(chatKey(perChat.keySet(), chat) + "=" + got.size());
                lost += Math.max(0, expected.size() - got.size());
                twice += Math.max(0, got.size() - expected.size());
            }
        }
        TABLE.put(name, String.format("%-42s %7d %9d %6d %6d %s", name, replies, byFirst, lost, twice,
                wrong.isEmpty() ? "clean" : "NOT CLEAN"));
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
    private static void awaitQuiet(java.util.function.IntSupplier count) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        int last = -1;
        while (System.nanoTime() < deadline) {
            int now = count.getAsInt();
            if (now == last) {
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

    @AfterAll
    static void printTable() {
        System.out.printf("%nFault injection (bot processes on loopback, %d chats x %d messages)%n", CHATS, COMMANDS.size());
        System.out.printf("%-42s %7s %9s %6s %6s %s%n", "experiment", "replies", "by first", "lost", "twice", "");
        TABLE.values().forEach(System.out::println);
    }
}
