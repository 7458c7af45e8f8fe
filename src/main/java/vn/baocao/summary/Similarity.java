package vn.baocao.summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine similarity of sentences over their folded syllables, each weighted by its inverse frequency
 * among the sentences being summarised: "ngoại giao" in every sentence of a ministry's report says
 * nothing, "700 tỷ USD" says a lot. Accent-insensitive, so the same point typed two ways is the same.
 * Not thread-safe: one summary's.
 *
 * <p>Each sentence's vector is built once, as its syllables numbered in ascending order with their
 * weights, so that a cosine is one merge of two short arrays: {@link Mmr} and the layout compare
 * thousands of pairs, and hashing syllable strings for each was most of a summary's time.
 */
final class Similarity {
    /** The weight of a syllable none of the summarised sentences has. */
    private static final double UNSEEN = 1.0;

    /** A sentence's syllables by number, ascending, each with its weight; and its length. */
    private record Vector(int[] terms, double[] weights, double norm) {
    }

    private final Map<String, Integer> numbers = new HashMap<>();
    private final double[] idf;
    /** By identity: a sentence record hashes its whole passage. */
    private final Map<Sentence, Vector> vectors = new IdentityHashMap<>();
    private final double[] centroid;
    private final double centroidNorm;

    /** Similarities among {@code sentences} (the whole pool a summary picks from). */
    Similarity(List<Sentence> sentences) {
        Map<Integer, Integer> df = new HashMap<>();
        for (Sentence s : sentences) {
            s.syllables().stream().distinct().forEach(w -> df.merge(number(w), 1, Integer::sum));
        }
        int n = Math.max(1, sentences.size());
        idf = new double[numbers.size()];
        df.forEach((w, count) -> idf[w] = Math.log(1.0 + (double) n / count));
        centroid = new double[numbers.size()];
        for (Sentence s : sentences) {
            Vector v = vector(s);
            for (int i = 0; i < v.terms().length; i++) {
                centroid[v.terms()[i]] += v.weights()[i];
            }
        }
        double squares = 0;
        for (double x : centroid) {
            squares += x * x;
        }
        centroidNorm = Math.sqrt(squares);
    }

    /** Cosine of {@code a} and {@code b}, in 0..1. */
    double between(Sentence a, Sentence b) {
        Vector va = vector(a);
        Vector vb = vector(b);
        if (va.norm() == 0 || vb.norm() == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < va.terms().length && j < vb.terms().length) {
            int ta = va.terms()[i];
            int tb = vb.terms()[j];
            if (ta == tb) {
                dot += va.weights()[i++] * vb.weights()[j++];
            } else if (ta < tb) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (va.norm() * vb.norm());
    }

    /** How central {@code s} is: its cosine with the sum of all the sentences, in 0..1. */
    double centrality(Sentence s) {
        Vector v = vector(s);
        if (v.norm() == 0 || centroidNorm == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < v.terms().length; i++) {
            int t = v.terms()[i];
            dot += t < centroid.length ? v.weights()[i] * centroid[t] : 0;
        }
        return dot / (v.norm() * centroidNorm);
    }

    private Vector vector(Sentence s) {
        return vectors.computeIfAbsent(s, this::vectorOf);
    }

    private Vector vectorOf(Sentence s) {
        Map<Integer, Double> weights = new HashMap<>();
        for (String w : s.syllables()) {
            int t = number(w);
            weights.merge(t, t < idf.length ? idf[t] : UNSEEN, Double::sum);
        }
        int[] terms = weights.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] values = Arrays.stream(terms).mapToDouble(weights::get).toArray();
        double squares = 0;
        for (double x : values) {
            squares += x * x;
        }
        return new Vector(terms, values, Math.sqrt(squares));
    }

    /** The number of syllable {@code w}, a new one when first seen. */
    private int number(String w) {
        return numbers.computeIfAbsent(w, k -> numbers.size());
    }
}
