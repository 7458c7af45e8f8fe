package vn.baocao.channel;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.store.DeliveryJournal;

/**
 * The delivery of one update's reply, message by message, recorded in the {@link DeliveryJournal} so that
 * answering it again after a stop sends only what had not gone out. Messages are numbered in the order
 * the handler sends them; one already delivered is skipped, and one that was on its way when the process
 * stopped is taken as delivered (it most likely was: a request the messenger received is processed
 * whether or not its answer came back), so a restart never sends a message twice. Used by one thread.
 */
public final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final DeliveryJournal journal;
    private final String channel;
    private final String id;
    private final DeliveryJournal.Progress before;
    private int next;

    Delivery(DeliveryJournal journal, String channel, String id, DeliveryJournal.Progress before) {
        this.journal = journal;
        this.channel = channel;
        this.id = id;
        this.before = before;
    }

    /** The update's id, as the messenger gave it. */
    public String updateId() {
        return id;
    }

    /** The reply composed for this update before the process stopped, in the channel's own form. */
    public Optional<String> composed() {
        return before.reply();
    }

    /** Keeps the composed {@code reply}, so that a restart sends it rather than composing it again. */
    public void compose(String reply) {
        journal.keepReply(channel, id, reply);
    }

    /**
     * Sends the next message with {@code send} unless it went out before the process stopped. Returns what
     * {@code send} returned (true: delivered; false: refused for good), or true for a message sent before.
     * A {@link DeliveryPostponed} from {@code send} leaves the message owed.
     */
    public boolean message(BooleanSupplier send) {
        int n = next++;
        if (n < before.delivered()) {
            return true;
        }
        if (n == before.delivered() && before.inFlight()) {
            LOG.warn("update {} ({}): message {} was on its way when the bot stopped; taken as delivered, not sent again",
                    id, channel, n + 1);
            journal.delivered(channel, id);
            return true;
        }
        journal.sending(channel, id);
        boolean sent;
        try {
            sent = send.getAsBoolean();
        } catch (DeliveryPostponed e) {
            journal.notSending(channel, id);
            throw e;
        }
        journal.delivered(channel, id);
        return sent;
    }
}
