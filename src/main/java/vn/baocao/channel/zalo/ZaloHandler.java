package vn.baocao.channel.zalo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.channel.ChannelTexts;
import vn.baocao.channel.Delivery;
import vn.baocao.channel.DeliveryPostponed;
import vn.baocao.channel.Gate;
import vn.baocao.channel.Library;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.Reply;
import vn.baocao.chat.Usage;

/**
 * What the Zalo bot does with one message. Text goes to the {@link ChatService} ("typing…" while it
 * answers a question) and the reply is sent as plain text; an admin's "/thongke" gets the statistics; a
 * photo or sticker gets a short note on what the bot reads. A chat outside the allowlist is told once,
 * then ignored. A failure is the {@link vn.baocao.channel.Inbox}'s to log with its update and chat.
 */
final class ZaloHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ZaloHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChatService chat;
    private final Usage usage;
    private final Library library;
    private final Gate gate;
    private final ZaloSender sender;

    ZaloHandler(ChatService chat, Usage usage, Library library, Gate gate, ZaloSender sender) {
        this.chat = chat;
        this.usage = usage;
        this.library = library;
        this.gate = gate;
        this.sender = sender;
    }

    /** Handles {@code update} (a text or media message), sending its reply through {@code delivery}. */
    void handle(ZaloUpdate update, Delivery delivery) {
        new ZaloHandler(chat, usage, library, gate, sender.forUpdate(delivery)).handleNow(update, delivery);
    }

    /** Tells the chat of {@code update} that it sent more than the bot can queue; best effort. */
    void overflow(ZaloUpdate update) {
        try {
            send(update, ZaloFormat.text(ChannelTexts.TOO_MANY));
        } catch (DeliveryPostponed e) {
            LOG.info("chat {}: not told of its full queue: {}", update.chatId(), e.getMessage());
        }
    }

    private void handleNow(ZaloUpdate update, Delivery delivery) {
        if (!gate.allows(update.chatId())) {
            refuse(update);
        } else if (update.kind() == ZaloUpdate.Kind.TEXT) {
            onText(update, delivery);
        } else if (update.kind() == ZaloUpdate.Kind.MEDIA) {
            send(update, ZaloFormat.text(ChannelTexts.ONLY_TEXT));
        }
    }

    private void refuse(ZaloUpdate update) {
        if (gate.firstRefusal(update.chatId())) {
            LOG.info("chat {}: not in BAOCAO_ALLOWED_CHATS, told so once", update.chatId());
            send(update, ZaloFormat.text(ChannelTexts.refusal(update.chatId())));
        }
    }

    private void onText(ZaloUpdate update, Delivery delivery) {
        String text = update.text().strip();
        if (ChannelTexts.isStatistics(text) && gate.isAdmin(update.userId())) {
            send(update, ZaloFormat.text(ChannelTexts.STATISTICS + "\n" + ChannelTexts.statisticsLines(
                    library.reportCount(), library.passageCount(), usage.snapshot())));
            return;
        }
        List<String> messages = delivery.composed().map(ZaloHandler::messagesOf).orElse(null);
        if (messages == null) {
            if (!text.startsWith("/")) {
                sender.typing(update.chatId());
            }
            Reply reply = chat.handle(sessionOf(update.chatId()), text);
            if (Thread.currentThread().isInterrupted()) {
                throw new DeliveryPostponed("the bot stopped while answering"); // the reply may be the stop's failure
            }
            usage.record(reply);
            messages = ZaloFormat.render(reply);
            delivery.compose(JSON.valueToTree(messages).toString());
        }
        send(update, messages);
    }

    private void send(ZaloUpdate update, List<String> messages) {
        sender.send(update.chatId(), update.group(), messages);
    }

    /** The messages of a reply kept as a JSON array of strings. */
    private static List<String> messagesOf(String json) {
        try {
            List<String> messages = new java.util.ArrayList<>();
            JSON.readTree(json).forEach(m -> messages.add(m.asText()));
            return messages;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("a kept reply that is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The chat's session in the {@link ChatService}: one per Zalo chat, never shared with another channel's. */
    private static String sessionOf(String chatId) {
        return "zalo:" + chatId;
    }
}
