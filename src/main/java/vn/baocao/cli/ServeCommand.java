package vn.baocao.cli;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.baocao.channel.RedactedLog;
import vn.baocao.channel.http.Services;
import vn.baocao.channel.http.WebServer;
import vn.baocao.config.ServeSettings;
import vn.baocao.config.SettingValues;

/**
 * {@code baocao serve [--index DIR] [--listen HOST:PORT]}: the HTTP API and the web chat page, on
 * 127.0.0.1:8080 unless told otherwise, until SIGTERM or Ctrl-C. When the index is empty the bundled sample
 * reports are ingested first, as for the console chat.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API and the web chat page (admin with BAOCAO_ADMIN_TOKEN) until stopped.")
final class ServeCommand implements Callable<Integer> {
    static final String DEFAULT_LISTEN = "127.0.0.1:8080";

    @Mixin
    IndexOption index;

    @Option(names = "--listen", paramLabel = "HOST:PORT",
            description = "where to listen (default: " + DEFAULT_LISTEN + "; 0.0.0.0:8080 opens it to the network)")
    String listen;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        InetSocketAddress address = WebhookOption.parse(listen == null ? DEFAULT_LISTEN : listen, spec);
        Path workingDir = Path.of("").toAbsolutePath();
        ServeSettings settings = ServeSettings.from(SettingValues.load(System.getenv(), workingDir), System.getenv(),
                workingDir);
        settings.adminToken().ifPresent(RedactedLog::install); // whatever a library logs, the token never reaches the log
        try (ShutdownSignal signal = ShutdownSignal.install()) {
            return run(settings, index.dir(), address, signal.stop(), a -> { });
        }
    }

    /**
     * Serves the index at {@code indexDir} on {@code listen} until {@code stop} is released, telling
     * {@code started} where it listens once it does; returns the exit code. Server and index are closed
     * before it returns.
     */
    static int run(ServeSettings settings, Path indexDir, InetSocketAddress listen, CountDownLatch stop,
            Consumer<InetSocketAddress> started) {
        try (App app = App.openWithSamples(indexDir);
             WebServer server = WebServer.start(listen, settings, new Services(app.chat(), app.reports(),
                     target -> app.summaries().summarize(target).answer(),
                     app.uploads(settings.uploadsDir(), settings.maxUploadBytes()), app.llmFallbacks()))) {
            started.accept(server.address());
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
