package vn.baocao.answer.llm;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import vn.baocao.report.Passage;
import vn.baocao.lexicon.Canonical;
import vn.baocao.search.Intent;
import vn.baocao.text.VietnameseText;

/**
 * The words of a question as read, in the reports' wording: what a passage's sentence must share to
 * matter for it, and what retrieved passages must hold before a model is asked what the extractive
 * composer found no passage to say.
 */
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

    /**
     * True when one of {@code passages} holds what {@code intent} is about: one of its topic's runs of two
     * words or more as written there, or half its topic's words weighed by {@code weight} (rarer words
     * say more) — a paraphrase keeps some of the telling words, a question about what no report mentions
     * ("giá xăng", where only "giá" is common) keeps none; a question without a topic (its frame, a person,
     * a meeting) counts as held by what was retrieved for it.
     */
    static boolean heldBy(Intent intent, List<Passage> passages, ToDoubleFunction<String> weight) {
        List<List<String>> runs = intent.topic();
        if (runs.isEmpty()) {
            return !passages.isEmpty();
        }
        List<String> topic = intent.topicWords();
        double all = topic.stream().mapToDouble(weight).sum();
        for (Passage p : passages) {
            List<String> words = Canonical.words(p.text());
            String text = " " + String.join(" ", words) + " ";
            double held = topic.stream().filter(words::contains).mapToDouble(weight).sum();
            if (runs.stream().anyMatch(r -> r.size() > 1 && text.contains(" " + String.join(" ", r) + " "))
                    || 2 * held >= all) {
                return true;
            }
        }
        return false;
    }
}
