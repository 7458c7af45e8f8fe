package vn.baocao.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.report.Person;
import vn.baocao.text.VietnameseText;

/**
 * Finds which known person a question names, without regard to accents: by full name ("bui thanh son"),
 * by the end of the name ("Thanh Sơn", "Minh Chính"), or by the last syllable after an honorific
 * ("ông Chính").
 *
 * <p>The longest match wins; between equally long matches, the person listed first. A single syllable
 * is accepted only after an honorific because alone it is usually a word ("nam", "minh", "sơn").
 * Accentless "ba" is not an honorific: it is more often "three" than "bà".
 */
final class PersonMatcher {
    private static final Set<String> HONORIFICS_ACCENTED = Set.of("ông", "bà", "ngài", "đồng chí", "mr", "mrs", "ms");
    private static final Set<String> HONORIFICS_FOLDED = Set.of("ong", "ngai", "dong chi", "mr", "mrs", "ms");

    private record Candidate(int order, Person person, List<String> syllables) {
    }

    /**
     * The known people by the last syllable of their folded name: every way of naming someone here ends
     * with it, so a question is compared only with the people whose last syllable it contains, not with
     * all of them (thousands, in an archive).
     */
    private final Map<String, List<Candidate>> byLastSyllable = new HashMap<>();

    PersonMatcher(List<Person> known) {
        for (int i = 0; i < known.size(); i++) {
            List<String> syllables = Arrays.asList(VietnameseText.fold(known.get(i).name()).split(" "));
            byLastSyllable.computeIfAbsent(syllables.getLast(), k -> new ArrayList<>())
                    .add(new Candidate(i, known.get(i), syllables));
        }
    }

    /** The person {@code text} names, or null. */
    Person find(QuestionText text) {
        Person best = null;
        int bestLength = 0;
        for (Candidate candidate : candidatesIn(text)) {
            int length = longestSuffixNamed(candidate.syllables(), text);
            if (length > bestLength) {
                best = candidate.person();
                bestLength = length;
            }
        }
        return best;
    }

    /** The people whose last syllable {@code text} has, in the order they were listed. */
    private List<Candidate> candidatesIn(QuestionText text) {
        List<Candidate> found = new ArrayList<>();
        new LinkedHashSet<>(text.foldedWords()).forEach(word -> found.addAll(byLastSyllable.getOrDefault(word, List.of())));
        found.sort(Comparator.comparingInt(Candidate::order));
        return found;
    }

    private static int longestSuffixNamed(List<String> name, QuestionText text) {
        List<String> words = text.foldedWords();
        for (int length = name.size(); length >= 1; length--) {
            List<String> suffix = name.subList(name.size() - length, name.size());
            int at = Collections.indexOfSubList(words, suffix);
            while (at >= 0) {
                if (length >= 2 || afterHonorific(text, at)) {
                    return length;
                }
                int next = Collections.indexOfSubList(words.subList(at + 1, words.size()), suffix);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return 0;
    }

    private static boolean afterHonorific(QuestionText text, int at) {
        // words and foldedWords are the same words, so an index into one is an index into the other
        List<String> before = text.words().subList(0, Math.min(at, text.words().size()));
        Set<String> honorifics = text.accented() ? HONORIFICS_ACCENTED : HONORIFICS_FOLDED;
        int n = before.size();
        return (n >= 1 && honorifics.contains(before.get(n - 1)))
                || (n >= 2 && honorifics.contains(before.get(n - 2) + " " + before.get(n - 1)));
    }
}
