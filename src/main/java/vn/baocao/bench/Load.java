package vn.baocao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import vn.baocao.report.Require;

/**
 * Runs a list of questions (or any items) through one operation on a number of threads, each thread taking the next
 * question as soon as it is free (a closed loop: as many requests in flight as threads), and times each
 * call and the whole run.
 */
final class Load {
    /**
     * A timed run.
     *
     * @param latencies   one per question
     * @param wallSeconds from the first call's start to the last call's end
     * @param threads     how many threads asked
     */
    record Run(Latencies latencies, double wallSeconds, int threads) {
        /** Questions answered per second of wall time. */
        double throughput() {
            return latencies.count() / wallSeconds;
        }
    }

    /**
     * Where results go so that the JIT cannot drop the work that produced them; summed, and read
     * once after each run.
     */
    private static volatile long sink;

    private Load() {
    }

    /**
     * Runs {@code operation} once per question on {@code threads} threads. The operation returns a
     * number derived from its result (a hit count, an answer length).
     */
    static <T> Run run(List<T> questions, int threads, ToIntFunction<? super T> operation) {
        Require.that(!questions.isEmpty(), "questions must not be empty");
        Require.that(threads > 0, "threads must be > 0, was " + threads);
        long[] nanos = new long[questions.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            long local = 0;
            for (int i = next.getAndIncrement(); i < questions.size(); i = next.getAndIncrement()) {
                long start = System.nanoTime();
                local += operation.applyAsInt(questions.get(i));
                nanos[i] = System.nanoTime() - start;
            }
            sink += local;
        };
        long start = System.nanoTime();
        if (threads == 1) {
            worker.run();
        } else {
            onThreads(threads, worker);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Run(new Latencies(nanos), wall, threads);
    }

    private static void onThreads(int threads, Runnable worker) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the benchmark threads ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark thread failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
