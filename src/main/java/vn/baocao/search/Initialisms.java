package vn.baocao.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.Word;
import vn.baocao.lexicon.Words;
import vn.baocao.report.Require;
import vn.baocao.text.VietnameseText;

/**
 * Reads shorthand nobody listed ("TCCS", "clb", "ĐV") as the phrase of the reports whose syllables
 * start with its letters ("tổ chức cơ sở", "câu lạc bộ", "đảng viên"), as a reader of those reports
 * would: people coin such initialisms for whatever their texts say at length, so no list can hold them.
 * Pure: the passages to look in are given, best first.
 */
final class Initialisms {
    /** The shortest and longest shorthand read this way: one letter is no shorthand, seven are a word. */
    static final int MIN_LETTERS = 2;
    static final int MAX_LETTERS = 6;
    /** A joining word a writer leaves out of the initials ("TNMT": tài nguyên và môi trường). */
    private static final String JOINER = "va";
    /** A mark between the parts of a name that its initials leave out ("Lao động - Thương binh và Xã hội"). */
    private static final java.util.Set<String> MARKS = java.util.Set.of("-", "–", "&");
    /** The fewest letters of shorthand that may leave a joiner out: "X và Y" is two words, not one name. */
    private static final int MIN_LETTERS_JOINED = 4;

    /** The commas inside the names of fields of work, folded: "(phong),( chong)". */
    private static final List<Pattern> COMMAS_IN_NAMES = Lexicon.get().commaCompounds().stream()
            .map(c -> Pattern.compile("(?i)(?<!\\p{L})(" + Pattern.quote(VietnameseText.fold(c.get(0))) + "),(\\s*"
                    + Pattern.quote(VietnameseText.fold(c.get(1))) + "(?!\\p{L}))"))
            .toList();

    private Initialisms() {
    }

