package vn.baocao.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import vn.baocao.channel.BotException;
import vn.baocao.channel.ChatLanes;
import vn.baocao.channel.Delivery;
import vn.baocao.channel.DocumentIntake;
import vn.baocao.channel.Inbox;
import vn.baocao.channel.Daemons;
import vn.baocao.channel.Gate;
import vn.baocao.channel.Library;
import vn.baocao.channel.Redactor;
import vn.baocao.channel.Tuning;
import vn.baocao.channel.WebhookOptions;
import vn.baocao.channel.WebhookServer;
import vn.baocao.chat.ChatService;
import vn.baocao.config.TelegramSettings;
import vn.baocao.store.DeliveryJournal;

/**
 * The running Telegram bot. {@link #start} checks the token ({@code getMe}), registers the command menu,
 * then receives updates by long polling — or, with {@link WebhookOptions}, on its own verified webhook
 * — records each in the delivery journal before Telegram is told it arrived, and answers each chat in
 * order, many chats at once; what a previous run left owed is answered first. {@link #close} stops
 * receiving, lets replies under way finish within the grace period (what is left stays owed), and leaves
 * no thread behind that would keep the process alive.
 *
 * <p>Every URL the client builds comes from {@code TELEGRAM_API_URL} through {@link TelegramUrl}, so the
 * whole bot runs against a local server.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    /** Only these updates are asked for; Telegram does not send the others. */
    static final List<String> UPDATES = List.of("message", "edited_message", "callback_query");
    /** The longest a call that sends a message may take before it is given up. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    /** The header Telegram sends the webhook secret in. */
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final String username;
    private final ExecutorService httpThreads;
    private final OkHttpClient http;
    private final Inbox inbox;
    private final FileDownloads downloads;
    private final AtomicBoolean closed = new AtomicBoolean();
    private LongPolling polling;
    private WebhookServer webhook;

    private TelegramBot(String username, ExecutorService httpThreads, OkHttpClient http, Inbox inbox,
                        FileDownloads downloads) {
        this.username = username;
        this.httpThreads = httpThreads;
        this.http = http;
        this.inbox = inbox;
        this.downloads = downloads;
    }

    /**
     * Starts the bot.
     *
     * @param webhook null for long polling
     * @throws BotException when the token is refused or the Bot API server cannot be reached
     */
    public static TelegramBot start(TelegramSettings settings, ChatService chat, Library library, DocumentIntake intake,
                                    Tuning tuning, WebhookOptions webhook, DeliveryJournal journal) {
        ExecutorService httpThreads = Executors.newCachedThreadPool(Daemons.named("telegram-http"));
        OkHttpClient http = httpClient(httpThreads, tuning.pollTimeout());
        ObjectMapper json = new ObjectMapper();
        TelegramUrl url = telegramUrl(settings.apiUrl());
        Redactor redactor = new Redactor(settings.token());
        OkHttpTelegramClient client = new OkHttpTelegramClient(json, http, settings.token(), url);
        // Messages go through a client that never re-sends a request by itself — one whose answer was lost may
        // have arrived, and the Sender decides what is sent again — and never on a kept-alive connection: one
        // the server closed meanwhile (an HTTP/1.0 server closes each) fails as a call whose answer was lost
        // does, and the two could not be told apart. Each call is bounded, so a hung one holds up only its chat.
        OkHttpTelegramClient sending = new OkHttpTelegramClient(json, http.newBuilder().retryOnConnectionFailure(false)
                .connectionPool(new okhttp3.ConnectionPool(0, 1, java.util.concurrent.TimeUnit.SECONDS))
                .addNetworkInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Connection", "close").build()))
                .readTimeout(SEND_TIMEOUT).callTimeout(SEND_TIMEOUT).eventListenerFactory(new RequestWritten()).build(),
                settings.token(), url);
        User me;
        try {
            me = whoAmI(client, settings.apiUrl(), redactor);
        } catch (BotException e) {
            release(httpThreads, http);
            throw e;
        }
        Sender sender = new Sender(sending, tuning, redactor);
        FileDownloads downloads = new FileDownloads(client, settings.apiUrl(), settings.token());
        menu(client, settings, redactor);
        Gate gate = new Gate(ids(settings.allowedChats()), ids(settings.admins()));
        UpdateHandler handler = new UpdateHandler(chat, chat.usage(), library, gate,
                new Addressing(me.getUserName(), me.getId()), sender,
                new Uploads(intake, downloads, sender, settings.maxUploadBytes()));
        IncomingUpdates incoming = new IncomingUpdates(json);
        Inbox inbox = new Inbox(IncomingUpdates.CHANNEL, journal,
                new ChatLanes("telegram-chat", tuning.workers(), tuning.pendingPerChat(), tuning.shutdownGrace()),
                new Inbox.Handler() {
                    @Override
                    public void handle(DeliveryJournal.Update update, Delivery delivery) {
                        handler.handle(incoming.parse(update), delivery);
                    }

                    @Override
                    public void overflow(DeliveryJournal.Update update) {
                        handler.overflow(incoming.parse(update));
                    }
                }, tuning.retryOwed());
        TelegramBot bot = new TelegramBot(me.getUserName(), httpThreads, http, inbox, downloads);
        try {
            inbox.resume();
            if (webhook == null) {
                bot.poll(client, settings, json, tuning, redactor);
            } else {
                bot.serveWebhook(client, webhook, json, incoming, redactor);
            }
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
        LOG.info("Telegram bot @{} is running ({}); {}", me.getUserName(),
                webhook == null ? "long polling" : "webhook " + webhook.publicUrl(),
                settings.allowedChats().isEmpty() ? "open to every chat" : settings.allowedChats().size() + " chats allowed");
        return bot;
    }

    /** The bot's username, without "@". */
    public String username() {
        return username;
    }

    /** Where the webhook server listens, or null when polling. */
    public java.net.InetSocketAddress webhookAddress() {
        return webhook == null ? null : webhook.address();
    }

    private void poll(OkHttpTelegramClient client, TelegramSettings settings, ObjectMapper json, Tuning tuning,
                      Redactor redactor) {
        try {
            // getUpdates is refused while a webhook is set (a previous run in webhook mode may have left one).
            client.execute(new DeleteWebhook());
        } catch (TelegramApiException e) {
            LOG.warn("deleteWebhook failed, polling anyway: {}", redactor.describe(e));
        }
        String base = settings.apiUrl().toString().replaceAll("/+$", "");
        polling = new LongPolling(http, base + "/bot" + settings.token() + "/getUpdates", json, inbox, tuning, redactor);
        polling.start();
    }

    private void serveWebhook(OkHttpTelegramClient client, WebhookOptions options, ObjectMapper json,
                              IncomingUpdates incoming, Redactor redactor) {
        String secret = WebhookServer.randomSecret();
        webhook = WebhookServer.start(options.listen(), "telegram-webhook",
                new WebhookServer.Check(options.path(), SECRET_HEADER, secret, 401),
                body -> inbox.receive(incoming.read(json.readTree(body)).stream().toList()));
        try {
            client.execute(SetWebhook.builder().url(options.publicUrl().toString()).secretToken(secret)
                    .allowedUpdates(UPDATES).build());
        } catch (TelegramApiException e) {
            throw new BotException("Telegram refused the webhook " + options.publicUrl() + ": "
                    + redactor.describe(e), e);
        }
    }

    /**
     * Stops receiving updates, gives the replies under way the tuning's grace period, and shuts every
     * thread the bot started. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (polling != null) {
            polling.close();
        }
        if (webhook != null) {
            webhook.close();
        }
        inbox.close();
        downloads.close();
        release(httpThreads, http);
        LOG.info("Telegram bot @{} stopped", username);
    }

    private static void release(ExecutorService httpThreads, OkHttpClient http) {
        httpThreads.shutdownNow();
        http.connectionPool().evictAll();
    }

    private static User whoAmI(OkHttpTelegramClient client, URI apiUrl, Redactor redactor) {
        try {
            return client.execute(new GetMe());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 401 || code == 404)) {
                throw new BotException("Telegram refused TELEGRAM_BOT_TOKEN (" + code + " "
                        + redactor.redact(String.valueOf(e.getApiResponse())) + "): check it with @BotFather", e);
            }
            throw new BotException("the Bot API at " + apiUrl + " answered getMe with an error: "
                    + redactor.describe(e), e);
        } catch (TelegramApiException e) {
            throw new BotException("cannot reach the Bot API at " + apiUrl + " (TELEGRAM_API_URL): "
                    + redactor.describe(e), e);
        }
    }

    /** The command menu for everyone, and with statistics for each admin; a failure only costs the menu. */
    private static void menu(OkHttpTelegramClient client, TelegramSettings settings, Redactor redactor) {
        try {
            client.execute(SetMyCommands.builder().commands(BotTexts.MENU).build());
        } catch (TelegramApiException e) {
            LOG.warn("the command menu was not set: {}", redactor.describe(e));
        }
        for (long admin : settings.admins()) {
            try {
                client.execute(SetMyCommands.builder().commands(BotTexts.ADMIN_MENU)
                        .scope(BotCommandScopeChat.builder().chatId(admin).build()).build());
            } catch (TelegramApiException e) {
                // Telegram knows a private chat only once the admin has written to the bot.
                LOG.warn("admin {}: the admin menu was not set ({}); it is once they have started the bot", admin,
                        redactor.describe(e));
            }
        }
    }

    private static OkHttpClient httpClient(ExecutorService threads, Duration pollTimeout) {
        Dispatcher dispatcher = new Dispatcher(threads);
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        // A long poll holds its request for pollTimeout: the read timeout must be longer.
        return new OkHttpClient.Builder().dispatcher(dispatcher).connectTimeout(Duration.ofSeconds(15))
                .writeTimeout(Duration.ofSeconds(60)).readTimeout(pollTimeout.plusSeconds(15)).build();
    }

    private static TelegramUrl telegramUrl(URI api) {
        int port = api.getPort() >= 0 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }

    /** Telegram's ids as the {@link Gate} compares them. */
    private static Set<String> ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
