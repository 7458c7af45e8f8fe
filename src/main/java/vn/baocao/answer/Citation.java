package vn.baocao.answer;

import vn.baocao.report.Passage;
import vn.baocao.report.Require;

/**
 * One numbered source of an answer: the passage it cites and the sentence(s) quoted from it.
 *
 * @param n       the number the answer's "[n]" markers use, from 1
 * @param passage the cited passage, whole, with its report's metadata (for "/nguon n")
 * @param quote   the supporting sentence(s) from the passage, verbatim; never blank
 */
public record Citation(int n, Passage passage, String quote) {
    public Citation {
        Require.that(n >= 1, "citation number must be >= 1, was " + n);
        Require.notNull(passage, "cited passage");
        Require.notBlank(quote, "citation quote");
    }
}
