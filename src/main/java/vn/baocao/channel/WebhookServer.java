package vn.baocao.channel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.report.Require;

/**
 * A bot's webhook endpoint, served with the JDK's HTTP server (bound where it is told, 127.0.0.1 by
 * default, for a reverse proxy that terminates HTTPS). Only a POST to the webhook path carrying the
 * secret in the messenger's secret header is read — compared in constant time, so its bytes cannot be
 * guessed one by one from response times; anything else gets the refusal status, 404 or 405 and is not
 * parsed. A valid update is acknowledged once the receiver has recorded it — the messenger waits for the
 * 200, not for the answer — and a receiver that cannot record it gets 500, so the messenger sends it again.
 *
 * <p>Served as {@link JdkHttpServer} runs it: each request on a virtual thread, so clients that connect and
 * then send slowly or nothing hold no thread a valid update needs, slow requests dropped and connections
 * bounded (the messenger sends again what it could not deliver meanwhile). Limits per client address belong
 * to the reverse proxy in front, the only client this server sees; {@code src/main/deploy/nginx/} holds a
 * tested configuration. Refusals are logged once a minute per address.
 */
public final class WebhookServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    private static final int MAX_BODY = 1 << 20;

    /**
     * Takes one update's body and returns once it is recorded; an {@link IOException} (not JSON, not an
     * update) answers 400, any other failure 500.
     */
    @FunctionalInterface
    public interface Receiver {
        void receive(byte[] body) throws IOException;
    }

    /**
     * How requests are checked.
     *
     * @param path          the path updates arrive on
     * @param secretHeader  the header carrying the secret ("X-Telegram-Bot-Api-Secret-Token", "X-Bot-Api-Secret-Token")
     * @param secret        the secret registered with the messenger
     * @param refusalStatus the status of a request without the right secret (401 for Telegram, 403 for Zalo)
     */
    public record Check(String path, String secretHeader, String secret, int refusalStatus) {
        public Check {
            Require.notBlank(path, "webhook path");
            Require.notBlank(secretHeader, "secret header");
            Require.notBlank(secret, "webhook secret");
        }
    }

    private final JdkHttpServer server;

    private WebhookServer(JdkHttpServer server) {
        this.server = server;
    }

    /** Serves on {@code listen}, passing the body of each authentic request to {@code receiver}. */
    public static WebhookServer start(InetSocketAddress listen, String threadName, Check check, Receiver receiver) {
        JdkHttpServer bound = JdkHttpServer.bind(listen, threadName, true);
        HttpServer server = bound.server();
        byte[] expected = check.secret().getBytes(StandardCharsets.UTF_8);
        RefusalLog refusals = new RefusalLog(Duration.ofMinutes(1));
        server.createContext("/", exchange -> {
            try (exchange) {
                respond(exchange, check, expected, receiver, refusals);
            }
        });
        server.start();
        return new WebhookServer(bound);
    }

    /** A fresh secret to register with the messenger: 32 random bytes, 43 URL-safe characters. */
    public static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Where the server listens (the actual port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.server().getAddress();
    }

    private static void respond(HttpExchange exchange, Check check, byte[] secret, Receiver receiver,
            RefusalLog refusals) throws IOException {
        if (!exchange.getRequestURI().getRawPath().equals(check.path())) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        String given = exchange.getRequestHeaders().getFirst(check.secretHeader());
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            String address = exchange.getRemoteAddress().getAddress().getHostAddress();
            long unlogged = refusals.unloggedBefore(address, System.nanoTime());
            if (unlogged >= 0) {
                LOG.warn("webhook: a request from {} without the right secret token, refused{}", address,
                        unlogged == 0 ? "" : " (and " + unlogged + " more from there since the last line)");
            }
            exchange.sendResponseHeaders(check.refusalStatus(), -1);
            return;
        }
        try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            receiver.receive(bytes);
        } catch (IOException e) {
            LOG.warn("webhook: an update that is not valid JSON, refused: {}", e.getMessage());
            exchange.sendResponseHeaders(400, -1);
            return;
        } catch (RuntimeException e) {
            LOG.error("webhook: an update could not be recorded, the messenger will send it again: {}", e.toString());
            exchange.sendResponseHeaders(500, -1);
            return;
        }
        exchange.sendResponseHeaders(200, -1);
    }

    /** Stops serving at once; updates not yet acknowledged are sent again by the messenger. */
    @Override
    public void close() {
        server.stop(0);
    }
}
