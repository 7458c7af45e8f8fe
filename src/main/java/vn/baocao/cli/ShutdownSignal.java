package vn.baocao.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM or Ctrl-C as a latch for a command that runs until stopped: the JVM's shutdown hook releases
 * the command, then waits (at most {@link #CLEAN_UP}) until the command has closed what it opened, so the
 * process exits only after a clean stop.
 */
final class ShutdownSignal implements AutoCloseable {
    private static final Duration CLEAN_UP = Duration.ofSeconds(15);

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch cleanedUp = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onShutdown, "baocao-shutdown");

    private ShutdownSignal() {
    }

    /** A signal released by the process's shutdown. */
    static ShutdownSignal install() {
        ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** The latch the command waits on. */
    CountDownLatch stop() {
        return stop;
    }

    private void onShutdown() {
        stop.countDown();
        try {
            cleanedUp.await(CLEAN_UP.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tells the hook the command has cleaned up; removes the hook when the process is not shutting down. */
    @Override
    public void close() {
        cleanedUp.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is already shutting down: the hook is running and has just been released
        }
    }
}
