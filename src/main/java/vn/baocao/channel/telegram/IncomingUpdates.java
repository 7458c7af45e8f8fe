package vn.baocao.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.baocao.channel.Inbox;
import vn.baocao.store.DeliveryJournal;

/**
 * Reads the updates Telegram sends, one at a time, so that one the bot cannot use — a field of the wrong
 * type, a message without its chat, a button tap without its sender — is logged with its {@code update_id}
 * and skipped (still confirmed, so it never blocks the updates after it) instead of failing its batch.
 */
final class IncomingUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(IncomingUpdates.class);
    /** The update's journal channel. */
    static final String CHANNEL = "telegram";

    private final ObjectMapper json;

    IncomingUpdates(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The update in {@code node} as the journal keeps it, in its chat's lane, or in {@link Inbox#NO_LANE}
     * when the bot does not answer it; empty when it has no {@code update_id} (nothing can be said of it).
     */
    Optional<DeliveryJournal.Update> read(JsonNode node) {
        JsonNode id = node.path("update_id");
        if (!id.isIntegralNumber()) {
            LOG.warn("an update without a numeric update_id, skipped ({} bytes)", node.toString().length());
            return Optional.empty();
        }
        String body = node.toString();
        String lane;
        try {
            lane = UpdateHandler.laneOf(json.treeToValue(node, Update.class)).orElse(Inbox.NO_LANE);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("update {} cannot be read, skipped: {}", id.asLong(), oneLine(e.getMessage()));
            lane = Inbox.NO_LANE;
        }
        return Optional.of(new DeliveryJournal.Update(CHANNEL, Long.toString(id.asLong()), lane, body));
    }

    /** The update the journal kept. */
    Update parse(DeliveryJournal.Update kept) {
        try {
            return json.readValue(kept.body(), Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("update " + kept.id() + " was kept but cannot be read: " + oneLine(e.getMessage()), e);
        }
    }

    private static String oneLine(String message) {
        String text = message == null ? "" : message.replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
