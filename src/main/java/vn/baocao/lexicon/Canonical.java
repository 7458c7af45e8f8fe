package vn.baocao.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text in the words the reports use, folded, for comparing a question with a sentence: abbreviations
 * written out ("HĐBA" → "hoi dong bao an") and each paraphrase in its class's first form ("khen ngợi" →
 * "bieu duong"). Both sides go through the same rewriting, so they meet whatever words each used.
 */
public final class Canonical {
    private static final Lexicon LEXICON = Lexicon.get();

    /** Words [from, to) of a text and the folded words they stand for in the reports' wording. */
    public record Segment(int from, int to, List<String> words) {
    }

    private Canonical() {
    }

    /** The folded words of {@code text}, rewritten in the reports' words. */
    public static List<String> words(String text) {
        return words(Words.of(text));
    }

    /** {@code words} folded and rewritten in the reports' words. */
    public static List<String> words(List<Word> words) {
        List<String> out = new ArrayList<>(words.size());
        segments(words).forEach(s -> out.addAll(s.words()));
        return out;
    }

    /**
     * {@code words} in segments: a word alone, or the words of an abbreviation or paraphrase, each with
     * the folded words it stands for.
     */
    public static List<Segment> segments(List<Word> words) {
        List<Segment> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); ) {
            Optional<PhraseTable.Match<String>> abbreviation = LEXICON.abbreviationAt(words, i);
            if (abbreviation.isPresent()) {
                // the full form in its paraphrases' first forms; not expanded again ("Bộ Giáo dục" is in its own full form)
                out.add(new Segment(i, abbreviation.get().to(), paraphrased(Words.of(abbreviation.get().value()))));
                i = abbreviation.get().to();
                continue;
            }
            Optional<PhraseTable.Match<String>> paraphrase = LEXICON.paraphrases().at(words, i);
            if (paraphrase.isPresent()) {
                out.add(new Segment(i, paraphrase.get().to(), Words.of(paraphrase.get().value()).stream()
                        .map(Word::folded).toList()));
                i = paraphrase.get().to();
                continue;
            }
            out.add(new Segment(i, i + 1, List.of(words.get(i).folded())));
            i++;
        }
        return out;
    }

    private static List<String> paraphrased(List<Word> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Optional<PhraseTable.Match<String>> paraphrase = LEXICON.paraphrases().at(words, i);
            if (paraphrase.isPresent()) {
                Words.of(paraphrase.get().value()).forEach(w -> out.add(w.folded()));
                i = paraphrase.get().to();
            } else {
                out.add(words.get(i).folded());
                i++;
            }
        }
        return out;
    }
}
