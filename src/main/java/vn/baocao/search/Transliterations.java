package vn.baocao.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import vn.baocao.lexicon.Syllables;

/**
 * Finds how the reports write a foreign name typed in one word: Vietnamese writes "Dubai", "Luanda",
 * "Angola" syllable by syllable ("Đu-bai", "Lu-an-đa", "Ăng-gô-la"), so the typed word is in no passage
 * while its syllables stand together in some. A consonant between two syllables may be written on both
 * sides ("Ăng-gô" of "Angola"), and a syllable is written in Vietnamese letters ("Osaka" as "Ô-xa-ca",
 * "Mekong" as "Mê Công").
 */
final class Transliterations {
    /** Words shorter than this are words or acronyms, not names to split. */
    private static final int MIN_LETTERS = 5;
    private static final int MAX_LETTERS = 16;
    private static final int MAX_SYLLABLE = 6;

    private final ToIntFunction<String> docFrequency;
    private final Map<String, Integer> counted = new HashMap<>();

    /** Looks syllables and their runs up with {@code docFrequency}, which counts the passages having a folded phrase. */
    Transliterations(ToIntFunction<String> docFrequency) {
        this.docFrequency = docFrequency;
    }

    /**
     * The folded syllables the reports write {@code folded}, a word of letters no passage has, in: two or
     * more, each shaped like a syllable, every two neighbours standing together in some passage and all of
     * them in one. Empty when the reports write no such run.
     */
    Optional<List<String>> of(String folded) {
        if (folded.length() < MIN_LETTERS || folded.length() > MAX_LETTERS
                || !folded.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.empty();
        }
        return split(folded, 0, new ArrayList<>());
    }

    private Optional<List<String>> split(String word, int from, List<String> syllables) {
        if (from == word.length()) {
            return syllables.size() >= 2 && count(String.join(" ", syllables)) > 0
                    ? Optional.of(List.copyOf(syllables)) : Optional.empty();
        }
        for (int to = Math.min(word.length(), from + MAX_SYLLABLE); to > from; to--) {
            for (String syllable : candidates(word, from, to, syllables)) {
                if (!Syllables.looksLikeOne(syllable)
                        || !syllables.isEmpty() && count(syllables.getLast() + " " + syllable) == 0) {
                    continue;
                }
                syllables.add(syllable);
                Optional<List<String>> rest = split(word, to, syllables);
                syllables.removeLast();
                if (rest.isPresent()) {
                    return rest;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The letters {@code [from, to)} as a syllable, with the consonant before them written again ("go" of
     * "ango"), and each as Vietnamese letters write it ("ca" of "saka").
     */
    private static List<String> candidates(String word, int from, int to, List<String> before) {
        String letters = word.substring(from, to);
        List<String> typed = before.isEmpty() || isVowel(word.charAt(from - 1)) || !isVowel(letters.charAt(0))
                ? List.of(letters) : List.of(letters, word.charAt(from - 1) + letters);
        // and in the letters Vietnamese writes them in ("Osaka" as "Ô-xa-ca")
        List<String> all = new ArrayList<>(typed);
        typed.forEach(syllable -> all.addAll(Syllables.respelt(syllable)));
        return all;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private int count(String phrase) {
        return counted.computeIfAbsent(phrase, docFrequency::applyAsInt);
    }
}
