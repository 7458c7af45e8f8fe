package vn.baocao.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.channel.Daemons;

/**
 * A Telegram Bot API server for tests, on 127.0.0.1 and a free port, speaking the real protocol so the
 * real TelegramBots client can talk to it: {@code /bot<token>/<method>} (method names case-insensitive,
 * a wrong token gets 401), JSON, form and multipart bodies, {@code {"ok":…}} envelopes, long-polling
 * {@code getUpdates} with offsets (an update is dropped once a later offset confirms it), {@code
 * sendMessage} results with dates in seconds and Telegram's checks (HTML must parse, at most 4096
 * characters of text), {@code getFile} and {@code /file/bot<token>/<path>} downloads, and on demand
 * an error such as 429 with {@code retry_after}.
 *
 * <p>Every call is recorded with the time of {@code clock} when it arrived, so tests can check pacing
 * against the bot's own (virtual) time. Tests push updates with {@link #push} and wait for the calls
 * they expect with {@link #awaitCalls}, which fails after a generous deadline rather than hanging.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final String TOKEN = "123456789:AAtest-Token_for_the_fake";
    public static final long BOT_ID = 9_000_001L;
    public static final String BOT_USERNAME = "baocao_test_bot";
    /** What each message sent shows now, by "chat:message id": its plain text and buttons. */
    private final java.util.Map<String, String> shown = new java.util.HashMap<>();
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Pattern METHOD = Pattern.compile("/bot([^/]+)/([A-Za-z]+)");
    private static final Pattern FILE = Pattern.compile("/file/bot([^/]+)/(.+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request the bot made: its method (lower case), its parameters, and when it arrived. */
    public record Call(String method, JsonNode params, Instant at) {
        public long chatId() {
            return params.path("chat_id").asLong();
        }

        public String text() {
            return params.path("text").asText();
        }
    }

    /** An error to answer the next call of a method with. */
    private record Failure(int status, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Supplier<Instant> clock;
    private final List<ObjectNode> pending = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, ArrayDeque<Failure>> failures = new HashMap<>();
    private final Map<String, ArrayDeque<Duration>> hangs = new HashMap<>();
    private final Map<String, Integer> lostAnswers = new HashMap<>();
    private final Map<String, Outage> outages = new HashMap<>();

    /** Every call of a method fails until {@code until} (System.nanoTime). */
    private record Outage(long until, Failure failure) {
    }
    private int released;
    private final Map<String, byte[]> files = new HashMap<>();
    private int nextUpdateId = 1;
    private int nextMessageId = 1;
    private int polling;
    private boolean closing;

    private FakeBotApi(HttpServer server, ExecutorService executor, Supplier<Instant> clock) {
        this.server = server;
        this.executor = executor;
        this.clock = clock;
    }

    /** A server stamping calls with {@code clock}. */
    public static FakeBotApi start(Supplier<Instant> clock) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(Daemons.named("fake-bot-api"));
            FakeBotApi api = new FakeBotApi(server, executor, clock);
            server.createContext("/", exchange -> {
                try (exchange) {
                    api.serve(exchange);
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
    public static FakeBotApi start() {
        return start(Instant::now);
    }

    /** "http://127.0.0.1:port", for TELEGRAM_API_URL. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- what tests do -------------------------------------------------------------------------

    /** Queues {@code update} (its update_id is assigned here) for the next getUpdates; returns its message's id. */
    public synchronized int push(ObjectNode update) {
        update.put("update_id", nextUpdateId++);
        pending.add(update);
        notifyAll();
        JsonNode message = update.has("message") ? update.get("message") : update.path("edited_message");
        return message.path("message_id").asInt();
    }

    /** A text message from {@code userId} in {@code chatId} (a group when negative). */
    public synchronized ObjectNode text(long chatId, long userId, String text) {
        ObjectNode message = message(chatId, userId);
        message.put("text", text);
        if (text.startsWith("/")) {
            ArrayNode entities = message.putArray("entities");
            entities.addObject().put("type", "bot_command").put("offset", 0).put("length", text.split("\\s", 2)[0].length());
        }
        return update("message", message);
    }

    /** A text message replying to the bot's message {@code botMessageId}. */
    public synchronized ObjectNode replyToBot(long chatId, long userId, String text, int botMessageId) {
        ObjectNode update = text(chatId, userId, text);
        ObjectNode replied = ((ObjectNode) update.get("message")).putObject("reply_to_message");
        replied.put("message_id", botMessageId).put("date", seconds());
        replied.set("from", bot());
        replied.set("chat", chat(chatId));
        return update;
    }

    /** Message {@code messageId} of {@code chatId}, edited to {@code text}. */
    public synchronized ObjectNode edited(long chatId, long userId, int messageId, String text) {
        ObjectNode message = message(chatId, userId);
        message.put("message_id", messageId).put("edit_date", seconds()).put("text", text);
        return update("edited_message", message);
    }

    /** A sticker. */
    public synchronized ObjectNode sticker(long chatId, long userId) {
        ObjectNode message = message(chatId, userId);
        message.putObject("sticker").put("file_id", "sticker-1").put("file_unique_id", "s1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return update("message", message);
    }

    /** A document, whose bytes the server then serves for getFile and the file URL. */
    public synchronized ObjectNode document(long chatId, long userId, String fileName, byte[] content) {
        String fileId = "file-" + (files.size() + 1);
        files.put(fileId, content);
        ObjectNode message = message(chatId, userId);
        message.putObject("document").put("file_id", fileId).put("file_unique_id", "u" + fileId)
                .put("file_name", fileName).put("file_size", content.length);
        return update("message", message);
    }

    /** A tap on an inline button with {@code data}, under the bot's message {@code messageId} in {@code chatId}. */
    public synchronized ObjectNode buttonTap(long chatId, long userId, int messageId, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cb-" + nextMessageId++);
        query.set("from", user(userId));
        ObjectNode message = query.putObject("message");
        message.put("message_id", messageId).put("date", seconds());
        message.set("chat", chat(chatId));
        message.set("from", bot());
        message.put("text", "…");
        query.put("chat_instance", "ci-" + chatId).put("data", data);
        return update("callback_query", query);
    }

    /** Answers every call of {@code method} with HTTP {@code status} and {@code body} for {@code span} of real time from now. */
    public synchronized void failFor(String method, Duration span, int status, String body) {
        outages.put(method.toLowerCase(Locale.ROOT), new Outage(System.nanoTime() + span.toNanos(), new Failure(status, body)));
    }

    /** Holds the next {@code count} calls of {@code method} for {@code hold} (real time) before answering them. */
    public synchronized void hangNext(String method, int count, Duration hold) {
        ArrayDeque<Duration> queue = hangs.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>());
        for (int i = 0; i < count; i++) {
            queue.add(hold);
        }
    }

    /** How many held calls have been answered. */
    public synchronized int heldCallsAnswered() {
        return released;
    }

    /**
     * Takes the next {@code count} calls of {@code method} as usual — the message is sent — then drops the
     * connection without an answer, as when a response is lost on the way back.
     */
    public synchronized void loseAnswerOfNext(String method, int count) {
        lostAnswers.merge(method.toLowerCase(Locale.ROOT), count, Integer::sum);
    }

    /** Queues {@code update} again with the update_id it already has, as Telegram does with one it thinks unconfirmed. */
    public synchronized void pushAgain(ObjectNode update) {
        pending.add(update.deepCopy());
        notifyAll();
    }

    /** Answers the next {@code count} calls of {@code method} with HTTP {@code status} and {@code body}. */
    public synchronized void failNext(String method, int count, int status, String body) {
        ArrayDeque<Failure> queue = failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>());
        for (int i = 0; i < count; i++) {
            queue.add(new Failure(status, body));
        }
    }

    /** Answers the next call of {@code method} with 429 Too Many Requests, retry after {@code seconds}. */
    public void tooManyRequests(String method, int seconds) {
        failNext(method, 1, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + seconds + "\",\"parameters\":{\"retry_after\":" + seconds + "}}");
    }

    /** The calls of {@code method} so far, in arrival order. */
    public synchronized List<Call> calls(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(m)).toList();
    }

    /** The messages sent to {@code chatId} so far. */
    public List<Call> messagesTo(long chatId) {
        return calls("sendMessage").stream().filter(c -> c.chatId() == chatId).toList();
    }

    /** Waits until {@code count} calls of {@code method} match {@code which}, and returns them in order. */
    public List<Call> awaitCalls(String method, Predicate<Call> which, int count) {
        return awaitCalls(method, which, count, DEADLINE);
    }

    /** As {@link #awaitCalls(String, Predicate, int)}, failing after {@code within} instead of the usual deadline. */
    public synchronized List<Call> awaitCalls(String method, Predicate<Call> which, int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            List<Call> matching = calls(method).stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + within.toSeconds() + " s for " + count + " " + method
                        + " calls, got " + matching.size() + "; all calls: " + calls);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Waits until {@code count} messages were sent to {@code chatId}, and returns them in order. */
    public List<Call> awaitMessages(long chatId, int count) {
        return awaitCalls("sendMessage", c -> c.chatId() == chatId, count);
    }

    /** Waits until the bot has confirmed (by a later getUpdates offset) every update pushed so far. */
    public synchronized void awaitAllConfirmed() {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!pending.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("updates never confirmed: " + pending);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Queues a raw update (its update_id is assigned here), whatever it holds. */
    public synchronized void pushRaw(ObjectNode update) {
        update.put("update_id", nextUpdateId++);
        pending.add(update);
        notifyAll();
    }

    /** The id the server gave to the message sent by {@code call}. */
    public int messageIdOf(Call call) {
        return call.params().path("_message_id").asInt();
    }

    /**
     * Ends the long polls under way with an empty answer, as Telegram would at their timeout (so a
     * stopped bot's last poll ends quietly rather than on a refused connection), then stops.
     */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
            notifyAll();
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (polling > 0 && System.nanoTime() < deadline) {
                try {
                    wait(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- the protocol ----------------------------------------------------------------------------

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Matcher file = FILE.matcher(path);
        if (file.matches()) {
            serveFile(exchange, file.group(1), URLDecoder.decode(file.group(2), StandardCharsets.UTF_8));
            return;
        }
        Matcher method = METHOD.matcher(path);
        if (!method.matches() || !TOKEN.equals(method.group(1))) {
            Response refused = method.matches() ? error(401, "Unauthorized") : error(404, "Not Found");
            send(exchange, refused.status(), refused.body());
            return;
        }
        String name = method.group(2).toLowerCase(Locale.ROOT);
        ObjectNode params = Bodies.parse(exchange);
        Failure failure = record(name, params);
        if (failure != null) {
            send(exchange, failure.status(), failure.body());
            return;
        }
        if (name.equals("getupdates")) {
            try {
                Response updates = ok(getUpdates(params));
                send(exchange, updates.status(), updates.body());
            } finally {
                pollAnswered();
            }
            return;
        }
        Duration hold = hangOf(name);
        if (hold != null) {
            try {
                Thread.sleep(hold);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            synchronized (this) {
                released++;
            }
        }
        Response response = answer(name, params);
        if (losesAnswer(name)) {
            exchange.close(); // the call was taken; no answer was started, so the connection is just closed
            return;
        }
        send(exchange, response.status(), response.body());
    }

    private synchronized Duration hangOf(String name) {
        ArrayDeque<Duration> queue = hangs.get(name);
        return queue == null ? null : queue.poll();
    }

    private synchronized boolean losesAnswer(String name) {
        int left = lostAnswers.getOrDefault(name, 0);
        if (left == 0) {
            return false;
        }
        lostAnswers.put(name, left - 1);
        return true;
    }

    /** A long poll has been answered, and {@link #close} may stop the server. */
    private synchronized void pollAnswered() {
        polling--;
        notifyAll();
    }

    /** An HTTP status and a JSON envelope. */
    private record Response(int status, String body) {
    }

    private synchronized Failure record(String name, ObjectNode params) {
        if (name.equals("sendmessage")) {
            params.put("_message_id", nextMessageId++); // set before a waiting test can see the call
        }
        Outage outage = outages.get(name);
        ArrayDeque<Failure> queue = failures.get(name);
        Failure failure = outage != null && System.nanoTime() < outage.until() ? outage.failure()
                : queue == null ? null : queue.poll();
        if (failure != null) {
            params.put("_refused", failure.status()); // the call came, and was answered with an error
        }
        if (!name.equals("getupdates")) {
            calls.add(new Call(name, params, clock.get()));
            notifyAll();
        }
        return failure;
    }

    /** The calls of {@code method} the server took (not answered with an error), in arrival order. */
    public synchronized List<Call> taken(String method) {
        return calls(method).stream().filter(c -> !c.params().has("_refused")).toList();
    }

    private Response answer(String name, ObjectNode params) {
        return switch (name) {
            case "getme" -> ok(bot().put("can_join_groups", true).put("can_read_all_group_messages", false)
                    .put("supports_inline_queries", false));
            case "deletewebhook", "setwebhook", "setmycommands", "sendchataction", "answercallbackquery" ->
                    ok(JSON.getNodeFactory().booleanNode(true));
            case "sendmessage" -> sendMessage(params);
            case "editmessagetext" -> editMessageText(params);
            case "getfile" -> getFile(params);
            default -> error(404, "Not Found: method not found");
        };
    }

    private synchronized Response sendMessage(ObjectNode params) {
        String text = params.path("text").asText("");
        if (!params.hasNonNull("chat_id") || text.isEmpty()) {
            return error(400, "Bad Request: message text is empty");
        }
        String plain;
        if ("HTML".equalsIgnoreCase(params.path("parse_mode").asText())) {
            try {
                plain = TelegramHtml.plainText(text);
            } catch (IllegalArgumentException e) {
                return error(400, "Bad Request: can't parse entities: " + e.getMessage());
            }
        } else {
            plain = text;
        }
        if (plain.length() > Outgoing.MAX_CHARS) {
            return error(400, "Bad Request: message is too long");
        }
        ObjectNode message = JSON.createObjectNode();
        shown.put(params.get("chat_id").asLong() + ":" + params.get("_message_id").asInt(),
                plain + "\u0000" + params.path("reply_markup"));
        message.put("message_id", params.get("_message_id").asInt()).put("date", seconds()).put("text", plain);
        message.set("from", bot());
        message.set("chat", chat(params.get("chat_id").asLong()));
        return ok(message);
    }

    /** Telegram's editMessageText: the message must exist, and its text or buttons must change. */
    private synchronized Response editMessageText(ObjectNode params) {
        String key = params.path("chat_id").asLong() + ":" + params.path("message_id").asInt();
        String text = params.path("text").asText("");
        if (!shown.containsKey(key)) {
            return error(400, "Bad Request: message to edit not found");
        }
        String plain;
        try {
            plain = "HTML".equalsIgnoreCase(params.path("parse_mode").asText()) ? TelegramHtml.plainText(text) : text;
        } catch (IllegalArgumentException e) {
            return error(400, "Bad Request: can't parse entities: " + e.getMessage());
        }
        if (text.isEmpty() || plain.length() > Outgoing.MAX_CHARS) {
            return error(400, text.isEmpty() ? "Bad Request: message text is empty" : "Bad Request: MESSAGE_TOO_LONG");
        }
        String now = plain + "\u0000" + params.path("reply_markup");
        if (now.equals(shown.get(key))) {
            return error(400, "Bad Request: message is not modified: specified new message content and reply markup "
                    + "are exactly the same as a current content and reply markup of the message");
        }
        shown.put(key, now);
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", params.path("message_id").asInt()).put("date", seconds()).put("edit_date", seconds())
                .put("text", plain);
        message.set("from", bot());
        message.set("chat", chat(params.path("chat_id").asLong()));
        return ok(message);
    }

    private synchronized Response getFile(ObjectNode params) {
        String fileId = params.path("file_id").asText();
        byte[] content = files.get(fileId);
        if (content == null) {
            return error(400, "Bad Request: invalid file_id");
        }
        ObjectNode file = JSON.createObjectNode();
        file.put("file_id", fileId).put("file_unique_id", "u" + fileId).put("file_size", content.length)
                .put("file_path", "documents/" + fileId + ".bin");
        return ok(file);
    }

    private void serveFile(HttpExchange exchange, String token, String filePath) throws IOException {
        byte[] content;
        synchronized (this) {
            calls.add(new Call("file", JSON.createObjectNode().put("path", filePath), clock.get()));
            notifyAll();
            Matcher m = Pattern.compile("documents/(.+)\\.bin").matcher(filePath);
            content = TOKEN.equals(token) && m.matches() ? files.get(m.group(1)) : null;
        }
        if (content == null) {
            Response missing = error(404, "Not Found");
            send(exchange, missing.status(), missing.body());
            return;
        }
        exchange.sendResponseHeaders(200, content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(content);
        }
    }

    /** Long polling: the updates from {@code offset} on, waiting up to {@code timeout} seconds for one. */
    private synchronized ArrayNode getUpdates(ObjectNode params) {
        int offset = params.path("offset").asInt(0);
        int limit = params.path("limit").asInt(100);
        long deadline = System.nanoTime() + Duration.ofSeconds(params.path("timeout").asInt(0)).toNanos();
        if (pending.removeIf(u -> u.get("update_id").asInt() < offset)) { // confirmed by this offset
            notifyAll();
        }
        polling++;
        try {
            while (pending.isEmpty() && !closing && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ArrayNode result = JSON.createArrayNode();
        if (!closing) {
            pending.stream().limit(limit).forEach(u -> result.add(u.deepCopy()));
        }
        return result;
    }

    // ---- JSON ------------------------------------------------------------------------------------

    private ObjectNode message(long chatId, long userId) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", nextMessageId++).put("date", seconds());
        message.set("from", user(userId));
        message.set("chat", chat(chatId));
        return message;
    }

    private static ObjectNode update(String kind, ObjectNode content) {
        ObjectNode update = JSON.createObjectNode();
        update.set(kind, content);
        return update;
    }

    private static ObjectNode chat(long chatId) {
        ObjectNode chat = JSON.createObjectNode().put("id", chatId);
        return chatId < 0 ? chat.put("type", "supergroup").put("title", "Nhóm " + -chatId)
                : chat.put("type", "private").put("first_name", "Người dùng " + chatId);
    }

    private static ObjectNode user(long userId) {
        return JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "Người dùng " + userId);
    }

    private static ObjectNode bot() {
        return JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Báo cáo")
                .put("username", BOT_USERNAME);
    }

    private long seconds() {
        return clock.get().getEpochSecond();
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

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
