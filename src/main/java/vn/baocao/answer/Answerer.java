package vn.baocao.answer;

/** Answers a question from the reports, citing them; one implementation per composer. */
public interface Answerer {

    /**
     * Returns the answer to {@code question}, never null and never throwing for odd input: an empty,
     * huge or nonsensical question gets an abstention whose text says what went wrong.
     *
     * @param question the user's text, as typed
     */
    Answer answer(String question);

    /**
     * Returns the answer to {@code question} asked in conversation {@code conversationId} (a chat id),
     * with the same contract as {@link #answer(String)}. A composer that follows conversations may read
     * a follow-up in the light of what was asked before; by default the conversation is ignored.
     */
    default Answer answer(String conversationId, String question) {
        return answer(question);
    }

    /**
     * Returns the answer to {@code question} asked in conversation {@code conversationId}, as
     * {@link #answer(String, String)} does, telling {@code draft} the answer's text so far while it is
     * being written: each time with all of it, grown, and only what has passed the answer's checks, so a
     * channel may show it before the answer is complete. The answer returned is what the user is finally
     * shown, and may differ from the last draft (markers renumbered). By default nothing is drafted.
     */
    default Answer answer(String conversationId, String question, java.util.function.Consumer<String> draft) {
        return answer(conversationId, question);
    }

    /**
     * The page {@code next} asks for, which an earlier answer of this answerer offered ({@link Answer#next()});
     * by default there are no pages, and the answer says so.
     */
    default Answer nextPage(NextPage next) {
        return Answer.refused(next.request(), Refusal.Reason.NO_EVIDENCE, Messages.NO_MORE, "extractive");
    }

    /** Forgets what was asked in conversation {@code conversationId}; by default there is nothing to forget. */
    default void forget(String conversationId) {
    }
}
