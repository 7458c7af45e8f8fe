package vn.baocao.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.channel.Daemons;

/**
 * A Zalo Bot API server for tests, on 127.0.0.1 and a free port, behaving as Zalo documents it: {@code POST
 * /bot<token>/<method>} with a JSON body (a wrong token gets 401, another verb 405, an unknown method 404),
 * the {@code {ok, result, error_code, description}} envelope, {@code getUpdates} returning one update per
 * call and 408 when none came within its {@code timeout} (a string of seconds) — and refusing to poll while
 * a webhook is set —, {@code sendMessage} with Zalo's checks (string chat id, 1 to 2000 characters) and
 * dates in milliseconds, {@code sendChatAction}, {@code setWebhook} (HTTPS URL, secret of 8 to 256
 * characters), {@code deleteWebhook}, {@code getMe}; and on demand any error for the next calls of a method.
 *
 * <p>Every call is recorded with the time of {@code clock} when it arrived, so tests check pacing and
 * backoff against the bot's own (virtual) time. Tests push updates with {@link #push} and wait for the calls
 * they expect with {@link #awaitCalls}, which fails after a generous deadline rather than hanging.
 */
public final class FakeZaloApi implements AutoCloseable {
    public static final String TOKEN = "1459232241454765289:zalo-Test_key.for.the.fake";
    public static final String BOT_NAME = "bot.BaoCaoTest";
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Pattern METHOD = Pattern.compile("/bot([^/]+)/([A-Za-z]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 2000;

    /** One request the bot made: its method, its JSON body, and when it arrived. */
    public record Call(String method, JsonNode params, Instant at) {
        public String chatId() {
            return params.path("chat_id").asText();
        }

        public String text() {
            return params.path("text").asText();
        }
    }

    private record Response(int status, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Supplier<Instant> clock;
    private final ArrayDeque<ObjectNode> pending = new ArrayDeque<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, ArrayDeque<Response>> failures = new HashMap<>();
    private int nextMessageId = 1;
    private int lastTaken;
    private String webhookUrl = "";
    private boolean closing;

    private FakeZaloApi(HttpServer server, ExecutorService executor, Supplier<Instant> clock) {
        this.server = server;
        this.executor = executor;
        this.clock = clock;
    }

    /** A server stamping calls with {@code clock}. */
    public static FakeZaloApi start(Supplier<Instant> clock) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(Daemons.named("fake-zalo-api"));
            FakeZaloApi api = new FakeZaloApi(server, executor, clock);
            server.createContext("/", exchange -> {
                try (exchange) {
                    Response response = api.serve(exchange);
                    send(exchange, response);
                }
            });
            server.setExecutor(executor);
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server stamping calls with the wall clock. */
    public static FakeZaloApi start() {
        return start(Instant::now);
    }

    /** "http://127.0.0.1:port", for ZALO_API_URL. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- what tests do -------------------------------------------------------------------------

    /** Queues {@code update} for the next getUpdates. */
    public synchronized void push(ObjectNode update) {
        pending.add(update);
        notifyAll();
    }

    /** A text message from {@code userId} in {@code chatId} (a group chat when {@code chatId} starts with "g"). */
    public ObjectNode text(String chatId, String userId, String text) {
        ObjectNode update = update("message.text.received", chatId, userId);
        ((ObjectNode) update.get("message")).put("text", text);
        return update;
    }

    /** A photo. */
    public ObjectNode image(String chatId, String userId) {
        ObjectNode update = update("message.image.received", chatId, userId);
        ((ObjectNode) update.get("message")).put("photo_url", "https://photo.zaloapp.test/p1.jpg").put("caption", "");
        return update;
    }

    /** A sticker. */
    public ObjectNode sticker(String chatId, String userId) {
        ObjectNode update = update("message.sticker.received", chatId, userId);
        ((ObjectNode) update.get("message")).put("sticker", "0e078a2fb66a5f34067b")
                .put("url", "https://stickers.zaloapp.test/0e07.png");
        return update;
    }

    /** An event of {@code eventName} from {@code userId} in {@code chatId}, with a message but nothing in it. */
    public synchronized ObjectNode update(String eventName, String chatId, String userId) {
        ObjectNode update = JSON.createObjectNode().put("event_name", eventName);
        ObjectNode message = update.putObject("message");
        message.put("message_id", String.format("%020x", nextMessageId++)).put("date", clock.get().toEpochMilli());
        message.putObject("from").put("id", userId).put("display_name", "Người dùng " + userId).put("is_bot", false);
        message.putObject("chat").put("id", chatId).put("chat_type", chatId.startsWith("g") ? "GROUP" : "PRIVATE");
        return update;
    }

    /** Answers the next {@code count} calls of {@code method} with HTTP {@code status} and {@code body}. */
    public synchronized void failNext(String method, int count, int status, String body) {
        ArrayDeque<Response> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int i = 0; i < count; i++) {
            queue.add(new Response(status, body));
        }
    }

    /** Answers the next {@code count} calls of {@code method} with Zalo's envelope for error {@code code}. */
    public void failNext(String method, int count, int code) {
        failNext(method, count, code, error(code, "Error " + code).body());
    }

    /** The calls of {@code method} so far, in arrival order. */
    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The messages sent to {@code chatId} so far. */
    public List<Call> messagesTo(String chatId) {
        return calls("sendMessage").stream().filter(c -> c.chatId().equals(chatId)).toList();
    }

    /** Waits until {@code count} calls of {@code method} match {@code which}, and returns them in order. */
    public synchronized List<Call> awaitCalls(String method, Predicate<Call> which, int count) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        List<Call> matching = calls(method).stream().filter(which).toList();
        while (matching.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + count + " " + method + " calls within " + DEADLINE.toSeconds()
                        + " s, only " + matching.size() + "; every call: " + calls);
            }
            pause(left);
            matching = calls(method).stream().filter(which).toList();
        }
        return matching;
    }

    /** Waits until {@code count} messages were sent to {@code chatId}, and returns them in order. */
    public List<Call> awaitMessages(String chatId, int count) {
        return awaitCalls("sendMessage", c -> c.chatId().equals(chatId), count);
    }

    /** The message id of the update getUpdates handed out last (0 before the first): the one a killed bot may not have kept. */
    public synchronized int lastTaken() {
        return lastTaken;
    }

    /** Waits until the bot has taken every update pushed so far. */
    public synchronized void awaitAllTaken() {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!pending.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("updates never taken: " + pending);
            }
            pause(left);
        }
    }

    /** Ends the long polls under way (with 408, as at their timeout), then stops. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
            notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- the protocol ----------------------------------------------------------------------------

    private Response serve(HttpExchange exchange) throws IOException {
        Matcher path = METHOD.matcher(exchange.getRequestURI().getRawPath());
        if (!path.matches()) {
            return error(404, "Not Found");
        }
        if (!TOKEN.equals(path.group(1))) {
            return error(401, "Unauthorized");
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            return error(405, "Method Not Allowed");
        }
        JsonNode params;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            params = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return error(400, "Bad Request: body is not JSON");
        }
        String method = path.group(2);
        Response failure = record(method, params);
        return failure != null ? failure : answer(method, params);
    }

    private synchronized Response record(String method, JsonNode params) {
        calls.add(new Call(method, params, clock.get()));
        notifyAll();
        ArrayDeque<Response> queue = failures.get(method);
        return queue == null ? null : queue.poll();
    }

    private Response answer(String method, JsonNode params) {
        return switch (method) {
            case "getMe" -> ok(JSON.createObjectNode().put("id", "1459232241454765289").put("account_name", BOT_NAME)
                    .put("account_type", "BASIC").put("can_join_groups", false));
            case "getUpdates" -> getUpdates(params);
            case "sendMessage" -> sendMessage(params);
            case "sendChatAction" -> "typing".equals(params.path("action").asText())
                    ? new Response(200, "{\"ok\":true}") : error(400, "Bad Request: invalid action");
            case "setWebhook" -> setWebhook(params);
            case "deleteWebhook" -> webhook("");
            default -> error(404, "Not Found: method " + method);
        };
    }

    /** Long polling: the first pending update, waiting up to {@code timeout} seconds for one; 408 when none came. */
    private synchronized Response getUpdates(JsonNode params) {
        if (!webhookUrl.isEmpty()) {
            return error(400, "Bad Request: getUpdates is not available while a webhook is set");
        }
        JsonNode timeout = params.path("timeout");
        if (!timeout.isMissingNode() && !timeout.asText().matches("\\d+")) {
            return error(400, "Bad Request: timeout must be a number of seconds");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(timeout.isMissingNode() ? 30 : timeout.asLong()).toNanos();
        while (pending.isEmpty() && !closing && System.nanoTime() < deadline) {
            pause(deadline - System.nanoTime());
        }
        if (pending.isEmpty() || closing) {
            return error(408, "Request timeout");
        }
        ObjectNode update = pending.poll();
        lastTaken = Integer.parseInt(update.path("message").path("message_id").asText("0"), 16);
        notifyAll();
        return ok(update);
    }

    private synchronized Response sendMessage(JsonNode params) {
        if (!params.path("chat_id").isTextual() || params.path("chat_id").asText().isBlank()) {
            return error(400, "Bad Request: chat_id must be a string");
        }
        String text = params.path("text").asText("");
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            return error(400, "Bad Request: text must be 1 to 2000 characters, was " + text.length());
        }
        return ok(JSON.createObjectNode().put("message_id", String.format("%020x", nextMessageId++))
                .put("date", clock.get().toEpochMilli()));
    }

    private synchronized Response setWebhook(JsonNode params) {
        String url = params.path("url").asText("");
        String secret = params.path("secret_token").asText("");
        if (!url.startsWith("https://") || secret.length() < 8 || secret.length() > 256) {
            return error(400, "Bad Request: url must be HTTPS and secret_token 8 to 256 characters");
        }
        return webhook(url);
    }

    private synchronized Response webhook(String url) {
        webhookUrl = url;
        return ok(JSON.createObjectNode().put("url", url).put("updated_at", clock.get().toEpochMilli()));
    }

    private void pause(long nanos) {
        try {
            wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Response ok(JsonNode result) {
        ObjectNode envelope = JSON.createObjectNode().put("ok", true);
        envelope.set("result", result);
        return new Response(200, envelope.toString());
    }

    private static Response error(int code, String description) {
        return new Response(code, JSON.createObjectNode().put("ok", false).put("error_code", code)
                .put("description", description).toString());
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
