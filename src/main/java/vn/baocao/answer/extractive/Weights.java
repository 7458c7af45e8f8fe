package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import vn.baocao.lexicon.Syllables;

/**
 * How much each content term of a question matters, by its rarity in the index (BM25's IDF), and
 * how much of that weight a piece of text covers.
 *
 * <p>A syllable the index has never seen weighs the most: a question about something the reports do
 * not mention is out of scope precisely because its rare terms appear nowhere. Bigrams make
 * multi-syllable words count as words; a bigram the index has never seen may just cross a word
 * boundary ("Sơn đề"), so it weighs half as much as its weaker syllable, and a sentence has it when its
 * two syllables stand close together ("đạt được những kết quả" has "đạt kết").
 *
 * <p>A syllable whose pairs with its neighbours in the question all are unknown to the index is an
 * <i>orphan</i>: the index may have it only inside other words ("vàng" of "vững vàng" for "giá vàng").
 * A sentence has an orphan only together with one of its neighbours; a rare orphan means the question
 * uses a word in a sense the reports never do.
 */
final class Weights {
    /** How many syllables apart the two halves of an unknown bigram may stand in a sentence. */
    private static final int WINDOW = 4;
    /** The least share of its rarer syllable's passages a pair must be in to be a word of the reports. */
    private static final double COLLOCATION_SHARE = 0.5;

    private final Map<String, Double> syllables = new LinkedHashMap<>();
    private final Map<String, Double> bigrams = new LinkedHashMap<>();
    private final Map<String, Integer> docFreq = new LinkedHashMap<>();
    private final Map<String, List<String>> orphans = new LinkedHashMap<>();
    private final int documents;

    /**
     * The weights of a question's terms.
     *
     * @param question      the question's topic: its words and their pairs
     * @param docFrequency  the number of passages containing a folded syllable or bigram
     * @param documents     the number of passages
     */
    Weights(Terms.Question question, ToIntFunction<String> docFrequency, int documents) {
        this.documents = documents;
        for (String s : question.syllables()) {
            int df = docFrequency.applyAsInt(s);
            docFreq.put(s, df);
            syllables.put(s, idf(df));
        }
        for (String b : question.bigrams()) {
            int df = docFrequency.applyAsInt(b);
            String[] parts = b.split(" ");
            double weaker = Math.min(syllables.getOrDefault(parts[0], 0.0), syllables.getOrDefault(parts[1], 0.0));
            bigrams.put(b, df == 0 ? weaker / 2 : idf(df));
            docFreq.put(b, df);
        }
        findOrphans();
    }

    private void findOrphans() {
        for (String s : syllables.keySet()) {
            List<String> pairs = bigrams.keySet().stream()
                    .filter(b -> b.startsWith(s + " ") || b.endsWith(" " + s)).toList();
            if (!pairs.isEmpty() && Syllables.looksLikeOne(s) && pairs.stream().allMatch(b -> docFreq.get(b) == 0)) {
                orphans.put(s, pairs);
            }
        }
    }

    private double idf(int df) {
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    /** True when the question has no content term at all (only question words, emoji, punctuation). */
    boolean isEmpty() {
        return syllables.isEmpty();
    }

    /**
     * The question's phrases that some but at most {@code limit} passages contain and that are words of
     * the reports ({@linkplain #isCollocation collocations}), not two words that met in the question.
     */
    List<String> rarePhrases(double limit) {
        return bigrams.keySet().stream()
                .filter(b -> discriminates(b) && docFreq.get(b) > 0 && docFreq.get(b) <= limit && isCollocation(b))
                .toList();
    }

    /**
     * True when the two syllables of {@code bigram} mostly stand together where the rarer one is used
     * ("nhân quyền"), so the pair is a word or a name of the reports, not two words that met in the
     * question ("Việt Nam nhận được", "với bao nhiêu").
     */
    private boolean isCollocation(String bigram) {
        String[] parts = bigram.split(" ");
        int rarer = Math.min(docFreq.getOrDefault(parts[0], 0), docFreq.getOrDefault(parts[1], 0));
        return rarer > 0 && docFreq.get(bigram) >= COLLOCATION_SHARE * rarer;
    }

    /** The question's numbers. */
    List<String> numbers() {
        return syllables.keySet().stream().filter(s -> s.chars().allMatch(Character::isDigit)).toList();
    }

    /** The question's words that no passage contains. */
    Stream<String> unknown() {
        return syllables.keySet().stream().filter(s -> docFreq.get(s) == 0);
    }

    /** The number of passages that contain {@code term}, one of the question's. */
    int docFrequency(String term) {
        return docFreq.getOrDefault(term, 0);
    }

    /** The weight of {@code term}, 0 when it is not one of the question's. */
    double weight(String term) {
        return syllables.getOrDefault(term, bigrams.getOrDefault(term, 0.0));
    }

    /** The question's words and pairs. */
    Stream<String> terms() {
        return Stream.concat(syllables.keySet().stream(), bigrams.keySet().stream());
    }

    /** True when {@code term} can tell sentences apart: not a pair that no passage has (it lowers every sentence alike). */
    boolean discriminates(String term) {
        return term.indexOf(' ') < 0 || docFreq.getOrDefault(term, 0) > 0;
    }

    /**
     * The share, in [0, 1], of the question's weight found in a text, where each term present in
     * {@code near} (the sentence itself) counts fully and each present only in {@code far} (its passage)
     * counts {@code farCredit}. Only terms that {@code counted} accepts are weighed; 1 when none is.
     */
    double coverage(Texts near, Texts far, double farCredit, Predicate<String> counted) {
        double total = 0;
        double found = 0;
        for (Map<String, Double> terms : List.of(syllables, bigrams)) {
            for (var e : terms.entrySet()) {
                if (counted.test(e.getKey())) {
                    total += e.getValue();
                    found += e.getValue() * credit(e.getKey(), near, far, farCredit);
                }
            }
        }
        return total == 0 ? 1 : found / total;
    }

    private double credit(String term, Texts near, Texts far, double farCredit) {
        if (orphans.containsKey(term)) {
            return orphans.get(term).stream().anyMatch(pair -> near.hasClose(pair, WINDOW)) ? 1 : 0;
        }
        if (near.contains(term) || docFreq.get(term) == 0 && near.hasClose(term, WINDOW)) {
            return 1;
        }
        return far.contains(term) ? farCredit : 0;
    }

    /** The folded syllables of a text, in order, with their set and the set of their bigrams. */
    record Texts(List<String> tokens, Set<String> syllables, Set<String> bigrams) {
        static Texts of(String text) {
            return of(Terms.syllables(text));
        }

        /** The texts of {@code tokens}, a text's words ({@link Terms#syllables}). */
        static Texts of(List<String> tokens) {
            return new Texts(tokens, Set.copyOf(tokens), Terms.bigramSet(tokens));
        }

        boolean contains(String term) {
            return term.indexOf(' ') < 0 ? syllables.contains(term) : bigrams.contains(term);
        }

        /** True when the two syllables of {@code bigram} occur in order at most {@code window} apart. */
        boolean hasClose(String bigram, int window) {
            String[] pair = bigram.split(" ");
            List<Integer> firsts = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).equals(pair[0])) {
                    firsts.add(i);
                }
            }
            for (int i : firsts) {
                for (int j = i + 1; j <= Math.min(tokens.size() - 1, i + window); j++) {
                    if (tokens.get(j).equals(pair[1])) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
