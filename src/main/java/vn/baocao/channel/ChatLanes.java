package vn.baocao.channel;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work of each chat in arrival order, one task of a chat at a time, and up to a fixed number of
 * chats in parallel, each on a virtual thread: a chat's answers never overtake each other, and a chat
 * that waits — for its pacing, a {@code retry_after}, a slow or hung call — holds up only itself, not a
 * platform thread the other chats need. A chat with too many tasks waiting has new ones dropped (a flood must not
 * grow memory without bound). After {@link #close} new tasks are dropped.
 */
public final class ChatLanes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService pool;
    private final int maxPending;
    private final Duration grace;
    /** Per lane, the tasks waiting or running; a lane without any has no entry. */
    private final Map<String, Lane> lanes = new HashMap<>();
    private boolean closed;
    /** Set when the grace period ran out: lanes stop before their next task. */
    private boolean abandoned;
    /** How long a close waits for interrupted tasks to end. */
    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(5);

    /** At most {@code lanes} lanes at once, on virtual threads named "{@code name}-n", at most {@code maxPending} tasks per lane. */
    public ChatLanes(String name, int lanes, int maxPending, Duration grace) {
        this.pool = Executors.newFixedThreadPool(lanes, Thread.ofVirtual().name(name + "-", 1).factory());
        this.maxPending = maxPending;
        this.grace = grace;
    }

    /** Queues {@code task} behind the earlier tasks of {@code lane} (a chat); false when it was dropped. */
    public synchronized boolean submit(String lane, Runnable task) {
        if (closed) {
            return false;
        }
        Lane queue = lanes.computeIfAbsent(lane, id -> new Lane());
        if (queue.tasks.size() >= maxPending) {
            LOG.warn("{}: {} tasks already waiting, one dropped", lane, queue.tasks.size());
            return false;
        }
        queue.tasks.addLast(task);
        if (queue.tasks.size() == 1) {
            pool.execute(() -> drain(lane, queue));
        }
        return true;
    }

    /** Runs the lane's tasks until it is empty; the lane is then forgotten. */
    private void drain(String lane, Lane queue) {
        while (true) {
            Runnable task;
            synchronized (this) {
                task = queue.tasks.peekFirst();
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("{}: a task failed: {}", lane, e.toString(), e);
            }
            synchronized (this) {
                queue.tasks.removeFirst();
                if (queue.tasks.isEmpty() || abandoned) {
                    lanes.remove(lane, queue);
                    return;
                }
            }
        }
    }

    /** True once {@link #close} was called. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Stops taking tasks and lets the lanes run what they hold within the grace period; then interrupts
     * the tasks still running, drops the ones waiting, and returns once the interrupted ones have ended
     * (or after {@link #AFTER_INTERRUPT}), so that nothing they record comes after the close.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                synchronized (this) {
                    abandoned = true;
                }
                LOG.warn("replies still under way after {} s: interrupted, the rest left for later", grace.toSeconds());
                pool.shutdownNow();
                if (!pool.awaitTermination(AFTER_INTERRUPT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("replies still under way {} s after they were interrupted", AFTER_INTERRUPT.toSeconds());
                }
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** One lane's tasks, the first one running. */
    private static final class Lane {
        private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    }
}
