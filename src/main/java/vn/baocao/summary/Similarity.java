package vn.baocao.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine similarity of sentences over their folded syllables, each weighted by its inverse frequency
 * among the sentences being summarised: "ngoại giao" in every sentence of a ministry's report says
 * nothing, "700 tỷ USD" says a lot. Accent-insensitive, so the same point typed two ways is the same.
 */
final class Similarity {
    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, Map<String, Double>> vectors = new HashMap<>();
    private final Map<String, Double> centroid = new HashMap<>();
    /** Vector lengths, kept: a summary of a large conference compares thousands of pairs. */
    private final Map<String, Double> norms = new HashMap<>();
    private final double centroidNorm;

    /** Similarities among {@code sentences} (the whole pool a summary picks from). */
    Similarity(List<Sentence> sentences) {
        Map<String, Integer> df = new HashMap<>();
        for (Sentence s : sentences) {
            s.syllables().stream().distinct().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = Math.max(1, sentences.size());
        df.forEach((w, count) -> idf.put(w, Math.log(1.0 + (double) n / count)));
        for (Sentence s : sentences) {
            vector(s).forEach((w, x) -> centroid.merge(w, x, Double::sum));
        }
        centroidNorm = norm(centroid);
    }

    /** Cosine of {@code a} and {@code b}, in 0..1. */
    double between(Sentence a, Sentence b) {
        return cosine(vector(a), norm(a), vector(b), norm(b));
    }

    /** How central {@code s} is: its cosine with the sum of all the sentences, in 0..1. */
    double centrality(Sentence s) {
        return cosine(vector(s), norm(s), centroid, centroidNorm);
    }

    private Map<String, Double> vector(Sentence s) {
        return vectors.computeIfAbsent(s.key(), k -> {
            Map<String, Double> v = new HashMap<>();
            s.syllables().forEach(w -> v.merge(w, idf.getOrDefault(w, 1.0), Double::sum));
            return v;
        });
    }

    private double norm(Sentence s) {
        return norms.computeIfAbsent(s.key(), k -> norm(vector(s)));
    }

    private static double cosine(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
        if (normA == 0 || normB == 0) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return dot / (normA * normB);
    }

    private static double norm(Map<String, Double> v) {
        double squares = 0;
        for (double x : v.values()) {
            squares += x * x;
        }
        return Math.sqrt(squares);
    }
}
