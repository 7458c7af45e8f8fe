package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.report.Mentions;
import vn.baocao.report.Mentions.Mention;
import vn.baocao.report.Passage;
import vn.baocao.report.Report;
import vn.baocao.text.Sentences;

/**
 * The sentences of a report's passages, each with where it mentions its passage's people. Finding
 * statements and finding participations both read every sentence with its mentions: a report is split
 * and searched for mentions once, for both.
 *
 * @param passages the report's passages in order, each with its sentences
 */
record MentionedSentences(List<OfPassage> passages) {
    /** A passage and its sentences, in order. */
    record OfPassage(Passage passage, List<Sentence> sentences) {
    }

    /** A sentence and its mentions of the passage's people, in order of position (see {@link Mentions#find}). */
    record Sentence(String text, List<Mention> mentions) {
    }

    /** The sentences of {@code report}'s passages, with their mentions. */
    static MentionedSentences of(Report report) {
        List<OfPassage> passages = new ArrayList<>(report.passages().size());
        for (Passage passage : report.passages()) {
            List<Sentence> sentences = new ArrayList<>();
            for (String text : Sentences.split(passage.text())) {
                sentences.add(new Sentence(text, Mentions.find(text, passage.people())));
            }
            passages.add(new OfPassage(passage, List.copyOf(sentences)));
        }
        return new MentionedSentences(List.copyOf(passages));
    }
}
