package vn.baocao.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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

    private record Candidate(Person person, List<String> syllables) {
    }

    private final List<Candidate> candidates;

    PersonMatcher(List<Person> known) {
        candidates = known.stream()
                .map(p -> new Candidate(p, Arrays.asList(VietnameseText.fold(p.name()).split(" "))))
                .toList();
    }

    /** The person {@code text} names, or null. */
    Person find(QuestionText text) {
        Person best = null;
        int bestLength = 0;
        for (Candidate candidate : candidates) {
            int length = longestSuffixNamed(candidate.syllables(), text);
            if (length > bestLength) {
                best = candidate.person();
                bestLength = length;
            }
        }
        return best;
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
