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
