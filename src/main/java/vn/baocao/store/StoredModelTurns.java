package vn.baocao.store;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import vn.baocao.answer.ConversationMemory;

/**
 * The model path's recent turns of each chat in a {@link ConversationStore}, under the same time to live
 * and capacity as the sessions, so a restarted bot's model still sees what was said. The store is asked
 * for at each use, so that a process answering single questions never opens it.
 */
public final class StoredModelTurns implements ConversationMemory {
    private final Supplier<ConversationStore> store;
    private final Clock clock;

    /** Turns kept in the store {@code store} gives, touched at {@code clock}'s time. */
    public StoredModelTurns(Supplier<ConversationStore> store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<String> read(String conversationId) {
        return store.get().read(ConversationStore.Table.MODEL_TURNS, conversationId);
    }

    @Override
    public void write(String conversationId, String text) {
        store.get().write(ConversationStore.Table.MODEL_TURNS, conversationId, clock.millis(), text);
    }

    @Override
    public void delete(String conversationId) {
        store.get().delete(ConversationStore.Table.MODEL_TURNS, conversationId);
    }
}
