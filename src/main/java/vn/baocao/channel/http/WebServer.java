package vn.baocao.channel.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.channel.JdkHttpServer;
import vn.baocao.config.ServeSettings;

/**
 * {@code baocao serve}: the HTTP API and the web chat page, on the JDK's own HTTP server, each request on a
 * virtual thread. Bound where it is told (127.0.0.1 by default). Every {@code /api/} request counts against its
 * client address's rate limit; bodies are bounded; the page's text is put in place as text, never as markup,
 * and its Content-Security-Policy lets only its own script run; CORS is off unless configured; the admin
 * exists only with a token. Whatever goes wrong is answered as {@code application/problem+json}.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** The page may load only its own files, talk only to this server, and be framed by no other site. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private final JdkHttpServer server;

    private WebServer(JdkHttpServer server) {
        this.server = server;
    }

    /** Serves {@code services} on {@code listen} as {@code settings} say, until closed. */
    public static WebServer start(InetSocketAddress listen, ServeSettings settings, Services services) {
        // a streamed answer may take as long as the model's timeout allows: responses are not bounded
        JdkHttpServer bound = JdkHttpServer.bind(listen, "serve", false);
        HttpServer server = bound.server();
        Routes routes = new Routes(settings, services);
        server.createContext("/", routes::handle);
        server.start();
        LOG.info("serving on http://{}:{}/ ({})", server.getAddress().getHostString(), server.getAddress().getPort(), settings);
        return new WebServer(bound);
    }

    /** Where the server listens (the actual port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.server().getAddress();
    }

    /** Stops serving: requests under way get a second to finish. */
    @Override
    public void close() {
        server.stop(1);
    }

    /** Which endpoint a request goes to, and what every request passes through first. */
    private static final class Routes {
        private final StaticFiles files = new StaticFiles();
        private final Metrics metrics;
        private final Api api;
        private final Admin admin;
        private final Cors cors;
        private final RateLimiter limiter;

        Routes(ServeSettings settings, Services services) {
            this.metrics = new Metrics(services.llmFallbacks());
            this.api = new Api(services, metrics);
            this.admin = new Admin(settings.adminToken(), services, settings.maxUploadBytes());
            this.cors = new Cors(settings.corsOrigins());
            this.limiter = new RateLimiter(settings.ratePerMinute(), settings.burst(), System::nanoTime);
        }

        void handle(HttpExchange raw) {
            Exchange ex = new Exchange(raw);
            try {
                route(ex);
            } catch (Problem p) {
                if (ex.status() == 0) {
                    ex.problem(p);
                }
            } catch (Exchange.ClientGone gone) {
                LOG.debug("{} {}: {}", ex.method(), ex.path(), gone.getMessage());
            } catch (RuntimeException e) {
                LOG.error("{} {} failed: {}", ex.method(), ex.path(), e.toString(), e);
                if (ex.status() == 0) {
                    ex.problem(new Problem(500, "failure", "the server could not answer this request; its log says why"));
                }
            } finally {
                // closed only here: a problem is answered on the exchange, after whatever threw it
                raw.close();
                metrics.responded(ex.status());
            }
        }

        private void route(Exchange ex) {
            String path = ex.path();
            if (path.startsWith("/api/")) {
                long wait = limiter.waitSeconds(ex.client());
                if (wait > 0) {
                    metrics.rateLimited();
                    throw new Problem(429, "rate_limited", "too many requests from this address; try again in " + wait + " s",
                            Map.of("Retry-After", Long.toString(wait)));
                }
                if (cors.apply(ex)) {
                    return;
                }
            }
            Matcher passage = Api.PASSAGE_PATH.matcher(path);
            switch (path) {
                case "/api/ask" -> only(ex, "POST", () -> api.ask(ex));
                case "/api/summaries" -> only(ex, "POST", () -> api.summaries(ex));
                case "/api/conferences" -> only(ex, "GET", () -> api.conferences(ex));
                case "/api/speakers" -> only(ex, "GET", () -> api.speakers(ex));
                case "/health" -> only(ex, "GET", () -> api.health(ex));
                case "/metrics" -> only(ex, "GET", () -> ex.send(200, "text/plain; version=0.0.4",
                        metrics.render().getBytes(StandardCharsets.UTF_8)));
                case "/api/admin/reports" -> {
                    admin.authorize(ex);
                    switch (ex.method()) {
                        case "GET" -> admin.reports(ex);
                        case "POST" -> admin.upload(ex);
                        default -> throw notAllowed("GET, POST");
                    }
                }
                case "/api/admin/refused" -> {
                    admin.authorize(ex);
                    only(ex, "GET", () -> admin.refused(ex));
                }
                default -> {
                    if (passage.matches()) {
                        only(ex, "GET", () -> api.passage(ex, passage));
                    } else if (StaticFiles.serves(path)) {
                        only(ex, "GET", () -> page(ex, files.get(path).orElseThrow()));
                    } else {
                        throw Problem.notFound("nothing is served at " + path + "; the API is described at /api/openapi.json");
                    }
                }
            }
        }

        private static void page(Exchange ex, StaticFiles.File file) {
            if (file.type().equals("text/html")) {
                ex.responseHeader("Content-Security-Policy", PAGE_POLICY);
            }
            ex.responseHeader("Cache-Control", "no-cache");
            ex.send(200, file.type(), file.bytes());
        }

        private static void only(Exchange ex, String method, Runnable endpoint) {
            if (!ex.method().equals(method) && !(method.equals("GET") && ex.method().equals("HEAD"))) {
                throw notAllowed(method);
            }
            endpoint.run();
        }

        private static Problem notAllowed(String allowed) {
            return new Problem(405, "method_not_allowed", "this endpoint takes " + allowed, Map.of("Allow", allowed));
        }
    }
}
