package vn.baocao.summary;

import java.util.List;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Refusal;
import vn.baocao.report.Passage;
import vn.baocao.report.Require;

/**
 * A summary as composed: the answer shown (text with "[n]" markers and its citations), whether a next
 * page has more, and the passages each part of it cites — the material a model rewrites from.
 *
 * @param answer the summary as an answer; an abstention when there is nothing to summarise
 * @param more   true when "xem thêm" would show more
 * @param parts  the cited passages of each part (a report, a conference, a side of a comparison), in order
 */
public record Summary(Answer answer, boolean more, List<List<Passage>> parts) {
    public Summary {
        Require.notNull(answer, "answer");
        parts = parts.stream().map(List::copyOf).toList();
    }

    /** A summary that could not be made for {@code reason}: {@code message} says why. */
    static Summary none(String question, Refusal.Reason reason, String message) {
        return new Summary(Answer.refused(question, reason, message, ExtractiveSummarizer.COMPOSER), false, List.of());
    }
}