    /** True when {@code folded} is shaped like shorthand: letters only, of a length initials have. */
    static boolean couldBe(String folded) {
        return folded.length() >= MIN_LETTERS && folded.length() <= MAX_LETTERS
                && folded.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /**
     * The folded phrase whose syllables begin with the letters of {@code initials}, in order, within one
     * clause of {@code passages}; where several do, the one found in the best-ranked passages (a passage
     * at rank r weighs 1/(r+1), summed over the passages having it). Empty when no passage has one.
     */
    static Optional<String> expand(String initials, List<String> passages) {
        return weights(initials, passages).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * The name of a place inside the country ("Quảng Trị", written after "tỉnh") that {@code initials} stand
     * for in {@code passages} (best first), as they write it, when both are there and it weighs more than {@code usual}, the
     * folded phrase the shorthand commonly stands for ("quoc te"): "đoàn ngoại giao tới QT" is read in the
     * province the passages about that visit name, "hội thảo khoa học QT" stays international. Empty otherwise.
     */
    static Optional<String> nameOver(String initials, String usual, List<String> passages) {
        Map<String, Double> weight = weights(initials, passages);
        double usualWeight = weight.getOrDefault(usual, 0.0);
        if (usualWeight == 0) {
            return Optional.empty(); // shorthand of what reports never write ("bn": bao nhiêu) stands for nothing they name
        }
        return weight.entrySet().stream()
                .filter(e -> e.getValue() > usualWeight && !e.getKey().equals(usual))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> passages.stream().map(text -> writtenAsAPlace(e.getKey(), text)).flatMap(Optional::stream).findFirst())
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Each phrase {@code initials} stand for in {@code passages}, weighed 1/(r+1) for each passage at rank r having it. */
    private static Map<String, Double> weights(String initials, List<String> passages) {
        Require.that(couldBe(initials), "shorthand of " + MIN_LETTERS + " to " + MAX_LETTERS + " folded letters, not " + initials);
        Map<String, Double> weight = new LinkedHashMap<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            String text = passages.get(rank);
            List<Word> words = Words.of(text);
            for (String phrase : phrasesIn(initials, text)) {
                if (!ledByAFunctionWord(phrase, words)) {
                    weight.merge(phrase, 1.0 / (rank + 1), Double::sum);
                }
            }
        }
        return weight;
    }

    /** True when {@code words} write the folded {@code phrase} only after a function word ("các đại sứ"): no term's initials. */
    private static boolean ledByAFunctionWord(String phrase, List<Word> words) {
        List<Integer> starts = starts(phrase, words);
        return !starts.isEmpty() && starts.stream().allMatch(at -> Lexicon.get().isWrittenFunctionWord(words.get(at).lower()));
    }

    /** Where in {@code words} each run that is the folded {@code phrase} starts, in order. */
    private static List<Integer> starts(String phrase, List<Word> words) {
        List<String> syllables = List.of(phrase.split(" "));
        List<Integer> found = new ArrayList<>();
        for (int start = 0; start + syllables.size() <= words.size(); start++) {
            int i = 0;
            while (i < syllables.size() && words.get(start + i).folded().equals(syllables.get(i))) {
                i++;
            }
            if (i == syllables.size()) {
                found.add(start);
            }
        }
        return found;
    }

    /**
     * How {@code text} writes the folded {@code phrase} as the name of a place inside the country: a capital on
     * each syllable, after a word that heads such a name ("tỉnh Quảng Trị"), if it does.
     */
    static Optional<String> writtenAsAPlace(String phrase, String text) {
        List<Word> words = Words.of(text);
        int length = phrase.split(" ").length;
        return starts(phrase, words).stream()
                .filter(start -> afterAPlaceHead(words, start))
                .map(start -> words.subList(start, start + length))
                .filter(run -> run.stream().allMatch(w -> Character.isUpperCase(w.text().codePointAt(0))))
                .map(run -> String.join(" ", run.stream().map(Word::text).toList()))
                .findFirst();
    }

    private static boolean afterAPlaceHead(List<Word> words, int start) {
        for (List<String> head : Lexicon.get().placeHeads()) {
            int from = start - head.size();
            if (from >= 0 && IntStream.range(0, head.size())
                    .allMatch(i -> words.get(from + i).lower().equals(head.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** Each distinct phrase of {@code text} the initials stand for, in the order first found. */
    static List<String> phrasesIn(String initials, String text) {
        List<String> found = new ArrayList<>();
        // "phòng, chống tham nhũng" is one name, its comma no end of a clause: PCTN
        String folded = VietnameseText.fold(text);
        for (Pattern comma : COMMAS_IN_NAMES) {
            folded = comma.matcher(folded).replaceAll("$1$2");
        }
        for (String clause : folded.split("[.,;:!?()\\[\\]\"“”'‘’\\n]+")) {
            String[] syllables = clause.strip().split("\\s+");
            for (int start = 0; start < syllables.length; start++) {
                String phrase = phraseAt(initials, syllables, start);
                if (phrase != null && !found.contains(phrase)) {
                    found.add(phrase);
                }
            }
        }
        return found;
    }

    /** The phrase starting at {@code start} that {@code initials} stand for, or null. */
    private static String phraseAt(String initials, String[] syllables, int start) {
        StringBuilder phrase = new StringBuilder();
        int at = start;
        for (int letter = 0; letter < initials.length(); letter++) {
            if (letter > 0 && at < syllables.length && MARKS.contains(syllables[at])) {
                at++;
            }
            if (letter > 0 && initials.length() >= MIN_LETTERS_JOINED && at < syllables.length
                    && syllables[at].equals(JOINER)) {
                phrase.append(' ').append(JOINER);
                at++;
            }
            if (at >= syllables.length || syllables[at].isEmpty() || syllables[at].charAt(0) != initials.charAt(letter)
                    || !syllables[at].chars().allMatch(Character::isLetter)) {
                return null;
            }
            phrase.append(letter > 0 ? " " : "").append(syllables[at]);
            at++;
        }
        return phrase.toString();
    }
}
