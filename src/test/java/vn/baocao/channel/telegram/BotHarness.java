package vn.baocao.channel.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.channel.Chats;
import vn.baocao.channel.DocumentIntake;
import vn.baocao.channel.ManualTime;
import vn.baocao.channel.Tuning;
import vn.baocao.chat.ChatService;
import vn.baocao.config.SettingValues;
import vn.baocao.config.TelegramSettings;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.Retriever;
import vn.baocao.store.ConversationStore;
import vn.baocao.store.DeliveryJournal;

/**
 * A bot under test: the fake Bot API server, and a {@link TelegramBot} started against it with real
 * answers over an index, virtual pacing time and one-second long polls.
 */
final class BotHarness implements AutoCloseable {
    final ManualTime time = new ManualTime();
    final FakeBotApi api = FakeBotApi.start(time::now);
    private final ReportIndex index;
    private final DocumentIntake intake;
    private final Map<String, String> settings;
    private final UnaryOperator<Tuning> tune;
    private ChatService chat;
    private Answerer answerer;
    private TelegramBot bot;
    /** The conversation store a bot process keeps its sessions in, or null for sessions in memory. */
    private Path storeFile;
    private ConversationStore store;
    /** The delivery journal a bot process keeps, on a file that outlives the process as the real one does. */
    final Path journalFile = vn.baocao.channel.Journals.newFile();
    private DeliveryJournal journal;

    private BotHarness(ReportIndex index, DocumentIntake intake, Map<String, String> settings, UnaryOperator<Tuning> tune) {
        this.index = index;
        this.intake = intake;
        this.settings = settings;
        this.tune = tune;
    }

    /** A bot over {@code index} with {@code settings} (besides the token and URL) and tuning changed by {@code tune}. */
    static BotHarness start(ReportIndex index, DocumentIntake intake, Map<String, String> settings,
                            UnaryOperator<Tuning> tune) {
        BotHarness harness = new BotHarness(index, intake, settings, tune);
        harness.answerer = new ExtractiveAnswerer(new Retriever(index));
        harness.chat = Chats.over(harness.answerer, index);
        harness.startBot();
        return harness;
    }

    /** A bot over {@code index}, open to everyone, with default test tuning. */
    static BotHarness start(ReportIndex index) {
        return start(index, NoUploads.INSTANCE, Map.of(), t -> t);
    }

    /** Where the bot reaches the Bot API: the fake server, unless a test puts something in between. */
    private java.net.URI apiUrl;

    /** A bot answering with {@code answerer}, reaching the fake server through {@code route} (a proxy in front of it). */
    static BotHarness withAnswererThrough(ReportIndex index, Answerer answerer, UnaryOperator<Tuning> tune,
                                          java.util.function.Function<java.net.URI, java.net.URI> route) {
        BotHarness harness = new BotHarness(index, NoUploads.INSTANCE, Map.of(), tune);
        harness.apiUrl = route.apply(harness.api.baseUrl());
        harness.answerer = answerer;
        harness.chat = Chats.over(answerer, index);
        harness.startBot();
        return harness;
    }

    /** A bot answering with {@code answerer}, with the test tuning changed by {@code tune}. */
    static BotHarness withAnswerer(ReportIndex index, Answerer answerer, UnaryOperator<Tuning> tune) {
        return withAnswererThrough(index, answerer, tune, url -> url);
    }

    /** A bot answering with {@code answerer} instead. */
    static BotHarness withAnswerer(ReportIndex index, Answerer answerer) {
        return withAnswerer(index, answerer, t -> t);
    }


    /** A bot over {@code index} keeping its conversations in the store at {@code storeFile}, as the application does. */
    static BotHarness withStore(ReportIndex index, Path storeFile) {
        BotHarness harness = new BotHarness(index, NoUploads.INSTANCE, Map.of(), t -> t);
        harness.answerer = new ExtractiveAnswerer(new Retriever(index));
        harness.storeFile = storeFile;
        harness.openStore();
        harness.startBot();
        return harness;
    }

    private void openStore() {
        store = ConversationStore.open(storeFile, 10_000, Duration.ofHours(24), java.time.Clock.systemUTC());
        chat = Chats.stored(answerer, index, store);
    }

    TelegramBot bot() {
        return bot;
    }

    /** The journal of the bot process running now. */
    DeliveryJournal journal() {
        return journal;
    }

    /** Stops the bot and starts a new one — new process state, new sessions — against the same server. */
    void restart() {
        bot.close();
        journal.close();
        if (storeFile != null) {
            store.close(); // the process ends: all it had open is closed, only the file is left
            openStore();
        } else {
            chat = Chats.over(answerer, index); // answerers keep nothing between questions: the sessions are what restarts
        }
        startBot();
    }

    /** Stops the bot, letting the updates it was handed finish. */
    void stopBot() {
        bot.close();
    }

    private void startBot() {
        Map<String, String> values = new HashMap<>(settings);
        values.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        values.put("TELEGRAM_API_URL", (apiUrl == null ? api.baseUrl() : apiUrl).toString());
        TelegramSettings telegram = TelegramSettings.from(SettingValues.of(values), Path.of("target"));
        Tuning tuning = tune.apply(Tuning.PRODUCTION.withPollTimeout(Duration.ofSeconds(1)).withWorkers(4).withTime(time));
        journal = vn.baocao.channel.Journals.open(journalFile);
        bot = TelegramBot.start(telegram, chat, Chats.library(index), intake, tuning, null, journal);
    }

    @Override
    public void close() {
        bot.close();
        journal.close();
        api.close();
        if (store != null) {
            store.close();
        }
    }
}
