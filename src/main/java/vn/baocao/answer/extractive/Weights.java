package vn.baocao.answer.extractive;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * How much each content term of a question matters, by its rarity in the index (BM25's IDF), and
 * how much of that weight a piece of text covers.
 *
 * <p>A syllable the index has never seen weighs the most: a question about "giá vàng" or "Bộ Y tế"
 * is out of scope precisely because its rare terms appear nowhere. Bigrams make multi-syllable words
 * count as words; a bigram the index has never seen may just cross a word boundary ("Sơn đề"), so it
 * weighs half as much as its weaker syllable.
 *
 * <p>A syllable whose pairs with its neighbours in the question all are unknown to the index is an
 * <i>orphan</i>: the index has the syllable only inside other words ("vàng" of "vững vàng" for "giá
 * vàng", "y" of "ý kiến" for "Bộ Y tế"). An orphan is never credited, and a rare one means the
 * question is about something the reports do not cover.
 */
final class Weights {
    private final Map<String, Double> syllables = new LinkedHashMap<>();
    private final Map<String, Double> bigrams = new LinkedHashMap<>();
    private final Map<String, Integer> docFreq = new LinkedHashMap<>();
    private final Set<String> orphans = new LinkedHashSet<>();
    private final int documents;

    Weights(List<String> contentSyllables, List<String> contentBigrams, ToIntFunction<String> docFrequency,
            int documents) {
        for (String s : contentSyllables) {
            int df = docFrequency.applyAsInt(s);
            docFreq.put(s, df);
            syllables.put(s, idf(df, documents));
        }
        for (String b : contentBigrams) {
            int df = docFrequency.applyAsInt(b);
            String[] parts = b.split(" ");
            double weaker = Math.min(syllables.getOrDefault(parts[0], 0.0), syllables.getOrDefault(parts[1], 0.0));
            bigrams.put(b, df == 0 ? weaker / 2 : idf(df, documents));
            docFreq.put(b, df);
        }
        this.documents = documents;
        findOrphans(contentSyllables, contentBigrams);
    }

    private void findOrphans(List<String> contentSyllables, List<String> contentBigrams) {
        for (String s : contentSyllables) {
            List<String> pairs = contentBigrams.stream()
                    .filter(b -> b.startsWith(s + " ") || b.endsWith(" " + s)).toList();
            if (!pairs.isEmpty() && Terms.isWordSyllable(s) && pairs.stream().allMatch(b -> docFreq.get(b) == 0)) {
                orphans.add(s);
            }
        }
    }

    private static double idf(int df, int documents) {
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    /** True when the question has no content term at all (only question words, emoji, punctuation). */
    boolean isEmpty() {
        return syllables.isEmpty();
    }

    /**
     * The question's orphans (see above) found in some but fewer than {@code share} of the passages:
     * words the reports use, but not in the question's sense. (A word the reports never use may be the
     * user's paraphrase; coverage judges it.)
     */
    List<String> rareOrphans(double share) {
        return orphans.stream().filter(s -> docFreq.get(s) > 0 && docFreq.get(s) < Math.max(1, share * documents))
                .toList();
    }

    /** The weight of the question's content syllables. */
    Set<String> syllables() {
        return syllables.keySet();
    }

    /**
     * The share, in [0, 1], of the question's weight found in a text, where each term present in
     * {@code near} (the sentence itself) counts fully and each present only in {@code far} (its passage
     * or report metadata) counts {@code farCredit}.
     */
    double coverage(Set<String> nearSyllables, Set<String> nearBigrams, Set<String> farSyllables,
                    Set<String> farBigrams, double farCredit) {
        double total = 0;
        double found = 0;
        for (var e : syllables.entrySet()) {
            total += e.getValue();
            found += e.getValue() * credit(e.getKey(), nearSyllables, farSyllables, farCredit);
        }
        for (var e : bigrams.entrySet()) {
            total += e.getValue();
            found += e.getValue() * credit(e.getKey(), nearBigrams, farBigrams, farCredit);
        }
        return total == 0 ? 0 : found / total;
    }

    private double credit(String term, Set<String> near, Set<String> far, double farCredit) {
        if (orphans.contains(term)) {
            return 0;
        }
        if (near.contains(term)) {
            return 1;
        }
        return far.contains(term) ? farCredit : 0;
    }
}
