package vn.baocao.channel.zalo;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.channel.Delivery;
import vn.baocao.channel.DeliveryPostponed;
import vn.baocao.channel.OutgoingLimits;
import vn.baocao.channel.Tuning;

/**
 * Everything the Zalo bot sends goes through here. Messages are paced by the {@link OutgoingLimits}; a
 * 429, a 5xx or a call that never reached Zalo is retried with doubling waits (Zalo gives no {@code
 * retry_after}), and a refusal (400, 403: bad request, bot blocked) is logged and given up, never retried.
 * A call cut short after it was sent is not sent again: Zalo may have taken it. When the tries run out, or
 * the bot stops, {@link DeliveryPostponed} leaves the update owed. Each message goes through the update's
 * {@link Delivery}, so answering it again after a stop sends only what had not gone out. "Typing…" is not
 * paced (it is not a message) and tried once: a late one is worth nothing.
 */
final class ZaloSender {
    private static final Logger LOG = LoggerFactory.getLogger(ZaloSender.class);

    private final ZaloApi api;
    private final OutgoingLimits limits;
    private final Tuning tuning;
    /** The update whose reply is sent, or null outside one. */
    private final Delivery delivery;

    ZaloSender(ZaloApi api, Tuning tuning) {
        this(api, new OutgoingLimits(tuning.limits(), tuning.time()), tuning, null);
    }

    private ZaloSender(ZaloApi api, OutgoingLimits limits, Tuning tuning, Delivery delivery) {
        this.api = api;
        this.limits = limits;
        this.tuning = tuning;
        this.delivery = delivery;
    }

    /** This sender, sending the messages of the reply to the update of {@code d} through it; same pacing. */
    ZaloSender forUpdate(Delivery d) {
        return new ZaloSender(api, limits, tuning, d);
    }

    /** Sends {@code pieces} to {@code chatId} in order; false when one was refused (the rest are then not sent). */
    boolean send(String chatId, boolean group, List<String> pieces) {
        for (String piece : pieces) {
            Delivery.Message message = delivery == null ? null : delivery.next();
            if (message != null && message.sentBefore()) {
                continue;
            }
            boolean sent = sendOne(chatId, group, piece, message);
            if (message != null) {
                message.settled();
            }
            if (!sent) {
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

    private static void notSent(Delivery.Message message) {
        if (message != null) {
            message.notSent();
        }
    }

    /** Sends one message, recording in {@code message} (when not null) when its call is under way and when it is not. */
    private boolean sendOne(String chatId, boolean group, String text, Delivery.Message message) {
        Duration backoff = tuning.retryBase();
        for (int attempt = 1; attempt <= tuning.attempts(); attempt++) {
            try {
                limits.acquire(chatId, group);
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("stopping");
                }
                java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
                try {
                    api.callToTheEnd("sendMessage", api.params().put("chat_id", chatId).put("text", text), () -> {
                        started.set(true);
                        if (message != null) {
                            message.sending();
                        }
                    });
                } catch (ZaloApi.Unreachable e) {
                    throw e;
                } catch (IOException e) {
                    if (!started.get() || e.getMessage() != null && (e.getMessage().contains("Connection reset")
                            || e.getMessage().contains("Broken pipe"))) {
                        // the request never went out, or Zalo's side reset the connection with it unread
                        throw new ZaloApi.Unreachable(e.getMessage());
                    }
                    throw e;
                }
                if (Thread.currentThread().isInterrupted()) {
                    LOG.info("chat {}: a message sent as the bot stops", chatId);
                }
                return true;
            } catch (ZaloApiException e) {
                if (!e.retryable()) {
                    LOG.warn("chat {}: Zalo refused a message: {}", chatId, e.getMessage());
                    return false;
                }
                notSent(message);
                LOG.warn("chat {}: {} (try {} of {})", chatId, e.getMessage(), attempt, tuning.attempts());
            } catch (ZaloApi.Unreachable e) {
                notSent(message);
                LOG.warn("chat {}: {} (try {} of {})", chatId, e.getMessage(), attempt, tuning.attempts());
            } catch (IOException e) {
                LOG.warn("chat {}: a message was sent but its answer was lost ({}); not sent again, it may have arrived",
                        chatId, e.getMessage());
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.info("chat {}: a message not sent: the bot is stopping", chatId);
                throw new DeliveryPostponed("the bot is stopping");
            }
            if (attempt < tuning.attempts()) {
                try {
                    tuning.time().sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DeliveryPostponed("the bot is stopping");
                }
                backoff = Tuning.nextRetryWait(backoff);
            }
        }
        LOG.error("chat {}: a message still failing after {} tries; its update stays owed", chatId, tuning.attempts());
        throw new DeliveryPostponed("sendMessage failed " + tuning.attempts() + " times");
    }
}
