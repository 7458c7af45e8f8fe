package vn.baocao.store;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.chat.Session;
import vn.baocao.chat.SessionStore;

/**
 * The chats' sessions in a {@link ConversationStore}, read and written through at every message, so that a
 * restarted bot, or another process on the same file, goes on with the conversation.
 */
public final class StoredSessions implements SessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(StoredSessions.class);

    private final ConversationStore store;
    private final SessionCodec codec;
    private final Clock clock;

    /** Sessions kept in {@code store}, written and read back by {@code codec}. */
    public StoredSessions(ConversationStore store, SessionCodec codec, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public Session get(String chatId) {
        Optional<Session> kept = store.read(ConversationStore.Table.SESSIONS, chatId).flatMap(state -> {
            Optional<Session> session = codec.read(state);
            if (session.isEmpty()) {
                // what it cites is no longer in the index (rebuilt since): the conversation starts afresh
                LOG.debug("chat {}: the kept session no longer fits the index; starting afresh", chatId);
            }
            return session;
        });
        return kept.orElseGet(() -> Session.fresh(clock.instant()));
    }

    @Override
    public void put(String chatId, Session session) {
        store.write(ConversationStore.Table.SESSIONS, chatId, session.touched().toEpochMilli(), codec.write(session));
    }

    @Override
    public void forget(String chatId) {
        store.delete(ConversationStore.Table.SESSIONS, chatId);
    }

    @Override
    public int size() {
        return store.count(ConversationStore.Table.SESSIONS);
    }
}
