package vn.baocao.cli;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.baocao.config.ServeSettings;

/**
 * {@code baocao serve} as the command runs it — the application's object graph, its conversation store, its
 * upload folder — on 127.0.0.1 and a free port, for tests that talk to it over HTTP. The index directory is
 * the caller's; an empty one gets the sample reports, as the command does.
 */
public final class RunningServer implements AutoCloseable {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CompletableFuture<Integer> exit;
    private final InetSocketAddress address;

    private RunningServer(Path indexDir, ServeSettings settings) {
        CompletableFuture<InetSocketAddress> started = new CompletableFuture<>();
        // a thread of its own: the command blocks it until stopped, and the common pool may have a single thread
        exit = CompletableFuture.supplyAsync(() -> ServeCommand.run(settings, indexDir, new InetSocketAddress("127.0.0.1", 0),
                stop, started::complete), task -> Thread.ofPlatform().name("serve-command").start(task));
        exit.whenComplete((code, failure) -> started.completeExceptionally(
                failure != null ? failure : new IllegalStateException("serve ended with " + code + " before it listened")));
        address = started.orTimeout(60, TimeUnit.SECONDS).join();
    }

    /** Serves the index in {@code indexDir} with {@code settings}. */
    public static RunningServer start(Path indexDir, ServeSettings settings) {
        return new RunningServer(indexDir, settings);
    }

    /**
     * The settings of a test server: {@code adminToken} (or none), CORS {@code origins}, {@code ratePerMinute} with
     * a burst of as many, uploads of at most {@code maxUploadBytes} kept in {@code uploads}.
     */
    public static ServeSettings settings(String adminToken, List<String> origins, int ratePerMinute, long maxUploadBytes,
            Path uploads) {
        return new ServeSettings(Optional.ofNullable(adminToken), origins, ratePerMinute, ratePerMinute, maxUploadBytes, uploads);
    }

    /** The address of {@code path} on this server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + address.getPort() + path);
    }

    /** Stops the server as SIGTERM would and waits for the command to return. */
    @Override
    public void close() {
        stop.countDown();
        exit.orTimeout(30, TimeUnit.SECONDS).join();
    }
}
