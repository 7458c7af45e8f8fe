package vn.baocao.search;

import java.util.List;

/** How common words are among the indexed passages: the evidence a composer weighs them by. */
public interface TermStatistics {
    /** The number of passages. */
    int passageCount();

    /** The number of passages containing {@code foldedPhrase} (one folded word, a pair, or a longer phrase). */
    int docFrequency(String foldedPhrase);

    /** The number of passages containing every one of {@code foldedPhrases}; the passage count when there are none. */
    int passagesWithAll(List<String> foldedPhrases);
}
