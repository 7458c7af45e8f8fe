package vn.baocao.answer.llm;

import java.util.HashSet;
import java.util.Set;
import vn.baocao.lexicon.Canonical;
import vn.baocao.search.Intent;
import vn.baocao.text.VietnameseText;

/** The words of a question as read, in the reports' wording: what a passage's sentence must share to matter for it. */
final class AskedWords {
    private AskedWords() {
    }

    /** The topic, what a how-many counts, the person, the names and the numbers of {@code intent}, folded. */
    static Set<String> of(Intent intent) {
        Set<String> words = new HashSet<>(intent.topicWords());
        words.addAll(intent.unit());
        if (intent.person() != null) {
            words.addAll(VietnameseText.foldedWords(intent.person().name()));
        }
        intent.names().forEach(name -> words.addAll(Canonical.words(name)));
        intent.documents().forEach(document -> words.addAll(Canonical.words(document)));
        words.addAll(intent.numbers());
        intent.years().forEach(year -> words.add(String.valueOf(year)));
        if (words.isEmpty()) {
            // a question of its frame alone ("ai chủ trì?"): its searched words are all there is
            intent.terms().forEach(term -> words.addAll(VietnameseText.foldedWords(term)));
        }
        return words;
    }
}
