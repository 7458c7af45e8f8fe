package vn.baocao.channel.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.baocao.json.AnswerJson;

/**
 * One request and its response, over the JDK's {@link HttpExchange}: reads the body within a limit and as
 * JSON, and answers JSON, problems, files or an event stream, each with the headers every response carries
 * ({@code nosniff}, no caching of answers). A request whose body is too large is refused from its
 * {@code Content-Length} before anything is read.
 */
final class Exchange {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    private final HttpExchange exchange;
    private int status;

    Exchange(HttpExchange exchange) {
        this.exchange = exchange;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    /** The path, still percent-encoded, so an encoded slash in an id cannot pass for a separator. */
    String path() {
        return exchange.getRequestURI().getRawPath();
    }

    /** The client's address: what rate limits are kept per. */
    String client() {
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** The decoded value of query parameter {@code name}, if given. */
    Optional<String> query(String name) {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return Optional.empty();
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (decode(key).equals(name)) {
                return Optional.of(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad_query", "the query string is not percent-encoded correctly: " + e.getMessage());
        }
    }

    /** Adds a response header; before the response is sent. */
    void responseHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    /** The status sent, 0 until a response is. */
    int status() {
        return status;
    }

    /** The body, at most {@code max} bytes: a larger one is a 413 problem, refused before it is read when its length is declared. */
    byte[] body(long max) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw Problem.badRequest("bad_length", "Content-Length is not a number: " + declared);
            }
            if (length > max) {
                throw tooLarge(max);
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge(max);
            }
            return bytes;
        } catch (IOException e) {
            throw new Problem(400, "unreadable_body", "the request body could not be read: " + e.getMessage());
        }
    }

    private static Problem tooLarge(long max) {
        return new Problem(413, "too_large", "the request body is larger than the " + max + " bytes this endpoint takes");
    }

    /** The body as a JSON object, at most {@code max} bytes, sent as {@code application/json}. */
    ObjectNode jsonBody(long max) {
        String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith(JSON)) {
            throw new Problem(415, "not_json", "send the request body as Content-Type: application/json");
        }
        byte[] body = body(max);
        JsonNode node;
        try {
            node = AnswerJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw Problem.badRequest("bad_json", "the request body is not valid JSON: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (!(node instanceof ObjectNode object)) {
            throw Problem.badRequest("bad_json", "the request body must be a JSON object, e.g. {\"question\": \"…\"}");
        }
        return object;
    }

    /** Sends {@code node} with {@code status}. */
    void json(int status, JsonNode node) {
        send(status, JSON, bytes(node));
    }

    /** Sends {@code problem} as {@code application/problem+json}, with its headers. */
    void problem(Problem problem) {
        problem.headers().forEach(this::responseHeader);
        ObjectNode body = AnswerJson.MAPPER.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        body.put("code", problem.code());
        body.put("instance", path());
        send(problem.status(), PROBLEM_JSON, bytes(body));
    }

    /** Sends {@code body} of {@code contentType} with {@code status}. */
    void send(int status, String contentType, byte[] body) {
        responseHeader("Content-Type", contentType.startsWith("text/") || contentType.endsWith("json")
                || contentType.endsWith("javascript") ? contentType + "; charset=utf-8" : contentType);
        common();
        this.status = status;
        try {
            boolean head = "HEAD".equals(method());
            exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // the client went away before it read its answer: nothing left to tell it
            throw new ClientGone(e);
        }
    }

    /** Sends a response without a body. */
    void empty(int status) {
        common();
        this.status = status;
        try {
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException e) {
            throw new ClientGone(e);
        }
    }

    /** Starts a {@code text/event-stream} response, whose events go out as they are written. */
    EventStream events() {
        responseHeader("Content-Type", "text/event-stream; charset=utf-8");
        responseHeader("X-Accel-Buffering", "no");
        common();
        this.status = 200;
        try {
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException e) {
            throw new ClientGone(e);
        }
        return new EventStream(exchange.getResponseBody());
    }

    private void common() {
        exchange.getResponseHeaders().putIfAbsent("Cache-Control", java.util.List.of("no-store"));
        responseHeader("X-Content-Type-Options", "nosniff");
        responseHeader("Referrer-Policy", "no-referrer");
    }

    static byte[] bytes(JsonNode node) {
        try {
            return AnswerJson.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response as JSON", e);
        }
    }

    /** Request headers, for the CORS check. */
    Map<String, java.util.List<String>> requestHeaders() {
        return exchange.getRequestHeaders();
    }

    /** The client closed the connection before its response was written: nothing to answer. */
    static final class ClientGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClientGone(IOException cause) {
            super("the client closed the connection: " + cause.getMessage(), cause);
        }
    }
}
