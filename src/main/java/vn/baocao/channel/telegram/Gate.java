package vn.baocao.channel.telegram;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.baocao.config.TelegramSettings;

/**
 * Who may use the bot: the chats of {@code BAOCAO_ALLOWED_CHATS} (everyone when it is empty) and the
 * admins; and who may upload reports and see statistics: the admins. A refused chat is told so once,
 * then ignored (it is remembered among the last {@value #REMEMBERED} refused chats), so that an
 * outsider cannot make the bot spam. Thread-safe.
 */
final class Gate {
    private static final int REMEMBERED = 10_000;

    private final TelegramSettings settings;
    private final Map<Long, Boolean> refused = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    Gate(TelegramSettings settings) {
        this.settings = settings;
    }

    /** True when {@code chatId} may use the bot. */
    boolean allows(long chatId) {
        return settings.allows(chatId);
    }

    /** True when user {@code userId} is an admin. */
    boolean isAdmin(Long userId) {
        return userId != null && settings.admins().contains(userId);
    }

    /** True the first time it is asked about a refused {@code chatId}: the one time it is told why. */
    synchronized boolean firstRefusal(long chatId) {
        return refused.put(chatId, Boolean.TRUE) == null;
    }
}
