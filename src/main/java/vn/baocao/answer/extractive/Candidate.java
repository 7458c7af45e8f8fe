package vn.baocao.answer.extractive;

import java.util.List;
import vn.baocao.report.Mentions.Mention;
import vn.baocao.report.Mentions;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;

/**
 * A sentence of a retrieved passage that may answer the question.
 *
 * @param passage   the passage it comes from
 * @param rank      the passage's rank in retrieval, from 0
 * @param sentence  the sentence, verbatim
 * @param mentions  the people it mentions, by name or resolved title
 * @param speaker   who the sentence attributes speech to (its own subject, or the previous sentence's
 *                  speaker when it continues a statement), or null
 * @param said      where what the speaker says starts in the sentence (after the speech verb; 0 for a
 *                  continuation), or -1 when there is no speaker
 * @param coverage  the share of the question's weight it covers, in [0, 1], counting its report's
 *                  title, conference and year as its own
 * @param focus     the share it covers of the question's terms that its report's metadata does not:
 *                  what the question asks about that report ("chủ trì" in "Ai chủ trì hội nghị tổng
 *                  kết năm 2024?"); 1 when the metadata covers the whole question
 */
record Candidate(Passage passage, int rank, String sentence, List<Mention> mentions, Person speaker, int said,
                 double coverage, double focus) {

    /** How well the sentence answers: its coverage and its focus, equally. */
    double score() {
        return (coverage + focus) / 2;
    }

    /** True when the sentence mentions {@code person} by name or title. */
    boolean mentions(Person person) {
        return mentions.stream().anyMatch(m -> m.person().name().equals(person.name()));
    }

    /** The number of words the speaker says in this sentence (0 when there is no speaker). */
    int wordsSaid() {
        return said < 0 ? 0 : sentence.substring(said).strip().split("\\s+").length;
    }
}
