package vn.baocao.store;

import vn.baocao.chat.Usage;

/** Usage counts kept in a {@link ConversationStore}: every process that opens the file adds to the same counts. */
final class StoredCounts implements Usage.Counts {
    private final ConversationStore store;

    StoredCounts(ConversationStore store) {
        this.store = store;
    }

    @Override
    public void add(long questions, long abstentions) {
        store.addCounts(questions, abstentions);
    }

    @Override
    public Usage.Snapshot snapshot() {
        return store.readCounts();
    }
}
