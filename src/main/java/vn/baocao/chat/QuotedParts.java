package vn.baocao.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.baocao.answer.Citation;
import vn.baocao.lexicon.Canonical;
import vn.baocao.text.Sentences;
import vn.baocao.text.VietnameseText;

/**
 * The sentences of an answer's sources that are about what a request names ("trích nguyên văn đoạn về biên
 * giới"), as citations of their passages.
 */
final class QuotedParts {
    private QuotedParts() {
    }

    /**
     * The sentences of {@code cited}'s passages that share the most of {@code about} (folded words), each a
     * citation of its passage, numbered from 1; {@code cited} itself when no sentence shares any.
     */
    static List<Citation> of(List<Citation> cited, List<String> about) {
        Set<String> words = new HashSet<>(about);
        long best = 0;
        List<Citation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Citation c : cited) {
            for (String sentence : Sentences.split(c.passage().text())) {
                // the request's words are in the reports' usual forms ("mục tiêu" → "phương hướng"): so are the sentence's
                long shared = Stream.concat(VietnameseText.foldedWords(sentence).stream(),
                        Canonical.words(sentence).stream()).distinct().filter(words::contains).count();
                if (shared == 0 || shared < best || !seen.add(sentence)) {
                    continue;
                }
                if (shared > best) {
                    best = shared;
                    out.clear();
                }
                out.add(new Citation(out.size() + 1, c.passage(), sentence));
            }
        }
        return out.isEmpty() ? cited : out;
    }
}
