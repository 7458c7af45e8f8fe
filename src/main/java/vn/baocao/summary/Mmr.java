package vn.baocao.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Maximal marginal relevance: orders sentences so that each next one is the most relevant that is least
 * like those before it, {@code λ·relevance − (1−λ)·max similarity to the ones already taken}. The head
 * of the order is then both central and varied, whatever length the budget lets through.
 */
final class Mmr {
    /** Relevance weighs a little more than novelty: a summary is first about what matters. */
    static final double LAMBDA = 0.7;

    private Mmr() {
    }

    /** {@code pool} in MMR order; ties keep text order. */
    static List<Sentence> order(List<Sentence> pool, ToDoubleFunction<Sentence> relevance, Similarity similarity) {
        List<Sentence> left = new ArrayList<>(pool);
        List<Sentence> out = new ArrayList<>();
        while (!left.isEmpty()) {
            Sentence best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Sentence s : left) {
                double redundancy = 0;
                for (Sentence taken : out) {
                    redundancy = Math.max(redundancy, similarity.between(s, taken));
                }
                double score = LAMBDA * relevance.applyAsDouble(s) - (1 - LAMBDA) * redundancy;
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
            out.add(best);
            left.remove(best);
        }
        return out;
    }
}
