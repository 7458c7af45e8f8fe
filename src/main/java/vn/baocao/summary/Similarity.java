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
    }

    /** Cosine of {@code a} and {@code b}, in 0..1. */
    double between(Sentence a, Sentence b) {
        return cosine(vector(a), vector(b));
    }

    /** How central {@code s} is: its cosine with the sum of all the sentences, in 0..1. */
    double centrality(Sentence s) {
        return cosine(vector(s), centroid);
    }

    private Map<String, Double> vector(Sentence s) {
        return vectors.computeIfAbsent(s.key(), k -> {
            Map<String, Double> v = new HashMap<>();
            s.syllables().forEach(w -> v.merge(w, idf.getOrDefault(w, 1.0), Double::sum));
            return v;
        });
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double norms = Math.sqrt(squares(a) * squares(b));
        return norms == 0 ? 0 : dot / norms;
    }

    private static double squares(Map<String, Double> v) {
        return v.values().stream().mapToDouble(x -> x * x).sum();
    }
}
