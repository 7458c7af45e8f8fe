package vn.baocao.channel.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An answer shown while a model writes it: one message, sent with the first checked text and edited as
 * the text grows — at most once a second, well inside Telegram's limits for one chat — then replaced by
 * the final reply, buttons and all. A text that comes within the second of the last edit is not shown:
 * a later one, or the final reply, carries it. Without any draft the reply is sent as usual.
 */
final class DraftMessage implements Consumer<String> {
    /** The least time between two edits of the draft. */
    static final Duration MIN_GAP = Duration.ofSeconds(1);
    /** Marks the draft as unfinished. */
    static final String WRITING = " …";

    private final Sender sender;
    private final long chatId;
    private final boolean group;
    private final Integer replyTo;
    private Integer messageId;
    private Instant shownAt;
    private String shown;
    private boolean failed;

    DraftMessage(Sender sender, long chatId, boolean group, Integer replyTo) {
        this.sender = sender;
        this.chatId = chatId;
        this.group = group;
        this.replyTo = replyTo;
    }

    /** Shows {@code text}, the checked answer so far: sends the draft, or edits it when a second has passed. */
    @Override
    public synchronized void accept(String text) {
        if (failed || text.equals(shown) || text.length() + WRITING.length() > Outgoing.MAX_CHARS) {
            return;
        }
        Instant now = sender.now();
        if (messageId == null) {
            Optional<Integer> sent = sender.sendDraft(chatId, group, Html.escape(text) + WRITING, replyTo);
            failed = sent.isEmpty();
            messageId = sent.orElse(null);
        } else if (Duration.between(shownAt, now).compareTo(MIN_GAP) >= 0) {
            failed = !sender.editDraft(chatId, group, messageId, Html.escape(text) + WRITING, null);
        } else {
            return;
        }
        shown = text;
        shownAt = now;
    }

    /**
     * Delivers the final reply {@code out}: its first piece replaces the draft (with the buttons when it
     * is the only one), the others follow as messages; all of it is sent as usual when no draft is shown
     * or the edit fails. Returns false when a piece could not be delivered.
     */
    synchronized boolean finish(Outgoing out) {
        List<String> pieces = out.pieces();
        if (messageId == null || failed || pieces.isEmpty()) {
            return sender.send(chatId, group, out, replyTo);
        }
        boolean last = pieces.size() == 1;
        if (!sender.edit(chatId, group, messageId, pieces.getFirst(), last ? out : null)) {
            return sender.send(chatId, group, out, null);
        }
        return last || sender.send(chatId, group, out.withoutFirstPiece(), null);
    }
}
