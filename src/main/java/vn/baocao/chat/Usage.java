package vn.baocao.chat;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the questions a channel served and how many of them the bot declined to answer, for the
 * admins' statistics. Replies that are not answers (help, sources) and questions that were unusable
 * (empty, no words, too long) are not counted. Thread-safe.
 */
public final class Usage {
    private final LongAdder questions = new LongAdder();
    private final LongAdder abstentions = new LongAdder();

    /** Counts {@code reply} if it answers a question. */
    public void record(Reply reply) {
        if (reply instanceof Reply.Answered a && (a.answer().refusal() == null || !a.answer().refusal().isAboutTheInput())) {
            questions.increment();
            if (a.answer().abstained()) {
                abstentions.increment();
            }
        }
    }

    /** The counts so far. */
    public Snapshot snapshot() {
        return new Snapshot(questions.sum(), abstentions.sum());
    }

    /**
     * Counts at one moment.
     *
     * @param questions   questions answered (or declined)
     * @param abstentions questions the reports did not answer
     */
    public record Snapshot(long questions, long abstentions) {
        /** Abstentions per question, 0 when there was no question. */
        public double abstentionRate() {
            return questions == 0 ? 0 : (double) abstentions / questions;
        }
    }
}
