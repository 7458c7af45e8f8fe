package vn.baocao.answer.extractive;

import vn.baocao.answer.Outcome;
import vn.baocao.search.Intent;

/** One way of answering a question: it answers, refuses for a reason, or passes to the next route. */
interface Route {
    /**
     * The outcome of {@code intent} by this route; {@link Outcome#PASS} when it has nothing to say.
     *
     * @param intent   the question, read
     * @param findings the question's evidence, found when first asked for and shared by the routes
     */
    Outcome answer(Intent intent, Findings findings);
}
