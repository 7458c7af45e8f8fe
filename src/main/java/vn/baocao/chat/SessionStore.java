package vn.baocao.chat;

/**
 * Where the chats' sessions are kept: each chat's focus and last answer, forgotten after a time and
 * beyond a number of chats. Implementations are thread-safe.
 */
public interface SessionStore {

    /** The session of {@code chatId}: the remembered one if still fresh, else an empty one; never null. */
    Session get(String chatId);

    /** Remembers {@code session} for {@code chatId}, in place of what was remembered. */
    void put(String chatId, Session session);

    /** Forgets {@code chatId}'s conversation. */
    void forget(String chatId);

    /** How many chats are remembered now. */
    int size();
}
