package vn.baocao.store;

import java.util.List;
import vn.baocao.chat.RefusedQuestion;
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

    @Override
    public void refused(String question, String reason) {
        store.addRefused(question, reason);
    }

    @Override
    public List<RefusedQuestion> refused(int limit) {
        return store.readRefused(limit);
    }
}
