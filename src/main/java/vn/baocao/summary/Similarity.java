package vn.baocao.summary;

import java.util.ArrayList;
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
 * <p>Syllables are numbered, and each sentence's vector is built once as its syllable numbers in
 * ascending order with their weights, so that a cosine is one merge of two short arrays: {@link Mmr} and
 * the layout compare thousands of pairs, and hashing syllable strings for each was most of a summary's time.
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
        List<int[]> numbered = new ArrayList<>(sentences.size());
        sentences.forEach(s -> numbered.add(numbersOf(s)));
        idf = inverseFrequencies(numbered, numbers.size());
        centroid = new double[idf.length];
        for (int i = 0; i < sentences.size(); i++) {
            Vector v = vectorOf(numbered.get(i));
            vectors.putIfAbsent(sentences.get(i), v);
            for (int j = 0; j < v.terms().length; j++) {
                centroid[v.terms()[j]] += v.weights()[j];
            }
        }
        centroidNorm = norm(centroid);
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

    /** log(1 + n / df) of each syllable number, df counting the sentences that have it. */
    private static double[] inverseFrequencies(List<int[]> numbered, int syllables) {
        int[] df = new int[syllables];
        int[] lastSeenIn = new int[syllables];
        Arrays.fill(lastSeenIn, -1);
        for (int i = 0; i < numbered.size(); i++) {
            for (int t : numbered.get(i)) {
                if (lastSeenIn[t] != i) {
                    lastSeenIn[t] = i;
                    df[t]++;
                }
            }
        }
        int n = Math.max(1, numbered.size());
        double[] idf = new double[syllables];
        for (int t = 0; t < syllables; t++) {
            idf[t] = Math.log(1.0 + (double) n / df[t]);
        }
        return idf;
    }

    private Vector vector(Sentence s) {
        return vectors.computeIfAbsent(s, k -> vectorOf(numbersOf(k)));
    }

    /** The vector of a sentence whose syllables have {@code numbers}, in text order. */
    private Vector vectorOf(int[] syllableNumbers) {
        int[] sorted = syllableNumbers.clone();
        Arrays.sort(sorted);
        int[] terms = new int[sorted.length];
        double[] weights = new double[sorted.length];
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            int t = sorted[i];
            if (distinct == 0 || terms[distinct - 1] != t) {
                terms[distinct++] = t;
            }
            // added once per occurrence, as a sum of equal terms: k × idf would round differently
            weights[distinct - 1] += t < idf.length ? idf[t] : UNSEEN;
        }
        double[] w = Arrays.copyOf(weights, distinct);
        return new Vector(Arrays.copyOf(terms, distinct), w, norm(w));
    }

    /** The numbers of {@code s}'s syllables in text order, numbering those first seen. */
    private int[] numbersOf(Sentence s) {
        List<String> syllables = s.syllables();
        int[] out = new int[syllables.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = numbers.computeIfAbsent(syllables.get(i), k -> numbers.size());
        }
        return out;
    }

    private static double norm(double[] v) {
        double squares = 0;
        for (double x : v) {
            squares += x * x;
        }
        return Math.sqrt(squares);
    }
}
