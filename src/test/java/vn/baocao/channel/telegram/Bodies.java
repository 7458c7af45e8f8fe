package vn.baocao.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of a Bot API request, however they came — query string, JSON, URL-encoded form or
 * multipart form (what TelegramBots uses for setWebhook and uploads) — as one JSON object, as the Bot
 * API reads them.
 */
final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

    private Bodies() {
    }

    static ObjectNode parse(HttpExchange exchange) throws IOException {
        ObjectNode params = JSON.createObjectNode();
        form(exchange.getRequestURI().getRawQuery(), params);
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (type.startsWith("application/json") && body.length > 0) {
            JsonNode json = JSON.readTree(body);
            json.properties().forEach(e -> params.set(e.getKey(), e.getValue()));
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            form(new String(body, StandardCharsets.UTF_8), params);
        } else if (type.startsWith("multipart/form-data")) {
            Matcher boundary = BOUNDARY.matcher(type);
            if (boundary.find()) {
                multipart(body, boundary.group(1), params);
            }
        }
        return params;
    }

    private static void form(String encoded, ObjectNode params) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }

    /** Text parts of a multipart body; ISO-8859-1 keeps every byte, so UTF-8 values survive the split. */
    private static void multipart(byte[] body, String boundary, ObjectNode params) {
        String all = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : all.split("--" + Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            Matcher name = NAME.matcher(part.substring(0, headersEnd));
            if (!name.find()) {
                continue;
            }
            String value = part.substring(headersEnd + 4);
            if (value.endsWith("\r\n")) {
                value = value.substring(0, value.length() - 2);
            }
            params.put(name.group(1), new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }
}
