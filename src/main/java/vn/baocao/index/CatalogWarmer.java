package vn.baocao.index;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Builds the catalogs of an index's last commit — people, reports, conferences, speakers — on a
 * background thread, so that the first question of a long-running chat or bot does not wait for them.
 *
 * <p>Why: they are built once per commit, from every report's doc values, and in a process that has
 * just started (or just committed an upload) that took seconds at 100,000 reports, paid by whoever
 * asked first. A question asked meanwhile that needs a catalog being built waits for that build
 * rather than starting its own (see {@link PerCommit}).
 */
final class CatalogWarmer {
    private static final Executor BACKGROUND = task -> Thread.ofVirtual().name("baocao-catalogs").start(task);

    private final ReportIndex index;
    private final Consumer<RuntimeException> onFailure;
    private volatile CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private volatile boolean stopped;

    CatalogWarmer(ReportIndex index, Consumer<RuntimeException> onFailure) {
        this.index = index;
        this.onFailure = onFailure;
    }

    /** Starts building the catalogs of the last commit; the future completes when they are built or failed. */
    CompletableFuture<Void> warm() {
        CompletableFuture<Void> next = CompletableFuture.runAsync(this::build, BACKGROUND);
        last = next;
        return next;
    }

    /** The build started last. */
    CompletableFuture<Void> last() {
        return last;
    }

    /** Called as the index closes: a build still running will fail, and that is no longer news. */
    void stop() {
        stopped = true;
    }

    private void build() {
        try {
            index.people();
            index.meetings();
            index.speakers();
        } catch (RuntimeException e) {
            if (!stopped) {
                onFailure.accept(e);
            }
        }
    }
}
