package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.baocao.lexicon.Canonical;
import vn.baocao.text.VietnameseText;

/**
 * The words of a sentence and of a question's topic as evidence compares them: folded (so typing
 * without diacritics scores the same) and in the reports' wording (the lexicon's abbreviations written
 * out, paraphrases in one form), so "khen ngợi" in a question meets "biểu dương" in a report.
 */
final class Terms {

    /**
     * A question's terms.
     *
     * @param syllables its topic's words, each once
     * @param bigrams   its topic's adjacent pairs, never across a gap between runs, each once
     */
    record Question(List<String> syllables, List<String> bigrams) {
        /** The terms of a topic given as runs of adjacent words. */
        static Question of(List<List<String>> topic) {
            Set<String> syllables = new LinkedHashSet<>();
            Set<String> bigrams = new LinkedHashSet<>();
            for (List<String> run : topic) {
                List<String> words = run.stream().map(Terms::withoutLeadingZeros).toList();
                syllables.addAll(words);
                for (int i = 1; i < words.size(); i++) {
                    bigrams.add(words.get(i - 1) + " " + words.get(i));
                }
            }
            return new Question(List.copyOf(syllables), List.copyOf(bigrams));
        }
    }

    /**
     * Sentences already rewritten, and their words: the passages of a report are weighed again for each
     * question about it, and rewriting a sentence in the reports' words is most of weighing it.
     */
    private static final Map<String, List<String>> REWRITTEN = new ConcurrentHashMap<>();
    private static final int MAX_REWRITTEN = 20_000;

    private Terms() {
    }

    /** The words of {@code text} as evidence compares them, in order, duplicates kept; unmodifiable. */
    static List<String> syllables(String text) {
        List<String> known = REWRITTEN.get(text);
        if (known != null) {
            return known;
        }
        List<String> words = new ArrayList<>(Canonical.words(text));
        words.replaceAll(Terms::withoutLeadingZeros);
        if (REWRITTEN.size() >= MAX_REWRITTEN) {
            REWRITTEN.clear(); // bounded: the sentences of the passages asked about lately
        }
        List<String> rewritten = List.copyOf(words);
        REWRITTEN.put(text, rewritten);
        return rewritten;
    }

    /** The plain folded words of {@code text}, in order, duplicates kept, without the lexicon's rewriting. */
    static List<String> folded(String text) {
        List<String> words = VietnameseText.foldedWords(text);
        words.replaceAll(Terms::withoutLeadingZeros);
        return words;
    }

    /**
     * {@code word} without the zeros before its first other digit, since "06 tháng" and "6 tháng" are the
     * same words ("000" → "0").
     */
    static String withoutLeadingZeros(String word) {
        int zeros = 0;
        while (zeros < word.length() && word.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros == 0) {
            return word;
        }
        boolean digitAfter = zeros < word.length() && word.charAt(zeros) >= '1' && word.charAt(zeros) <= '9';
        return word.substring(digitAfter ? zeros : zeros - 1);
    }

    /** The distinct adjacent pairs of {@code s}, for a caller that has its words already. */
    static Set<String> bigramSet(List<String> s) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i < s.size(); i++) {
            out.add(s.get(i - 1) + " " + s.get(i));
        }
        return out;
    }
}
