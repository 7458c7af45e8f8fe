package vn.baocao.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.baocao.channel.Daemons;
import vn.baocao.channel.Redactor;

/**
 * Calls the Zalo Bot API: {@code POST <base>/bot<token>/<method>} with a JSON body, answered by the
 * envelope {@code {ok, result, error_code, description}}. Built on the JDK's {@link HttpClient}: six
 * JSON methods need no more, and its sends are interruptible, so a long poll ends at once when the bot
 * stops. Thread-safe. No message of an exception it throws contains the token (the URL holds it).
 */
final class ZaloApi implements AutoCloseable {
    /** How long a call other than a long poll may take. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final String token;
    private final Redactor redactor;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService executor = Executors.newCachedThreadPool(Daemons.named("zalo-http"));
    private final HttpClient http;

    ZaloApi(URI base, String token) {
        this.base = base;
        this.token = token;
        this.redactor = new Redactor(token);
        this.http = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(15)).build();
    }

    /** An empty parameter object to fill. */
    ObjectNode params() {
        return json.createObjectNode();
    }

    /** Calls {@code method} with {@code params}; returns its {@code result} (a null node when it has none). */
    JsonNode call(String method, ObjectNode params) throws ZaloApiException, IOException, InterruptedException {
        return call(method, params, CALL_TIMEOUT);
    }

    /**
     * Calls {@code method} and waits for its outcome even when interrupted (the interrupt is kept for
     * afterwards): a stop must not cut a call whose request may already be with Zalo, or the bot could not
     * tell whether to send it again. Bounded by {@link #CALL_TIMEOUT}; {@code onRequestStart} runs when
     * the request starts going out.
     */
    JsonNode callToTheEnd(String method, ObjectNode params, Runnable onRequestStart) throws ZaloApiException, IOException {
        HttpRequest request = request(method, params, CALL_TIMEOUT, onRequestStart);
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    HttpResponse<byte[]> response = call.get();
                    return resultOf(method, response.statusCode(), response.body());
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof java.net.ConnectException || cause instanceof java.net.http.HttpConnectTimeoutException) {
                        throw new Unreachable(method + ": " + redactor.describe(cause));
                    }
                    throw new IOException(method + ": " + redactor.describe(cause));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * {@code body}, running {@code onStart} when the client starts sending it — once the connection is
     * ready and the request going out: before that moment a stop leaves the call unsent, after it Zalo
     * gets the request even if the process is killed.
     */
    private static HttpRequest.BodyPublisher startingWith(Runnable onStart, HttpRequest.BodyPublisher body) {
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return body.contentLength();
            }

            @Override
            public void subscribe(java.util.concurrent.Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                onStart.run();
                body.subscribe(subscriber);
            }
        };
    }

    /** A POST of {@code params} to {@code method}; {@code onStart}, when not null, runs as its body starts going out. */
    private HttpRequest request(String method, ObjectNode params, Duration timeout, Runnable onStart) throws IOException {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(params));
        return HttpRequest.newBuilder(URI.create(base + "/bot" + token + "/" + method))
                .timeout(timeout).header("Content-Type", "application/json")
                .POST(onStart == null ? body : startingWith(onStart, body)).build();
    }

    /** Calls {@code method}, waiting at most {@code timeout} for the answer (longer than a long poll's own). */
    JsonNode call(String method, ObjectNode params, Duration timeout)
            throws ZaloApiException, IOException, InterruptedException {
        HttpRequest request = request(method, params, timeout, null);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
            throw new Unreachable(method + ": " + redactor.describe(e));
        } catch (IOException e) {
            // Described, not chained: a logged cause could print the URL, and the URL holds the token.
            throw new IOException(method + ": " + redactor.describe(e));
        }
        return resultOf(method, response.statusCode(), response.body());
    }

    private JsonNode resultOf(String method, int status, byte[] body) throws ZaloApiException {
        JsonNode envelope;
        try {
            envelope = json.readTree(body);
        } catch (IOException e) {
            envelope = null;
        }
        if (envelope == null || !envelope.isObject() || !envelope.has("ok")) {
            throw new ZaloApiException(method, status, 0, "not a Bot API answer (" + body.length + " bytes)");
        }
        if (!envelope.path("ok").asBoolean(false)) {
            throw new ZaloApiException(method, status, envelope.path("error_code").asInt(0),
                    redactor.redact(envelope.path("description").asText("")));
        }
        return envelope.has("result") ? envelope.get("result") : NullNode.getInstance();
    }

    /** A call that never reached Zalo (no connection): it certainly did not arrive. */
    static final class Unreachable extends IOException {
        Unreachable(String message) {
            super(message);
        }
    }

    /** Stops every request under way. */
    @Override
    public void close() {
        http.shutdownNow();
        executor.shutdownNow();
    }
}
