package vn.baocao.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Maximal marginal relevance: orders sentences so that each next one is the most relevant that is least
 * like those before it, {@code λ·relevance − (1−λ)·max similarity to the ones already taken}. The head
 * of the order is then both central and varied, whatever length the budget lets through.
 *
 * <p>Bounded for large conferences (an archive may hold dozens of reports of one review): only the
 * {@value #MAX_POOL} most relevant sentences compete, and only the first {@value #MAX_PICKS} are
 * ordered — more than the pages of one summary hold — so the cost is pool × picks, not cubic.
 */
final class Mmr {
    /** Relevance weighs a little more than novelty: a summary is first about what matters. */
    static final double LAMBDA = 0.7;
    static final int MAX_POOL = 400;
    static final int MAX_PICKS = 80;

    private Mmr() {
    }

    /** The head of {@code pool} in MMR order, at most {@value #MAX_PICKS}; ties keep text order. */
    static List<Sentence> order(List<Sentence> pool, ToDoubleFunction<Sentence> relevance, Similarity similarity) {
        // by identity: a sentence record hashes its whole passage
        Map<Sentence, Double> relevant = new IdentityHashMap<>();
        Map<Sentence, Integer> position = new IdentityHashMap<>();
        for (Sentence s : pool) {
            relevant.put(s, relevance.applyAsDouble(s));
            position.put(s, position.size());
        }
        List<Sentence> left = new ArrayList<>(pool.size() <= MAX_POOL ? pool : pool.stream()
                .sorted(Comparator.comparingDouble((Sentence s) -> relevant.get(s)).reversed())
                .limit(MAX_POOL).sorted(Comparator.comparingInt(position::get)).toList());
        Map<Sentence, Double> redundancy = new IdentityHashMap<>();
        List<Sentence> out = new ArrayList<>();
        while (!left.isEmpty() && out.size() < MAX_PICKS) {
            Sentence best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Sentence s : left) {
                double score = LAMBDA * relevant.get(s) - (1 - LAMBDA) * redundancy.getOrDefault(s, 0.0);
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
            out.add(best);
            left.remove(best);
            for (Sentence s : left) {
                redundancy.merge(s, similarity.between(s, best), Math::max);
            }
        }
        return out;
    }
}
