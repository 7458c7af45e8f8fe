package vn.baocao.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The bot's webhook endpoint, served with the JDK's HTTP server (TelegramBots' webhook module binds every
 * interface and does not check the secret). Only a POST to the webhook path carrying the secret in
 * {@code X-Telegram-Bot-Api-Secret-Token} is read — compared in constant time, so its bytes cannot be
 * guessed one by one from response times; anything else gets 401, 404 or 405 and is not parsed. A
 * valid update is handed over and acknowledged at once: Telegram waits for the 200, not for the answer.
 */
final class WebhookServer implements AutoCloseable {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService executor;

    private WebhookServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Serves {@code path} on {@code listen}, passing each authentic update to {@code updates}. */
    static WebhookServer start(InetSocketAddress listen, String path, String secret, ObjectMapper json,
                               Consumer<Update> updates) {
        HttpServer server;
        try {
            server = HttpServer.create(listen, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for the webhook on " + listen + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, Daemons.named("telegram-webhook"));
        byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try (exchange) {
                respond(exchange, path, expected, json, updates);
            }
        });
        server.setExecutor(executor);
        server.start();
        return new WebhookServer(server, executor);
    }

    /** Where the server listens (the actual port when 0 was asked for). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private static void respond(HttpExchange exchange, String path, byte[] secret, ObjectMapper json,
                                Consumer<Update> updates) throws IOException {
        if (!exchange.getRequestURI().getRawPath().equals(path)) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("webhook: a request from {} without the right secret token, refused",
                    exchange.getRemoteAddress().getAddress().getHostAddress());
            exchange.sendResponseHeaders(401, -1);
            return;
        }
        Update update;
        try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            update = json.readValue(bytes, Update.class);
        } catch (IOException e) {
            LOG.warn("webhook: an update that is not valid JSON, refused: {}", e.getMessage());
            exchange.sendResponseHeaders(400, -1);
            return;
        }
        updates.accept(update);
        exchange.sendResponseHeaders(200, -1);
    }

    /** Stops serving at once; updates not yet acknowledged are sent again by Telegram. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
