package vn.baocao.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.channel.BotException;
import vn.baocao.channel.ChatLanes;
import vn.baocao.channel.Delivery;
import vn.baocao.channel.Inbox;
import vn.baocao.channel.Gate;
import vn.baocao.channel.Library;
import vn.baocao.channel.Tuning;
import vn.baocao.channel.WebhookOptions;
import vn.baocao.channel.WebhookServer;
import vn.baocao.chat.ChatService;
import vn.baocao.config.ZaloSettings;
import vn.baocao.store.DeliveryJournal;

/**
 * The running Zalo bot. {@link #start} checks the token ({@code getMe}), then receives updates by long
 * polling — or, with {@link WebhookOptions}, on its own webhook, registered with a fresh secret that every
 * request must carry — and answers each chat in order, several chats at once. {@link #close} stops
 * receiving, lets replies under way finish for a moment, and leaves no thread behind that would keep the
 * process alive. The same conversation as the console's and Telegram's, through the same {@link ChatService}.
 */
public final class ZaloBot implements AutoCloseable {
    /** Zalo's long polls last 30 s by default; otherwise the production tuning (Zalo publishes no rate limits). */
    public static final Tuning PRODUCTION = Tuning.PRODUCTION.withPollTimeout(Duration.ofSeconds(30));
    /** The header Zalo sends the webhook secret in. */
    static final String SECRET_HEADER = "X-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(ZaloBot.class);
    private static final int FORBIDDEN = 403;
    /** The bot's channel in the delivery journal. */
    static final String CHANNEL = "zalo";

    private final String name;
    private final ZaloApi api;
    private final AtomicBoolean closed = new AtomicBoolean();
    private Inbox inbox;
    private Poller poller;
    private WebhookServer webhook;

    private ZaloBot(String name, ZaloApi api) {
        this.name = name;
        this.api = api;
    }

