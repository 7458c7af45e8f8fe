package vn.baocao.channel.zalo;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.channel.OutgoingLimits;
import vn.baocao.channel.Tuning;

/**
 * Everything the Zalo bot sends goes through here. Messages are paced by the {@link OutgoingLimits}; a
 * network error, a 429 or a 5xx is retried with doubling waits (Zalo gives no {@code retry_after}), and a
 * refusal (400, 403: bad request, bot blocked) is logged and given up, never retried. No method throws: a
 * reply that cannot be delivered is logged with its chat id and dropped, and the bot goes on. "Typing…" is
 * not paced (it is not a message) and tried once: a late one is worth nothing.
 */
final class ZaloSender {
    private static final Logger LOG = LoggerFactory.getLogger(ZaloSender.class);

    private final ZaloApi api;
    private final OutgoingLimits limits;
    private final Tuning tuning;

    ZaloSender(ZaloApi api, Tuning tuning) {
        this.api = api;
        this.limits = new OutgoingLimits(tuning.limits(), tuning.time());
        this.tuning = tuning;
    }

    /** Sends {@code pieces} to {@code chatId} in order; false when one could not be delivered (the rest are not sent). */
    boolean send(String chatId, boolean group, List<String> pieces) {
        for (String piece : pieces) {
            if (!sendOne(chatId, group, piece)) {
                return false;
            }
        }
        return true;
    }

    /** Shows "typing…" in {@code chatId}; best effort. */
    void typing(String chatId) {
        try {
            api.call("sendChatAction", api.params().put("chat_id", chatId).put("action", "typing"));
        } catch (ZaloApiException | IOException e) {
            LOG.debug("chat {}: no typing action: {}", chatId, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean sendOne(String chatId, boolean group, String text) {
        Duration backoff = tuning.retryBase();
        try {
            for (int attempt = 1; attempt <= tuning.attempts(); attempt++) {
                limits.acquire(chatId, group);
                try {
                    api.call("sendMessage", api.params().put("chat_id", chatId).put("text", text));
                    return true;
                } catch (ZaloApiException e) {
                    if (!e.retryable()) {
                        LOG.warn("chat {}: Zalo refused a message: {}", chatId, e.getMessage());
                        return false;
                    }
                    LOG.warn("chat {}: {} (try {} of {})", chatId, e.getMessage(), attempt, tuning.attempts());
                } catch (IOException e) {
                    LOG.warn("chat {}: {} (try {} of {})", chatId, e.getMessage(), attempt, tuning.attempts());
                }
                if (attempt < tuning.attempts()) {
                    tuning.time().sleep(backoff);
                    backoff = backoff.multipliedBy(2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("chat {}: a message not sent: the bot is stopping", chatId);
            return false;
        }
        LOG.error("chat {}: a message given up after {} tries", chatId, tuning.attempts());
        return false;
    }
}
