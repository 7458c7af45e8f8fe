package vn.baocao.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.channel.BotException;
import vn.baocao.channel.ChatLanes;
import vn.baocao.channel.Gate;
import vn.baocao.channel.Library;
import vn.baocao.channel.Tuning;
import vn.baocao.channel.WebhookOptions;
import vn.baocao.channel.WebhookServer;
import vn.baocao.chat.ChatService;
import vn.baocao.config.ZaloSettings;

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

    private final String name;
    private final ZaloApi api;
    private final ChatLanes lanes;
    private final AtomicBoolean closed = new AtomicBoolean();
    private Poller poller;
    private WebhookServer webhook;

    private ZaloBot(String name, ZaloApi api, ChatLanes lanes) {
        this.name = name;
        this.api = api;
        this.lanes = lanes;
    }

    /**
     * Starts the bot.
     *
     * @param webhook null for long polling
     * @throws BotException when the token is refused or the Bot API server cannot be reached
     */
    public static ZaloBot start(ZaloSettings settings, ChatService chat, Library library, Tuning tuning,
                                WebhookOptions webhook) {
        ZaloApi api = new ZaloApi(settings.apiUrl(), settings.token());
        String name;
        try {
            name = whoAmI(api, settings);
        } catch (BotException e) {
            api.close();
            throw e;
        }
        ZaloBot bot = new ZaloBot(name, api, new ChatLanes("zalo-worker", tuning.workers(), tuning.pendingPerChat(),
                tuning.shutdownGrace()));
        ZaloHandler handler = new ZaloHandler(chat, chat.usage(), library,
                new Gate(settings.allowedChats(), settings.admins()), new ZaloSender(api, tuning));
        try {
            if (webhook == null) {
                bot.poll(tuning, handler);
            } else {
                bot.serveWebhook(webhook, handler);
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

    private void poll(Tuning tuning, ZaloHandler handler) {
        try {
            // getUpdates does not work while a webhook is set (a previous run in webhook mode may have left one).
            api.call("deleteWebhook", api.params());
        } catch (ZaloApiException | IOException e) {
            LOG.warn("deleteWebhook failed, polling anyway: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotException("interrupted while starting", e);
        }
        poller = new Poller(api, tuning.pollTimeout(), tuning.retryBase(), tuning.time(), u -> dispatch(u, handler));
        poller.start();
    }

    private void serveWebhook(WebhookOptions options, ZaloHandler handler) {
        String secret = WebhookServer.randomSecret();
        ObjectMapper json = new ObjectMapper();
        webhook = WebhookServer.start(options.listen(), "zalo-webhook",
                new WebhookServer.Check(options.path(), SECRET_HEADER, secret, FORBIDDEN),
                body -> dispatch(json.readTree(body), handler));
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
     * Hands {@code node}'s update to its chat's lane and returns at once, so updates keep coming while chats
     * are answered. Unknown events are ignored; an update that cannot be read is logged and dropped.
     */
    private void dispatch(JsonNode node, ZaloHandler handler) {
        ZaloUpdate update;
        try {
            update = ZaloUpdate.parse(node);
        } catch (IllegalArgumentException e) {
            LOG.warn("an update that cannot be read, ignored: {}", e.getMessage());
            return;
        }
        if (update.kind() == ZaloUpdate.Kind.OTHER) {
            LOG.debug("event '{}' ignored", update.eventName());
            return;
        }
        if (!lanes.submit("chat " + update.chatId(), () -> handler.handle(update))) {
            LOG.debug("chat {}: an update dropped", update.chatId());
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
        lanes.close();
        api.close();
        LOG.info("Zalo bot {} stopped", name);
    }
}