    /**
     * Starts the bot.
     *
     * @param webhook null for long polling
     * @throws BotException when the token is refused or the Bot API server cannot be reached
     */
    public static ZaloBot start(ZaloSettings settings, ChatService chat, Library library, Tuning tuning,
                                WebhookOptions webhook, DeliveryJournal journal) {
        ZaloApi api = new ZaloApi(settings.apiUrl(), settings.token());
        String name;
        try {
            name = whoAmI(api, settings);
        } catch (BotException e) {
            api.close();
            throw e;
        }
        ZaloBot bot = new ZaloBot(name, api);
        ZaloHandler handler = new ZaloHandler(chat, chat.usage(), library,
                new Gate(settings.allowedChats(), settings.admins()), new ZaloSender(api, tuning));
        ObjectMapper json = new ObjectMapper();
        bot.inbox = new Inbox(CHANNEL, journal,
                new ChatLanes("zalo-chat", tuning.workers(), tuning.pendingPerChat(), tuning.shutdownGrace()),
                new Inbox.Handler() {
                    @Override
                    public void handle(DeliveryJournal.Update update, Delivery delivery) {
                        handler.handle(parse(json, update), delivery);
                    }

                    @Override
                    public void overflow(DeliveryJournal.Update update) {
                        handler.overflow(parse(json, update));
                    }
                }, tuning.retryOwed());
        try {
            bot.inbox.resume();
            if (webhook == null) {
                bot.poll(tuning);
            } else {
                bot.serveWebhook(webhook, json);
            }
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
        LOG.info("Zalo bot {} is running ({}); {}", name, webhook == null ? "long polling" : "webhook "
                + webhook.publicUrl(), settings.allowedChats().isEmpty() ? "open to every chat"
                : settings.allowedChats().size() + " chats allowed");
        return bot;
    }

    /** The bot's account name, as getMe gives it. */
    public String name() {
        return name;
    }

    /** Where the webhook server listens, or null when polling. */
    public InetSocketAddress webhookAddress() {
        return webhook == null ? null : webhook.address();
    }

    private void poll(Tuning tuning) {
        try {
            // getUpdates does not work while a webhook is set (a previous run in webhook mode may have left one).
            api.call("deleteWebhook", api.params());
        } catch (ZaloApiException | IOException e) {
            LOG.warn("deleteWebhook failed, polling anyway: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotException("interrupted while starting", e);
        }
        poller = new Poller(api, tuning.pollTimeout(), tuning.retryBase(), tuning.time(), u -> inbox.receive(List.of(journaled(u))));
        poller.start();
    }

    private void serveWebhook(WebhookOptions options, ObjectMapper json) {
        String secret = WebhookServer.randomSecret();
        webhook = WebhookServer.start(options.listen(), "zalo-webhook",
                new WebhookServer.Check(options.path(), SECRET_HEADER, secret, FORBIDDEN),
                body -> inbox.receive(List.of(journaled(json.readTree(body)))));
        try {
            api.call("setWebhook", api.params().put("url", options.publicUrl().toString()).put("secret_token", secret));
        } catch (ZaloApiException | IOException e) {
            throw new BotException("Zalo refused the webhook " + options.publicUrl() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotException("interrupted while registering the webhook", e);
        }
    }

    /**
     * The update in {@code node} as the journal keeps it: by its message id (a hash of its body when it has
     * none), in its chat's lane, or in {@link Inbox#NO_LANE} when it is not a message the bot answers or
     * cannot be read.
     */
    static DeliveryJournal.Update journaled(JsonNode node) {
        String body = node.toString();
        JsonNode update = node.path("result").isObject() ? node.get("result") : node;
        JsonNode messageId = update.path("message").path("message_id");
        String id = messageId.isValueNode() && !messageId.asText().isBlank() ? messageId.asText().strip()
                : "sha256:" + sha256(body);
        String lane;
        try {
            ZaloUpdate parsed = ZaloUpdate.parse(node);
            lane = parsed.kind() == ZaloUpdate.Kind.OTHER ? Inbox.NO_LANE : "chat " + parsed.chatId();
            if (parsed.kind() == ZaloUpdate.Kind.OTHER) {
                LOG.debug("event '{}' ignored", parsed.eventName());
            }
        } catch (IllegalArgumentException e) {
            LOG.warn("update {}: cannot be read, skipped: {}", id, e.getMessage());
            lane = Inbox.NO_LANE;
        }
        return new DeliveryJournal.Update(CHANNEL, id, lane, body);
    }

    private static ZaloUpdate parse(ObjectMapper json, DeliveryJournal.Update kept) {
        try {
            return ZaloUpdate.parse(json.readTree(kept.body()));
        } catch (IOException e) {
            throw new IllegalStateException("update " + kept.id() + " was kept but cannot be read: " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The bot's account name; fails when Zalo refuses the token or cannot be reached. */
    private static String whoAmI(ZaloApi api, ZaloSettings settings) {
        try {
            JsonNode me = api.call("getMe", api.params());
            return me.path("account_name").asText(me.path("id").asText("?"));
        } catch (ZaloApiException e) {
            if (e.code() == 401 || e.code() == FORBIDDEN || e.code() == 404) {
                throw new BotException("Zalo refused ZALO_BOT_TOKEN (" + e.getMessage() + "): check it in Zalo Bot "
                        + "Creator", e);
            }
            throw new BotException("the Zalo Bot API at " + settings.apiUrl() + " answered getMe with an error: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new BotException("cannot reach the Zalo Bot API at " + settings.apiUrl() + " (ZALO_API_URL): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotException("interrupted while checking the token", e);
        }
    }

    /**
     * Stops receiving updates, gives the replies under way the tuning's grace period, and shuts every thread
     * the bot started. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (poller != null) {
            poller.close();
        }
        if (webhook != null) {
            webhook.close();
        }
        if (inbox != null) {
            inbox.close();
        }
        api.close();
        LOG.info("Zalo bot {} stopped", name);
    }
}
