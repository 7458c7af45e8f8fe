package vn.baocao.channel;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.store.DeliveryJournal;

/**
 * The delivery of one update's reply, message by message, recorded in the {@link DeliveryJournal} so that
 * answering it again after a stop sends only what had not gone out. Messages are numbered in the order
 * the handler sends them; one already delivered is skipped, and one whose call was under way when the
 * process stopped is taken as delivered (a request the messenger received is processed whether or not its
 * answer came back), so a restart never sends a message twice. Used by one thread.
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

    /** The reply composed for this update before the process stopped, in the channel's own form. */
    public Optional<String> composed() {
        return before.reply();
    }

    /** Keeps the composed {@code reply}, so that a restart sends it rather than composing it again. */
    public void compose(String reply) {
        journal.keepReply(channel, id, reply);
    }

    /** The next message of the reply. */
    public Message next() {
        int n = next++;
        if (n < before.delivered()) {
            return new Message(true);
        }
        if (n == before.delivered() && before.inFlight()) {
            LOG.warn("update {} ({}): message {} was being sent when the bot stopped; taken as delivered, not sent again",
                    id, channel, n + 1);
            journal.delivered(channel, id);
            return new Message(true);
        }
        return new Message(false);
    }

    /** One message of the reply, and what became of it. */
    public final class Message {
        private final boolean before;

        private Message(boolean before) {
            this.before = before;
        }

        /** True when it went out before the process stopped: it is not sent again. */
        public boolean sentBefore() {
            return before;
        }

        /** Records that its call is under way — right before the request, after any pacing. */
        public void sending() {
            journal.sending(channel, id);
        }

        /** Records that it is done with: delivered, or refused by the messenger for good. */
        public void settled() {
            journal.delivered(channel, id);
        }

        /** Records that its call did not reach the messenger: it is sent again later. */
        public void notSent() {
            journal.notSending(channel, id);
        }
    }
}
