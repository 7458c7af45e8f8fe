package vn.baocao.channel.telegram;

import java.util.Locale;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.baocao.report.Require;

/**
 * Which messages are for the bot. In a private chat, all of them. In a group, only a command (unless it
 * names another bot: "/help@otherbot"), a message that mentions the bot ("@baocao_bot …") and a reply to
 * one of the bot's messages: the bot never answers a conversation it was not asked into.
 */
final class Addressing {
    private final String username;
    private final long botId;
    private final Pattern mention;

    /** For the bot {@code @username} whose user id is {@code botId}. */
    Addressing(String username, long botId) {
        this.username = Require.notBlank(username, "bot username").toLowerCase(Locale.ROOT);
        this.botId = botId;
        this.mention = Pattern.compile("(?iu)(?<![\\w@])@" + Pattern.quote(username) + "(?!\\w)");
    }

    /** True when {@code m} was sent in a group or supergroup rather than a private chat. */
    static boolean inGroup(Message m) {
        return m.getChat() != null && (m.getChat().isGroupChat() || m.getChat().isSuperGroupChat());
    }

    /** True when the bot should read {@code m}. */
    boolean isForBot(Message m) {
        if (!inGroup(m)) {
            return m.getChat() != null && m.getChat().isUserChat();
        }
        String text = m.hasText() ? m.getText() : m.getCaption() == null ? "" : m.getCaption();
        return isCommandForBot(text) || mention.matcher(text).find() || isReplyToBot(m);
    }

    /** {@code text} without mentions of the bot, stripped: "@baocao_bot ai chủ trì?" → "ai chủ trì?". */
    String withoutMention(String text) {
        return mention.matcher(text).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
    }

    private boolean isCommandForBot(String text) {
        if (!text.startsWith("/")) {
            return false;
        }
        String word = text.split("\\s", 2)[0];
        int at = word.indexOf('@');
        return at < 0 || word.substring(at + 1).toLowerCase(Locale.ROOT).equals(username);
    }

    private boolean isReplyToBot(Message m) {
        Message replied = m.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == botId;
    }
}
