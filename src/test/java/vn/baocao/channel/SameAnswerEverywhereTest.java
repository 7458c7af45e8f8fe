package vn.baocao.channel;

import vn.baocao.testing.SharedIndex;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.channel.console.ConsoleChat;
import vn.baocao.channel.telegram.FakeBotApi;
import vn.baocao.channel.telegram.NoUploads;
import vn.baocao.channel.telegram.TelegramBot;
import vn.baocao.channel.telegram.TelegramHtml;
import vn.baocao.channel.zalo.FakeZaloApi;
import vn.baocao.channel.zalo.ZaloBot;
import vn.baocao.config.SettingValues;
import vn.baocao.config.TelegramSettings;
import vn.baocao.config.ZaloSettings;
import vn.baocao.index.ReportIndex;

/**
 * The console, Telegram and Zalo give the same answer to the same question: the same words and the same
 * numbered sources. Zalo's message is the console's output itself; Telegram shows the same answer in HTML
 * with each source's title and date (the file name is left to its "📄 n" button).
 */
class SameAnswerEverywhereTest {
    private static final String SOURCES = "\n\nNguồn:\n";
    private static final ReportIndex index = SharedIndex.get();

    private static FakeBotApi telegramApi;
    private static FakeZaloApi zaloApi;
    private static TelegramBot telegram;
    private static ZaloBot zalo;
    private static long nextChat = 1;

    @BeforeAll
    static void startBothBots() {
        telegramApi = FakeBotApi.start();
        zaloApi = FakeZaloApi.start();
        Tuning tuning = Tuning.PRODUCTION.withPollTimeout(Duration.ofSeconds(1)).withTime(new ManualTime());
        telegram = TelegramBot.start(TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TELEGRAM_API_URL", telegramApi.baseUrl().toString())), Path.of("target")), Chats.extractive(index),
                Chats.library(index), NoUploads.INSTANCE, tuning, null, vn.baocao.channel.Journals.fresh());
        zalo = ZaloBot.start(ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", FakeZaloApi.TOKEN,
                "ZALO_API_URL", zaloApi.baseUrl().toString()))), Chats.extractive(index), Chats.library(index), tuning,
                null, vn.baocao.channel.Journals.fresh());
    }

    @AfterAll
    static void stopBothBots() {
        telegram.close();
        zalo.close();
        telegramApi.close();
        zaloApi.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ai chủ trì hội nghị tổng kết năm 2022?", "viet nam trung cu hdba voi bao nhieu phieu",
            "Bộ trưởng Bùi Thanh Sơn đề nghị gì năm 2023?", "Giá vàng hôm nay bao nhiêu?"})
    void theConsoleTelegramAndZaloGiveTheSameAnswer(String question) {
        String console = console(question);
        String onZalo = onZalo(question);
        String onTelegram = onTelegram(question);

        assertThat(onZalo).isEqualTo(console);
        assertThat(answerOf(onTelegram)).isEqualTo(answerOf(console));
        List<String> consoleSources = sourcesOf(console);
        List<String> telegramSources = sourcesOf(onTelegram);
        assertThat(telegramSources).hasSameSizeAs(consoleSources);
        for (int i = 0; i < consoleSources.size(); i++) {
            assertThat(consoleSources.get(i)).as("source %d: number, title, date, then the file", i + 1)
                    .startsWith(telegramSources.get(i) + " – ");
        }
    }

    /** What the console prints for {@code question} in a fresh chat. */
    private static String console(String question) {
        StringWriter out = new StringWriter();
        new ConsoleChat(Chats.extractive(index)).run(new BufferedReader(new StringReader(question + "\n")),
                new PrintWriter(out, true), false);
        return out.toString().strip();
    }

    private static String onZalo(String question) {
        String chat = "z" + nextChat++;
        zaloApi.push(zaloApi.text(chat, chat, question));
        return zaloApi.awaitMessages(chat, 1).get(0).text();
    }

    private static String onTelegram(String question) {
        long chat = nextChat++;
        telegramApi.push(telegramApi.text(chat, chat, question));
        return TelegramHtml.plainText(telegramApi.awaitMessages(chat, 1).get(0).text());
    }

    /** The answer without its sources. */
    private static String answerOf(String reply) {
        int sources = reply.indexOf(SOURCES);
        return sources < 0 ? reply : reply.substring(0, sources);
    }

    /** The source lines "[n] …". */
    private static List<String> sourcesOf(String reply) {
        int sources = reply.indexOf(SOURCES);
        return sources < 0 ? List.of()
                : reply.substring(sources + SOURCES.length()).lines().filter(l -> l.startsWith("[")).toList();
    }
}
