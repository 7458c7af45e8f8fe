package vn.baocao.answer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.baocao.report.Require;

/**
 * Where a composer keeps each conversation's recent turns, as one text per conversation that only the
 * composer reads; a kept store lets them outlive the process. Implementations are thread-safe and keep
 * a bounded number of conversations.
 */
public interface ConversationMemory {
    /** The text kept for {@code conversationId}, if any is still kept. */
    Optional<String> read(String conversationId);

    /** Keeps {@code text} for {@code conversationId} in place of what was kept. */
    void write(String conversationId, String text);

    /** Forgets {@code conversationId}. */
    void delete(String conversationId);

    /** A memory of this process only: the {@code capacity} most recently written conversations. */
    static ConversationMemory inProcess(int capacity) {
        Require.that(capacity > 0, "capacity must be > 0, was " + capacity);
        Map<String, String> byId = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
        return new ConversationMemory() {
            @Override
            public synchronized Optional<String> read(String conversationId) {
                return Optional.ofNullable(byId.get(conversationId));
            }

            @Override
            public synchronized void write(String conversationId, String text) {
                byId.put(conversationId, text);
            }

            @Override
            public synchronized void delete(String conversationId) {
                byId.remove(conversationId);
            }
        };
    }
}
