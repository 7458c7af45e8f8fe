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
 * Runs the work of each chat in arrival order, one task of a chat at a time, and different chats in
 * parallel on a fixed pool of daemon threads: a chat's answers never overtake each other, and a slow
 * chat holds up only itself. A chat with too many tasks waiting has new ones dropped (a flood must not
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

    /** {@code threads} daemon threads named "{@code name}-n", at most {@code maxPending} tasks per lane. */
    public ChatLanes(String name, int threads, int maxPending, Duration grace) {
        this.pool = Executors.newFixedThreadPool(threads, Daemons.named(name));
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
                if (queue.tasks.isEmpty()) {
                    lanes.remove(lane, queue);
                    return;
                }
            }
        }
    }

    /** Stops taking tasks, lets the running ones finish within the grace period, then interrupts them. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("replies still under way after {} s: interrupted", grace.toSeconds());
                pool.shutdownNow();
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
