package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Optional;
import vn.baocao.answer.CitationBook;

/** Composes the answer text for one kind of question from ranked candidate sentences. */
interface Shape {

    /**
     * Returns the answer text, citing through {@code book}, or empty when the candidates do not hold
     * what this kind of question asks for (the caller then falls back to a general answer).
     *
     * @param ask       the question, analysed
     * @param ranked    candidate sentences, best first, all above the evidence threshold
     * @param book      where every quoted sentence is cited
     */
    Optional<String> compose(Ask ask, List<Candidate> ranked, CitationBook book);
}
