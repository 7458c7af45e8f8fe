package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Optional;
import vn.baocao.answer.CitationBook;
import vn.baocao.search.Intent;

/** Composes the answer text for one form of question from its evidence. */
interface Shape {

    /**
     * Returns the answer text, citing through {@code book}, or empty when the evidence does not hold
     * what this form of question asks for.
     *
     * @param intent    the question, read
     * @param evidence  sentences that are evidence for it, best first; never empty
     * @param book      where every quoted sentence is cited
     */
    Optional<String> compose(Intent intent, List<Candidate> evidence, CitationBook book);
}
