package vn.baocao.channel;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.store.DeliveryJournal;
import vn.baocao.store.DeliveryJournal.State;
import vn.baocao.store.DeliveryJournal.Update;

/**
 * Where a bot's updates wait to be answered, durably. {@link #receive} writes a batch to the {@link
 * DeliveryJournal} and returns only then — the caller confirms the batch to the messenger after it, so an
 * update is never confirmed and then lost — and queues the new ones in their chats' {@link ChatLanes}; an
 * update the journal already has (sent again by the messenger) is not answered again. An update stays owed
 * until its handler has delivered the reply; one left owed — the bot stopped, or the messenger was
 * unreachable for longer than the retries — is queued again by {@link #resume} at the next start and, while
 * the bot runs, every {@code retryOwed}. A chat with too many updates waiting is told so (once a minute at
 * most), and the surplus is settled as skipped.
 */
public final class Inbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    /** The lane of an update the bot does not answer (an unknown kind, or one it cannot read). */
    public static final String NO_LANE = "";

    /** What a channel does with the updates of its chats. */
    public interface Handler {
        /**
         * Answers {@code update}, sending every message through {@code delivery}; throws {@link
         * DeliveryPostponed} to leave it owed.
         */
        void handle(Update update, Delivery delivery);

        /** Tells the chat of {@code update} that it sent more than the bot can queue; best effort. */
        void overflow(Update update);
    }

    private final String channel;
    private final DeliveryJournal journal;
    private final ChatLanes lanes;
    private final Handler handler;
    private final ScheduledExecutorService sweeper;
    /** The ids queued or being answered in this process, so that a sweep does not queue them twice. */
    private final Set<String> queued = new HashSet<>();
    /** When each lane was last told its queue is full (System.nanoTime), so that a flood gets one notice. */
    private final java.util.Map<String, Long> toldFull = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long TELL_FULL_EVERY_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int MAX_TOLD = 10_000;

    /** An inbox for {@code channel}'s updates, queued in {@code lanes}, owed ones queued again every {@code retryOwed}. */
    public Inbox(String channel, DeliveryJournal journal, ChatLanes lanes, Handler handler, Duration retryOwed) {
        this.channel = channel;
        this.journal = journal;
        this.lanes = lanes;
        this.handler = handler;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(Daemons.named(channel + "-owed"));
        long every = Math.max(1, retryOwed.toMillis());
        sweeper.scheduleWithFixedDelay(this::resumeQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Records {@code updates} and queues the new ones; returns once they are durable. Updates in {@link
     * #NO_LANE} are recorded as skipped.
     *
     * @throws vn.baocao.store.StoreException when the journal cannot record them: the messenger must not be
     *                                        told they arrived
     */
    public void receive(List<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        List<Boolean> added = journal.receive(updates);
        for (int i = 0; i < updates.size(); i++) {
            Update u = updates.get(i);
            if (!added.get(i)) {
                LOG.info("update {} ({}) came again: already received, not answered twice", u.id(), channel);
            } else if (u.lane().equals(NO_LANE)) {
                journal.settle(channel, u.id(), State.SKIPPED);
            } else {
                queue(u, true);
            }
        }
    }

    /** Queues every update still owed from before (a previous run, or a postponed delivery). */
    public void resume() {
        List<Update> owed = journal.owed(channel);
        int n = 0;
        for (Update u : owed) {
            if (queue(u, false)) {
                n++;
            }
        }
        if (n > 0) {
            LOG.info("{} owed {} update(s): answering them", channel, n);
        }
    }

    private void resumeQuietly() {
        try {
            resume();
        } catch (RuntimeException e) {
            LOG.error("{}: the owed updates could not be read: {}", channel, e.toString(), e);
        }
    }

    /** Queues {@code u} unless it already is; returns true when queued now. */
    private boolean queue(Update u, boolean fresh) {
        synchronized (queued) {
            if (!queued.add(u.id())) {
                return false;
            }
        }
        if (lanes.submit(u.lane(), () -> answer(u))) {
            return true;
        }
        forget(u);
        if (fresh && !lanes.isClosed()) {
            LOG.warn("update {} ({}): {} has too many updates waiting; skipped, and the chat told", u.id(), channel, u.lane());
            journal.settle(channel, u.id(), State.SKIPPED);
            long now = System.nanoTime();
            if (toldFull.size() > MAX_TOLD) {
                toldFull.values().removeIf(at -> now - at > TELL_FULL_EVERY_NANOS); // a flood of chats stays bounded
            }
            Long told = toldFull.get(u.lane());
            if (told == null || now - told > TELL_FULL_EVERY_NANOS) {
                toldFull.put(u.lane(), now);
                handler.overflow(u);
            }
        }
        return false;
    }

    private void answer(Update u) {
        try {
            handler.handle(u, new Delivery(journal, channel, u.id(), journal.progress(channel, u.id())));
            journal.settle(channel, u.id(), State.ANSWERED);
        } catch (DeliveryPostponed e) {
            LOG.warn("update {} ({}): not delivered yet ({}); owed, answered again later", u.id(), channel, e.getMessage());
        } catch (RuntimeException e) {
            if (lanes.isClosed()) {
                LOG.warn("update {} ({}): cut short by the stop ({}); owed, answered at the next start", u.id(), channel,
                        e.toString());
                return;
            }
            LOG.error("update {} ({}, {}): failed, skipped: {}", u.id(), channel, u.lane(), e.toString(), e);
            settleQuietly(u, State.SKIPPED);
        } finally {
            forget(u);
        }
    }

    private void settleQuietly(Update u, State state) {
        try {
            journal.settle(channel, u.id(), state);
        } catch (RuntimeException e) {
            LOG.error("update {} ({}): cannot be settled: {}", u.id(), channel, e.toString());
        }
    }

    private void forget(Update u) {
        synchronized (queued) {
            queued.remove(u.id());
        }
    }

    /**
     * Stops queueing, and lets the chats' lanes finish within their grace period; what is left stays owed
     * in the journal. The journal itself is not closed.
     */
    @Override
    public void close() {
        sweeper.shutdownNow();
        lanes.close();
    }
}
