package vn.baocao.answer;

/** What an answer is, for the chat and the channels to act on without reading its text. */
public enum AnswerKind {
    /** A direct answer: a fact, a person, a date, a quote, with its evidence. */
    ANSWER,
    /** Several items of one kind: the people at a meeting, the meetings of a person, what someone said. */
    LIST,
    /**
     * What a report says of itself — who wrote, published, signed or photographed it, its number — read from
     * its metadata, which no passage holds.
     */
    CREDITS,
    /** A structured summary of a report, a conference, a person or a year. */
    SUMMARY,
    /** Two summaries side by side. */
    COMPARISON,
    /** Nothing from the reports: the answer's {@link Refusal} says why. */
    REFUSAL
}
