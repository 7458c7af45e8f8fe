package vn.baocao.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sessions of all chats in memory, bounded in number and age: the least recently used chat is
 * forgotten beyond {@code capacity}, and a chat silent for longer than {@code ttl} starts afresh; all is
 * lost when the process ends. Thread-safe.
 */
public final class Sessions implements SessionStore {
    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Session> byChat;

    public Sessions(int capacity, Duration ttl, Clock clock) {
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
        this.byChat = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > Sessions.this.capacity;
            }
        };
    }

    @Override
    public synchronized Session get(String chatId) {
        Instant now = clock.instant();
        Session s = byChat.get(chatId);
        return s == null || s.touched().plus(ttl).isBefore(now) ? Session.fresh(now) : s;
    }

    @Override
    public synchronized void put(String chatId, Session session) {
        byChat.put(chatId, session);
    }

    @Override
    public synchronized void forget(String chatId) {
        byChat.remove(chatId);
    }

    @Override
    public synchronized int size() {
        return byChat.size();
    }
}
