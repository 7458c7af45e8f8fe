package vn.baocao.search;

import vn.baocao.report.Passage;
import vn.baocao.report.Require;

/**
 * A passage retrieved for a question, with its score.
 *
 * @param passage the passage, with its report's metadata for citing it
 * @param score   its BM25 score plus boosts; comparable only between hits of the same query
 */
public record PassageHit(Passage passage, float score) {
    public PassageHit {
        Require.notNull(passage, "passage");
    }
}
