package vn.baocao.answer.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.lexicon.Canonical;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.text.VietnameseText;

/**
 * Whether a passage supports a sentence a model wrote citing it: every number, name and abbreviation of
 * the sentence appears in the passage (or in its report's title, date, conference and people, which the
 * model was shown with it), and most of the sentence's content words do, both sides compared in the
 * reports' wording ({@link Canonical}: folded, abbreviations written out, paraphrases in one form) and
 * weighed by how rare they are among the reports, so that "hội nghị" and "đất nước" alone support nothing.
 */
final class Support {
    /** "Most of its content words": a faithful paraphrase keeps well over half; a sentence of another passage seldom does. */
    static final double MIN_COVERAGE = 0.6;
    private static final Lexicon LEXICON = Lexicon.get();
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Two or more capitalised words in a row: a person's, a place's or an organisation's name. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}]*)+");
    /** A word in capitals alone: "ASEAN", "HĐBA", "CPTPP". */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Lu}{2,}(?![\\p{L}\\p{M}])");
    /** Words that deny what follows them, as written (folded, "chưa" would be "chùa" and "chứa" too). */
    private static final Set<String> NEGATIONS = Set.of("không", "chưa", "chẳng", "chả", "đừng", "chớ");
    /** Numbers reports write in words, which a model may write in digits ("sáu nhiệm vụ" → "6"). */
    private static final Map<String, String> NUMBER_WORDS = Map.of("một", "1", "hai", "2", "ba", "3", "bốn", "4",
            "sáu", "6", "bảy", "7", "tám", "8", "chín", "9", "mười", "10");

    /**
     * What a passage, with its report's details, can support.
     *
     * @param words   its content words in the reports' wording
     * @param numbers its numbers, leading zeros dropped, with those it writes in words
     * @param folded  its text folded, words separated by single spaces, with a space at each end
     * @param negations the words of negation it uses ("không", "chưa"), in lower case
     */
    record Evidence(Set<String> words, Set<String> numbers, String folded, Set<String> negations) {
        /** The evidence of several passages together: what a sentence citing all of them may draw on. */
        static Evidence union(List<Evidence> all) {
            Set<String> words = new HashSet<>();
            Set<String> numbers = new HashSet<>();
            Set<String> negations = new HashSet<>();
            StringBuilder folded = new StringBuilder(" ");
            for (Evidence e : all) {
                words.addAll(e.words);
                numbers.addAll(e.numbers);
                negations.addAll(e.negations);
                folded.append(e.folded.strip()).append(" | ");
            }
            return new Evidence(words, numbers, folded.toString(), negations);
        }
    }

    private Support() {
    }

    /**
     * The evidence of a passage's {@code text} shown under {@code details} (its report's title, date,
     * conference and people): the details support names, numbers and dates, only the passage supports
     * what was said — every title repeats "hội nghị tổng kết", which proves nothing of a sentence.
     */
    static Evidence of(String details, String text) {
        String both = details + "\n" + text;
        Set<String> numbers = new HashSet<>(numbers(both));
        for (String w : VietnameseText.normalize(both).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
            String digits = NUMBER_WORDS.get(w);
            if (digits != null) {
                numbers.add(digits);
            }
        }
        return new Evidence(new HashSet<>(Canonical.words(text)), numbers, " " + String.join(" ",
                VietnameseText.foldedWords(both)) + " ", negations(text));
    }

    /**
     * Why {@code evidence} does not support {@code sentence} (a number, a name, too few of its words), or
     * empty when it does; its words count by {@code weight} (rarer words say more of what a sentence claims).
     */
    static Optional<String> gap(String sentence, Evidence evidence, ToDoubleFunction<String> weight) {
        for (String negation : negations(sentence)) {
            if (!evidence.negations().contains(negation)) {
                return Optional.of("the negation " + negation);
            }
        }
        for (String n : numbers(sentence)) {
            if (!evidence.numbers().contains(n)) {
                return Optional.of("the number " + n);
            }
        }
        for (String name : names(sentence)) {
            if (!evidence.folded().contains(" " + name + " ")) {
                return Optional.of("the name " + name);
            }
        }
        Matcher acronyms = ACRONYM.matcher(sentence);
        while (acronyms.find()) {
            String acronym = acronyms.group();
            String written = " " + String.join(" ", Canonical.words(acronym)) + " ";
            String folded = " " + VietnameseText.fold(acronym) + " ";
            if (!evidence.folded().contains(folded) && !containsWords(evidence, written)) {
                return Optional.of("the abbreviation " + acronym);
            }
        }
        double coverage = coverage(sentence, evidence, weight);
        return coverage >= MIN_COVERAGE ? Optional.empty()
                : Optional.of(String.format(java.util.Locale.ROOT, "%.0f%% of its words", 100 * coverage));
    }

    /**
     * The share of {@code sentence}'s content words that {@code evidence} has, each counted by its
     * {@code weight}; 1 for a sentence without any.
     */
    static double coverage(String sentence, Evidence evidence, ToDoubleFunction<String> weight) {
        double all = 0;
        double held = 0;
        for (String w : contentWords(sentence)) {
            double wt = weight.applyAsDouble(w);
            all += wt;
            held += evidence.words().contains(w) ? wt : 0;
        }
        return all == 0 ? 1 : held / all;
    }

    /** The distinct content words of {@code sentence} in the reports' wording: no function words, numbers or single letters. */
    static List<String> contentWords(String sentence) {
        List<String> out = new ArrayList<>();
        for (String w : Canonical.words(sentence)) {
            if (w.length() > 1 && !LEXICON.isFunctionWord(w) && !NUMBER.matcher(w).matches() && !out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Every word of {@code written} (spaced) among the evidence's words: an abbreviation the passage writes out. */
    private static boolean containsWords(Evidence evidence, String written) {
        List<String> words = List.of(written.strip().split(" "));
        return !words.isEmpty() && evidence.words().containsAll(words);
    }

    /** The words of negation {@code text} uses, in lower case: a sentence saying "không" where its source does not turns it round. */
    static Set<String> negations(String text) {
        Set<String> found = new HashSet<>();
        for (String w : VietnameseText.normalize(text).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
            if (NEGATIONS.contains(w)) {
                found.add(w);
            }
        }
        return found;
    }

    /** The numbers of {@code text}, leading zeros dropped ("05" and "5" are one day). */
    static Set<String> numbers(String text) {
        Set<String> found = new HashSet<>();
        NUMBER.matcher(text).results().forEach(r -> found.add(r.group().replaceFirst("^0+(?=\\d)", "")));
        return found;
    }

    /**
     * The names of {@code sentence}, folded: runs of capitalised words. A run that opens the sentence may
     * owe its first capital to that ("Theo Bộ trưởng…"), so it counts without its first word.
     */
    static List<String> names(String sentence) {
        List<String> out = new ArrayList<>();
        String s = sentence.strip();
        Matcher m = NAME.matcher(s);
        while (m.find()) {
            List<String> words = VietnameseText.foldedWords(m.group());
            boolean opening = s.substring(0, m.start()).chars().noneMatch(Character::isLetterOrDigit);
            if (opening) {
                words = words.subList(1, words.size());
            }
            if (words.size() >= 2) {
                out.add(String.join(" ", words));
            }
        }
        return out;
    }
}
