package vn.baocao.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A chat-model server on 127.0.0.1, port 0, speaking the OpenAI chat-completions API
 * ({@code POST /v1/chat/completions}) and Ollama's {@code POST /api/chat}. Each request gets the next
 * canned reply (an answer, an HTTP status, or no answer until the server closes) and is recorded.
 * Error bodies echo the request's Authorization header, as OpenAI's 401 quotes the key it refused:
 * whatever reaches the log from them would leak it.
 */
public final class FakeModelServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with one request. */
    public record Canned(int status, String content, boolean hang, Duration pause) {
        public Canned {
            pause = pause == null ? Duration.ZERO : pause;
        }
    }

    /** One request as received. */
    public record Request(String path, String authorization, JsonNode body) {
        /** The text of message {@code i} of the request. */
        public String message(int i) {
            return body.get("messages").get(i).get("content").asText();
        }

        public String role(int i) {
            return body.get("messages").get(i).get("role").asText();
        }

        public int messages() {
            return body.get("messages").size();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-model-server");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Canned> replies = new ArrayDeque<>();
    private Function<Request, Canned> responder = request -> status(500);
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public FakeModelServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake model server", e);
        }
        server.createContext("/v1/chat/completions", exchange -> handle(exchange, false));
        server.createContext("/api/chat", exchange -> handle(exchange, true));
        server.setExecutor(threads);
        server.start();
    }

    public static Canned reply(String content) {
        return new Canned(200, content, false, Duration.ZERO);
    }

    public static Canned status(int code) {
        return new Canned(code, "", false, Duration.ZERO);
    }

    /** No answer until the server closes: the client's timeout must end the call. */
    public static Canned hang() {
        return new Canned(200, "", true, Duration.ZERO);
    }

    /**
     * {@code content} written word by word with {@code pause} after each word, to a client that asks for
     * a stream (to one that does not, at once).
     */
    public static Canned streamed(String content, Duration pause) {
        return new Canned(200, content, false, pause);
    }

    /** Queues replies for the next requests, in order; a request with none queued gets a 500. */
    public synchronized FakeModelServer then(Canned... canned) {
        replies.addAll(List.of(canned));
        return this;
    }

    /** Answers every request that finds no queued reply with what {@code responder} makes of it. */
    public synchronized FakeModelServer respondWith(Function<Request, Canned> responder) {
        this.responder = responder;
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The base URL an OpenAI client is given. */
    public String openAiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The base URL an Ollama client is given. */
    public String ollamaUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange, boolean ollama) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Canned canned;
        synchronized (this) {
            Request request = new Request(exchange.getRequestURI().getPath(), authorization, body);
            requests.add(request);
            canned = replies.isEmpty() ? responder.apply(request) : replies.removeFirst();
        }
        if (canned.hang()) {
            awaitClosing();
        }
        String model = body.path("model").asText("model");
        if (canned.status() == 200 && body.path("stream").asBoolean(false)) {
            stream(exchange, model, canned, ollama);
            return;
        }
        byte[] out = (canned.status() == 200 ? answer(model, canned.content(), ollama) : error(authorization))
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(canned.status(), out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    /**
     * Writes {@code canned} as the API streams: OpenAI's server-sent events of chunks ending with
     * "[DONE]", or Ollama's lines of JSON ending with one that is done; a word a chunk.
     */
    private void stream(HttpExchange exchange, String model, Canned canned, boolean ollama) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", ollama ? "application/x-ndjson" : "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (var out = exchange.getResponseBody()) {
            java.util.regex.Matcher words = java.util.regex.Pattern.compile("\\S+\\s*").matcher(canned.content());
            while (words.find()) {
                out.write(chunk(model, words.group(), false, ollama).getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (!canned.pause().isZero()) {
                    try {
                        Thread.sleep(canned.pause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            out.write(chunk(model, "", true, ollama).getBytes(StandardCharsets.UTF_8));
            if (!ollama) {
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the client stopped reading (its timeout): nothing more to write
        }
    }

    private static String chunk(String model, String text, boolean last, boolean ollama) {
        if (ollama) {
            ObjectNode root = JSON.createObjectNode().put("model", model).put("created_at", "2025-01-01T00:00:00Z");
            root.putObject("message").put("role", "assistant").put("content", text);
            root.put("done", last);
            if (last) {
                root.put("done_reason", "stop").put("prompt_eval_count", 1).put("eval_count", 1);
            }
            return root + "\n";
        }
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk")
                .put("created", 1).put("model", model);
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (last) {
            choice.put("finish_reason", "stop");
        } else {
            delta.put("content", text);
            choice.putNull("finish_reason");
        }
        return "data: " + root + "\n\n";
    }

    private void awaitClosing() {
        try {
            closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String answer(String model, String content, boolean ollama) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", content);
        ObjectNode root = JSON.createObjectNode().put("model", model);
        if (ollama) {
            root.put("created_at", "2025-01-01T00:00:00Z").set("message", message);
            root.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 1).put("eval_count", 1);
        } else {
            root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1);
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
            choice.set("message", message);
            choice.put("finish_reason", "stop");
            root.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        }
        return root.toString();
    }

    private static String error(String authorization) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("message", "canned failure; Authorization was: " + authorization)
                .put("type", "canned");
        return root.toString();
    }
}
