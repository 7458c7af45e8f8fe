package vn.baocao.channel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may use a bot: the chats of {@code BAOCAO_ALLOWED_CHATS} (everyone when it is empty) and the
 * admins' own private chats; and who may upload reports and see statistics: the admins of {@code
 * BAOCAO_ADMINS}. Ids are compared as the messenger writes them (Telegram's are numbers, Zalo's are
 * strings). A refused chat is told so once, then ignored (it is remembered among the last {@value
 * #REMEMBERED} refused chats), so that an outsider cannot make the bot spam. Thread-safe.
 */
public final class Gate {
    private static final int REMEMBERED = 10_000;

    private final Set<String> allowedChats;
    private final Set<String> admins;
    private final Map<String, Boolean> refused = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** A gate letting in {@code allowedChats} (all chats when empty) and {@code admins}. */
    public Gate(Set<String> allowedChats, Set<String> admins) {
        this.allowedChats = Set.copyOf(allowedChats);
        this.admins = Set.copyOf(admins);
    }

    /** True when {@code chatId} may use the bot: every chat when no allowlist is set, and admins always. */
    public boolean allows(String chatId) {
        return allowedChats.isEmpty() || allowedChats.contains(chatId) || admins.contains(chatId);
    }

    /** True when user {@code userId} is an admin. */
    public boolean isAdmin(String userId) {
        return userId != null && admins.contains(userId);
    }

    /** True the first time it is asked about a refused {@code chatId}: the one time it is told why. */
    public synchronized boolean firstRefusal(String chatId) {
        return refused.put(chatId, Boolean.TRUE) == null;
    }
}
