package vn.baocao.channel.telegram;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.baocao.channel.ChannelTexts;
import vn.baocao.channel.Delivery;
import vn.baocao.channel.DeliveryPostponed;
import vn.baocao.channel.Gate;
import vn.baocao.channel.Library;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.Reply;
import vn.baocao.chat.Usage;
import vn.baocao.report.Passage;

/**
 * What the bot does with one update. Text for the bot goes to the {@link ChatService} ("typing…" while
 * it answers a question) and the reply is formatted for Telegram; an edited message is answered again,
 * as a reply to it; a source button opens its passage, a summary button sends the report's summary; an admin's document is ingested; a sticker,
 * photo or voice message gets a short note on what the bot reads. Chats outside the allowlist are told
 * once, and group messages not addressed to the bot are ignored. A failure is the {@link vn.baocao.channel.Inbox}'s to
 * log with its update and chat.
 */
final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

    private final ChatService chat;
    private final Usage usage;
    private final Library library;
    private final Gate gate;
    private final Addressing addressing;
    private final Sender sender;
    private final Uploads uploads;

    /** The update being handled, when one is. */
    private Delivery delivery;

    UpdateHandler(ChatService chat, Usage usage, Library library, Gate gate, Addressing addressing, Sender sender,
                  Uploads uploads) {
        this.chat = chat;
        this.usage = usage;
        this.library = library;
        this.gate = gate;
        this.addressing = addressing;
        this.sender = sender;
        this.uploads = uploads.replyingWith(sender);
    }

    /** Tells the chat of {@code update} that it sent more than the bot can queue; best effort, once per update. */
    void overflow(Update update) {
        Message m = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
        if (m == null) {
            return;
        }
        try {
            sender.send(m.getChatId(), Addressing.inGroup(m), Outgoing.text(ChannelTexts.TOO_MANY), m.getMessageId());
        } catch (DeliveryPostponed e) {
            LOG.info("chat {}: not told of its full queue: {}", m.getChatId(), e.getMessage());
        }
    }

    /**
     * The lane {@code update} is handled in: messages of a chat one after the other, its button taps in a
     * lane of their own so that a tap is answered without waiting behind questions; empty for updates
     * the bot ignores (channel posts, inline queries…).
     */
    static Optional<String> laneOf(Update update) {
        Message m = update.hasMessage() ? update.getMessage() : update.hasEditedMessage() ? update.getEditedMessage() : null;
        if (m != null) {
            if (m.getChat() == null) {
                LOG.warn("update {}: a message without its chat, skipped", update.getUpdateId());
                return Optional.empty();
            }
            return Optional.of("chat " + m.getChatId());
        }
        if (update.hasCallbackQuery()) {
            CallbackQuery q = update.getCallbackQuery();
            if (q.getId() == null || q.getMessage() == null ? q.getFrom() == null : q.getMessage().getChat() == null) {
                LOG.warn("update {}: a button tap without its chat or sender, skipped", update.getUpdateId());
                return Optional.empty();
            }
            return Optional.of("buttons " + chatOf(q));
        }
        return Optional.empty();
    }

    /**
     * Handles {@code update}, sending the messages of its reply through {@code delivery}; {@link
     * DeliveryPostponed} leaves it owed.
     */
    void handle(Update update, Delivery delivery) {
        new UpdateHandler(chat, usage, library, gate, addressing, sender.forUpdate(delivery),
                uploads).handleNow(update, delivery);
    }

    private void handleNow(Update update, Delivery delivery) {
        this.delivery = delivery;
        if (update.hasMessage()) {
            onMessage(update.getMessage(), false);
        } else if (update.hasEditedMessage()) {
            onMessage(update.getEditedMessage(), true);
        } else if (update.hasCallbackQuery()) {
            onButton(update.getCallbackQuery());
        }
    }

    private void onMessage(Message m, boolean edited) {
        if (!addressing.isForBot(m)) {
            return;
        }
        long chatId = m.getChatId();
        boolean group = Addressing.inGroup(m);
        if (!gate.allows(Long.toString(chatId))) {
            if (gate.firstRefusal(Long.toString(chatId))) {
                LOG.info("chat {}: not in BAOCAO_ALLOWED_CHATS, told so once", chatId);
                sender.send(chatId, group, Outgoing.html(BotTexts.refusal(chatId)), group ? m.getMessageId() : null);
            }
            return;
        }
        Integer replyTo = group || edited ? m.getMessageId() : null;
        if (m.hasText()) {
            onText(m, chatId, group, replyTo);
        } else if (!edited && m.hasDocument() && gate.isAdmin(senderOf(m))) {
            uploads.receive(m);
        } else if (!edited) {
            sender.send(chatId, group, Outgoing.text(ChannelTexts.ONLY_TEXT), replyTo);
        }
    }

    private void onText(Message m, long chatId, boolean group, Integer replyTo) {
        String text = addressing.withoutMention(m.getText());
        if (ChannelTexts.isStatistics(text) && gate.isAdmin(senderOf(m))) {
            sender.send(chatId, group, Outgoing.html(BotTexts.statistics(library.reportCount(), library.passageCount(),
                    usage.snapshot())), replyTo);
            return;
        }
        DraftMessage draft = new DraftMessage(sender, chatId, group, replyTo);
        Optional<String> composed = delivery.composed();
        Outgoing out;
        if (composed.isPresent()) {
            out = Outgoing.fromJson(composed.get()); // composed before a stop: sent, not composed again
        } else {
            if (!text.startsWith("/")) {
                sender.typing(chatId);
            }
            Reply reply = chat.handle(sessionOf(chatId), text, draft);
            if (Thread.currentThread().isInterrupted()) {
                throw new DeliveryPostponed("the bot stopped while answering"); // the reply may be the stop's failure
            }
            usage.record(reply);
            out = TelegramFormat.render(reply);
            delivery.compose(out.toJson());
        }
        draft.finish(out);
    }

    private void onButton(CallbackQuery q) {
        long chatId = chatOf(q);
        if (!gate.allows(Long.toString(chatId))) {
            sender.answerCallback(q.getId(), chatId, null);
            return;
        }
        Optional<SummaryButton> summary = SummaryButton.parse(q.getData());
        if (summary.isPresent()) {
            onSummaryButton(q, chatId, summary.get());
            return;
        }
        Optional<SourceButton> button = SourceButton.parse(q.getData());
        if (button.isEmpty()) {
            sender.answerCallback(q.getId(), chatId, BotTexts.UNKNOWN_BUTTON);
            return;
        }
        SourceButton b = button.get();
        Optional<Passage> passage = library.passage(b.reportId(), b.ordinal()).filter(b::matches);
        if (passage.isEmpty()) {
            sender.answerCallback(q.getId(), chatId, BotTexts.SOURCE_GONE);
            return;
        }
        sender.answerCallback(q.getId(), chatId, null);
        boolean group = chatId < 0; // Telegram's group and supergroup ids are negative, users' positive
        Integer replyTo = group && q.getMessage() != null ? q.getMessage().getMessageId() : null;
        sender.send(chatId, group, TelegramFormat.source(b.n(), passage.get()), replyTo);
    }

    /** A "📝 Tóm tắt" tap: the report's summary, as if "/tomtat <report>" had been typed, or a notice that it is gone. */
    private void onSummaryButton(CallbackQuery q, long chatId, SummaryButton button) {
        if (library.passage(button.reportId(), 0).isEmpty()) {
            sender.answerCallback(q.getId(), chatId, BotTexts.SOURCE_GONE);
            return;
        }
        sender.answerCallback(q.getId(), chatId, null);
        sender.typing(chatId);
        boolean group = chatId < 0;
        Integer replyTo = group && q.getMessage() != null ? q.getMessage().getMessageId() : null;
        Reply reply = chat.handle(sessionOf(chatId), button.command());
        usage.record(reply);
        sender.send(chatId, group, TelegramFormat.render(reply), replyTo);
    }

    /** The chat a button was tapped in (the user's own chat for a button in an inline message). */
    private static long chatOf(CallbackQuery q) {
        return q.getMessage() != null ? q.getMessage().getChatId() : q.getFrom().getId();
    }

    /** The user id of who sent {@code m}, as the {@link Gate} compares it; null when anonymous. */
    private static String senderOf(Message m) {
        return m.getFrom() == null ? null : Long.toString(m.getFrom().getId());
    }

    /** The chat's session in the {@link ChatService}: one per Telegram chat, never shared with another. */
    private static String sessionOf(long chatId) {
        return "telegram:" + chatId;
    }
}
