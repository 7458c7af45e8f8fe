package vn.baocao.answer.llm;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.baocao.report.Passage;
import vn.baocao.text.Sentences;
import vn.baocao.text.VietnameseText;

/**
 * Picks, for each sentence of a reply that cites a passage, the passage's sentence that shares the most
 * syllables with it: the quote a citation shows as the evidence.
 */
final class Quotes {
    private Quotes() {
    }

    /**
     * The passage sentences that best support {@code claims}, each once, in passage order, joined by
     * " … "; never blank (a passage without a usable sentence is quoted whole).
     */
    static String of(Passage passage, List<String> claims) {
        List<String> sentences = Sentences.split(passage.text());
        if (sentences.isEmpty()) {
            return passage.text();
        }
        Set<Integer> chosen = new TreeSet<>();
        for (String claim : claims) {
            chosen.add(best(sentences, syllables(claim)));
        }
        Set<String> quotes = new LinkedHashSet<>();
        chosen.forEach(i -> quotes.add(sentences.get(i)));
        return String.join(" … ", quotes);
    }

    private static int best(List<String> sentences, Set<String> claim) {
        int best = 0;
        long bestShared = -1;
        for (int i = 0; i < sentences.size(); i++) {
            long shared = syllables(sentences.get(i)).stream().filter(claim::contains).count();
            if (shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best;
    }

    private static Set<String> syllables(String text) {
        return Arrays.stream(VietnameseText.fold(text).split("[^\\p{L}\\p{N}]+"))
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(HashSet::new));
    }
}
