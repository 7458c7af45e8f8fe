package vn.baocao.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.channel.MessageSplitter;
import vn.baocao.report.Require;

/**
 * One reply as Telegram messages: HTML pieces that each fit in a message, in order, and the buttons
 * that go under the last one.
 *
 * @param pieces  the messages' HTML texts; at least one, none longer than Telegram allows
 * @param buttons the "📄 n" buttons, possibly none
 * @param summary the "📝 Tóm tắt" button, or null
 */
record Outgoing(List<String> pieces, List<SourceButton> buttons, SummaryButton summary) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Telegram's limit for one message's text. */
    static final int MAX_CHARS = 4096;

    Outgoing {
        pieces = List.copyOf(pieces);
        buttons = List.copyOf(buttons);
        Require.that(!pieces.isEmpty(), "a reply needs at least one message");
    }

    /** A reply without a summary button. */
    Outgoing(List<String> pieces, List<SourceButton> buttons) {
        this(pieces, buttons, null);
    }

    /** True when the last message carries buttons. */
    boolean hasButtons() {
        return !buttons.isEmpty() || summary != null;
    }

    /** This reply without its first message (it went out another way); it must have more than one. */
    Outgoing withoutFirstPiece() {
        Require.that(pieces.size() > 1, "a reply needs at least one message after its first");
        return new Outgoing(pieces.subList(1, pieces.size()), buttons, summary);
    }

    /** This reply as JSON, as the delivery journal keeps it until it is sent. */
    String toJson() {
        ObjectNode node = JSON.createObjectNode();
        pieces.forEach(node.putArray("pieces")::add);
        buttons.forEach(b -> node.withArray("buttons").add(b.callbackData()));
        if (summary != null) {
            node.put("summary", summary.callbackData());
        }
        return node.toString();
    }

    /** The reply {@link #toJson} wrote. */
    static Outgoing fromJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<String> pieces = new ArrayList<>();
            node.path("pieces").forEach(p -> pieces.add(p.asText()));
            List<SourceButton> buttons = new ArrayList<>();
            node.path("buttons").forEach(b -> SourceButton.parse(b.asText()).ifPresent(buttons::add));
            SummaryButton summary = node.hasNonNull("summary") ? SummaryButton.parse(node.get("summary").asText()).orElse(null)
                    : null;
            return new Outgoing(pieces, buttons, summary);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a kept reply that is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A reply of {@code html}, split as needed, without buttons. */
    static Outgoing html(String html) {
        return new Outgoing(MessageSplitter.html(html, MAX_CHARS), List.of());
    }

    /** A reply of plain {@code text}, escaped and split as needed. */
    static Outgoing text(String text) {
        return html(Html.escape(text));
    }
}
