package vn.baocao.chat;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the questions a channel served and how many of them the bot declined to answer, for the
 * admins' statistics. Replies that are not answers (help, sources) and questions that were unusable
 * (empty, no words, too long) are not counted. Thread-safe.
 */
public final class Usage {
    private final Counts counts;

    /** Counts kept in memory, from zero. */
    public Usage() {
        this(new InMemory());
    }

    /** Counts kept in {@code counts}, going on from what they hold. */
    public Usage(Counts counts) {
        this.counts = counts;
    }

    /** Where the counts are kept. Implementations are thread-safe. */
    public interface Counts {
        /** Adds {@code questions} questions, {@code abstentions} of them declined. */
        void add(long questions, long abstentions);

        /** The counts so far. */
        Snapshot snapshot();
    }

    /** Counts {@code reply} if it answers a question. */
    public void record(Reply reply) {
        if (reply instanceof Reply.Answered a && (a.answer().refusal() == null || !a.answer().refusal().isAboutTheInput())) {
            counts.add(1, a.answer().abstained() ? 1 : 0);
        }
    }

    /** The counts so far. */
    public Snapshot snapshot() {
        return counts.snapshot();
    }

    /** Counts in memory, lost when the process ends. */
    private static final class InMemory implements Counts {
        private final LongAdder questions = new LongAdder();
        private final LongAdder abstentions = new LongAdder();

        @Override
        public void add(long questions, long abstentions) {
            this.questions.add(questions);
            this.abstentions.add(abstentions);
        }

        @Override
        public Snapshot snapshot() {
            return new Snapshot(questions.sum(), abstentions.sum());
        }
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
