package vn.baocao.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Parses files on worker threads, a bounded number ahead of the caller, and hands each result over
 * in the files' order, on the caller's thread.
 *
 * <p>Why: parsing (reading, cleaning, people, statements, and tokenizing for the index) is pure and
 * about as costly as indexing, which the caller does; overlapping the two nearly halves an ingest on
 * a machine with two cores,
 * and what the caller sees — results in order, an {@link IngestException} from the parse of the file
 * it belongs to — is the same as parsing in place. At most {@link #AHEAD_PER_THREAD} reports per
 * worker wait in memory.
 */
final class ParseAhead<T> implements AutoCloseable {
    private static final int AHEAD_PER_THREAD = 16;
    private static final int MAX_THREADS = 4;

    private final Function<Path, T> parse;
    private final ExecutorService workers;
    private final int ahead;

    /**
     * A parse-ahead running {@code parse} (which must be thread-safe) with one worker per core (at most
     * four). Not one fewer: the caller's thread waits whenever it is ahead, and parsing is the larger
     * half of the work, so a core the caller leaves idle is best spent parsing.
     */
    ParseAhead(Function<Path, T> parse) {
        int threads = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MAX_THREADS);
        this.parse = parse;
        this.ahead = threads * AHEAD_PER_THREAD;
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "baocao-parse");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Calls {@code action} with each file, in order, and a supplier of its report that returns it or
     * throws the {@link IngestException} (or other unchecked exception) its parse threw.
     */
    void forEach(List<Path> files, BiConsumer<Path, Supplier<T>> action) {
        Deque<Future<T>> parsing = new ArrayDeque<>();
        int next = 0;
        for (Path file : files) {
            // refilled in batches, so that a worker running ahead parks and wakes once per batch, not per file
            if (parsing.size() <= ahead / 2) {
                while (next < files.size() && parsing.size() < ahead) {
                    Path toParse = files.get(next++);
                    parsing.add(workers.submit(() -> parse.apply(toParse)));
                }
            }
            Future<T> report = parsing.remove();
            action.accept(file, () -> resultOf(report, file));
        }
    }

    private static <T> T resultOf(Future<T> report, Path file) {
        try {
            return report.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof StackOverflowError tooDeep) {
                throw tooDeep;
            }
            throw new IllegalStateException("parsing " + file + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + file, e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
