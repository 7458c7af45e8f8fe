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
 * <p>Bounded, so that its cost does not depend on how much was read: only the {@value #MAX_POOL} most
 * relevant sentences compete (relevance is one pass over the pool; similarity is what costs), and only the
 * first {@value #MAX_PICKS} are ordered. A page shows four or five points of a section, so that is still
 * five pages of "xem thêm"; the cost is at most pool × picks similarities.
 */
final class Mmr {
    /** Relevance weighs a little more than novelty: a summary is first about what matters. */
    static final double LAMBDA = 0.7;
    static final int MAX_POOL = 48;
    static final int MAX_PICKS = 24;

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
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < left.size(); i++) {
                Sentence s = left.get(i);
                double score = LAMBDA * relevant.get(s) - (1 - LAMBDA) * redundancy.getOrDefault(s, 0.0);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            // by index: remove(Object) would compare records, passage and all, down the list
            Sentence picked = left.remove(best);
            out.add(picked);
            for (Sentence s : left) {
                redundancy.merge(s, similarity.between(s, picked), Math::max);
            }
        }
        return out;
    }
}
