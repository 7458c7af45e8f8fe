package vn.baocao.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Locale;
import vn.baocao.report.Require;

/**
 * One update from Zalo: {@code {event_name, message{message_id, from{id, display_name}, chat{id, chat_type},
 * date, text}}}, as getUpdates returns it or the webhook receives it (possibly inside the {@code {ok,
 * result}} envelope). Read leniently: ids may come as strings or numbers and are kept as strings; {@code
 * date} may be in seconds or milliseconds; an update without {@code event_name} (the documentation's own
 * getUpdates sample has none) is a text message when it has text.
 *
 * @param kind      what the bot does with it
 * @param eventName Zalo's event name, e.g. "message.text.received" (empty when absent)
 * @param chatId    the chat to answer in
 * @param group     true in a group chat ({@code chat_type} "GROUP")
 * @param userId    who sent it (null when not given)
 * @param date      when it was sent (null when not given)
 * @param text      the message's text ("" when none)
 */
record ZaloUpdate(Kind kind, String eventName, String chatId, boolean group, String userId, Instant date, String text) {
    /** What an update asks of the bot. */
    enum Kind {
        /** A text message: a question or a command. */
        TEXT,
        /** A photo or a sticker: the bot says it reads only text. */
        MEDIA,
        /** Anything else (unknown events, unsupported messages): ignored. */
        OTHER
    }

    /** Dates above this are in milliseconds (in seconds, it is the year 5138). */
    private static final long MILLIS_FROM = 100_000_000_000L;

    ZaloUpdate {
        Require.notNull(kind, "kind");
        Require.that(kind == Kind.OTHER || chatId != null && !chatId.isBlank(), "a message update needs a chat id");
    }

    /**
     * The update in {@code node}.
     *
     * @throws IllegalArgumentException when a message event has no chat id
     */
    static ZaloUpdate parse(JsonNode node) {
        JsonNode update = node.path("result").isObject() ? node.get("result") : node;
        JsonNode message = update.path("message");
        String event = update.path("event_name").asText("").strip().toLowerCase(Locale.ROOT);
        String text = message.path("text").isValueNode() ? message.path("text").asText() : "";
        Kind kind = kindOf(event, !text.isEmpty());
        JsonNode chat = message.path("chat");
        return new ZaloUpdate(kind, event, id(chat.path("id")), "GROUP".equalsIgnoreCase(chat.path("chat_type").asText()),
                id(message.path("from").path("id")), date(message.path("date")), text);
    }

    private static Kind kindOf(String event, boolean hasText) {
        return switch (event) {
            case "message.text.received" -> Kind.TEXT;
            case "message.image.received", "message.sticker.received" -> Kind.MEDIA;
            case "" -> hasText ? Kind.TEXT : Kind.OTHER;
            default -> Kind.OTHER;
        };
    }

    /** An id as a string, whether Zalo wrote it as one or as a number; null when missing. */
    private static String id(JsonNode node) {
        if (!node.isValueNode() || node.isNull()) {
            return null;
        }
        String id = node.asText().strip();
        return id.isEmpty() ? null : id;
    }

    private static Instant date(JsonNode node) {
        if (!node.canConvertToLong() && !(node.isTextual() && node.asText().matches("\\d{1,18}"))) {
            return null;
        }
        long value = node.asLong();
        return value >= MILLIS_FROM ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }
}
