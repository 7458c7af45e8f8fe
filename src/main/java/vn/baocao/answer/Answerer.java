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
}
