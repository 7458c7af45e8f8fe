package vn.baocao.channel.zalo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.channel.ChannelTexts;
import vn.baocao.channel.Gate;
import vn.baocao.channel.Library;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.Reply;
import vn.baocao.chat.Usage;

/**
 * What the Zalo bot does with one message. Text goes to the {@link ChatService} ("typing…" while it
 * answers a question) and the reply is sent as plain text; an admin's "/thongke" gets the statistics; a
 * photo or sticker gets a short note on what the bot reads. A chat outside the allowlist is told once,
 * then ignored. Never throws: a failing update is logged with its chat and the next one is handled.
 */
final class ZaloHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ZaloHandler.class);

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

    /** Handles {@code update} (a text or media message); never throws. */
    void handle(ZaloUpdate update) {
        try {
            if (!gate.allows(update.chatId())) {
                refuse(update);
            } else if (update.kind() == ZaloUpdate.Kind.TEXT) {
                onText(update);
            } else if (update.kind() == ZaloUpdate.Kind.MEDIA) {
                send(update, ZaloFormat.text(ChannelTexts.ONLY_TEXT));
            }
        } catch (RuntimeException e) {
            LOG.error("chat {}: an update ({}) failed: {}", update.chatId(), update.eventName(), e.toString(), e);
        }
    }

    private void refuse(ZaloUpdate update) {
        if (gate.firstRefusal(update.chatId())) {
            LOG.info("chat {}: not in BAOCAO_ALLOWED_CHATS, told so once", update.chatId());
            send(update, ZaloFormat.text(ChannelTexts.refusal(update.chatId())));
        }
    }

    private void onText(ZaloUpdate update) {
        String text = update.text().strip();
        if (ChannelTexts.isStatistics(text) && gate.isAdmin(update.userId())) {
            send(update, ZaloFormat.text(ChannelTexts.STATISTICS + "\n" + ChannelTexts.statisticsLines(
                    library.reportCount(), library.passageCount(), usage.snapshot())));
            return;
        }
        if (!text.startsWith("/")) {
            sender.typing(update.chatId());
        }
        Reply reply = chat.handle(sessionOf(update.chatId()), text);
        usage.record(reply);
        send(update, ZaloFormat.render(reply));
    }

    private void send(ZaloUpdate update, List<String> messages) {
        sender.send(update.chatId(), update.group(), messages);
    }

    /** The chat's session in the {@link ChatService}: one per Zalo chat, never shared with another channel's. */
    private static String sessionOf(String chatId) {
        return "zalo:" + chatId;
    }
}
