package vn.baocao.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.channel.BotTime;

/**
 * Long polling: calls {@code getUpdates {timeout}} again and again on its own thread, handing each update
 * over as it comes. Zalo returns one update per call and answers 408 when none came within the timeout,
 * which is not an error. A failed call (network, 5xx, a refused token) is logged and followed by a wait
 * that starts at the retry base and doubles up to a minute, back to the base after a call succeeds.
 * {@link #close} interrupts the poll under way and returns once the thread has ended.
 */
final class Poller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final Duration MAX_WAIT = Duration.ofMinutes(1);
    /** The HTTP request outlives the poll by this much, so the poll's own end (408) comes first. */
    private static final Duration REQUEST_MARGIN = Duration.ofSeconds(15);

    private final ZaloApi api;
    private final Duration timeout;
    private final Duration retryBase;
    private final BotTime time;
    private final Consumer<JsonNode> updates;
    private final Thread thread;
    private volatile boolean stopped;

    Poller(ZaloApi api, Duration timeout, Duration retryBase, BotTime time, Consumer<JsonNode> updates) {
        this.api = api;
        this.timeout = timeout;
        this.retryBase = retryBase;
        this.time = time;
        this.updates = updates;
        this.thread = new Thread(this::run, "zalo-poll");
        thread.setDaemon(true);
    }

    /** Starts polling. */
    void start() {
        thread.start();
    }

    private void run() {
        Duration wait = retryBase;
        while (!stopped) {
            try {
                // Zalo documents the timeout as a string of seconds.
                JsonNode result = api.call("getUpdates", api.params().put("timeout", Long.toString(timeout.toSeconds())),
                        timeout.plus(REQUEST_MARGIN));
                wait = retryBase;
                deliver(result);
            } catch (ZaloApiException e) {
                if (!e.noUpdate()) {
                    wait = pause(wait, e.getMessage());
                }
            } catch (IOException e) {
                wait = pause(wait, e.getMessage());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One update per call, as documented; an array is read too, in case a server sends several. */
    private void deliver(JsonNode result) {
        if (result.isArray()) {
            result.forEach(this::deliverOne);
        } else if (result.isObject()) {
            deliverOne(result);
        }
    }

    /** Hands {@code update} over; whatever goes wrong with it, polling goes on. */
    private void deliverOne(JsonNode update) {
        try {
            updates.accept(update);
        } catch (RuntimeException e) {
            LOG.error("an update could not be handed over: {}", e.toString(), e);
        }
    }

    /** Logs a failed poll and waits {@code wait}; returns the next wait. */
    private Duration pause(Duration wait, String why) {
        if (stopped) {
            return wait;
        }
        LOG.warn("getUpdates failed, next try in {} ms: {}", wait.toMillis(), why);
        try {
            time.sleep(wait);
        } catch (InterruptedException e) {
            stopped = true;
            return wait;
        }
        Duration next = wait.multipliedBy(2);
        return next.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : next;
    }

    /** Stops polling: the poll under way is interrupted; waits for the thread to end. */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
