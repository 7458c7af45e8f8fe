package vn.baocao.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases of the lexicon with what each means, found in a text's words: the longest phrase at a
 * word wins, and matches do not overlap. Immutable and thread-safe.
 *
 * @param <T> what a phrase means
 */
public final class PhraseTable<T> {
    /** A phrase found: words [from, to) of the text, and what it means. */
    public record Match<T>(int from, int to, T value) {
        /** The number of words matched. */
        public int size() {
            return to - from;
        }
    }

    private record Entry<T>(Phrase phrase, T value) {
    }

    /** The entries by their first folded word, longest phrases first. */
    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    PhraseTable(Map<Phrase, T> entries) {
        entries.forEach((phrase, value) -> byFirstWord.computeIfAbsent(phrase.folded().getFirst(), k -> new ArrayList<>())
                .add(new Entry<>(phrase, value)));
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Entry<T> e) -> -e.phrase().size())));
    }

    /** The longest phrase that starts at word {@code at} of {@code words}. */
    public Optional<Match<T>> at(List<Word> words, int at) {
        for (Entry<T> e : byFirstWord.getOrDefault(words.get(at).folded(), List.of())) {
            if (e.phrase().matchesAt(words, at)) {
                return Optional.of(new Match<>(at, at + e.phrase().size(), e.value()));
            }
        }
        return Optional.empty();
    }

    /** Every phrase in {@code words}, left to right, longest first at each word, not overlapping. */
    public List<Match<T>> find(List<Word> words) {
        List<Match<T>> out = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Optional<Match<T>> m = at(words, i);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** True when some phrase occurs in {@code words}. */
    public boolean anyIn(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            if (at(words, i).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
