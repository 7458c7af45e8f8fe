package vn.baocao.chat;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the questions a channel served and how many of them the bot declined to answer, for the
 * admins' statistics. Replies that are not answers (help, sources) and questions that were unusable
 * (empty, no words, too long) are not counted. The questions declined are also kept one by one, with
 * their reason and how often, so an admin sees which reports are missing. Thread-safe.
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

        /** Counts one refusal of {@code question} (the question answered) for {@code reason} (its code). */
        void refused(String question, String reason);

        /** The questions refused, at most {@code limit}, the most often refused first (then the latest). */
        List<RefusedQuestion> refused(int limit);
    }

    /** Counts {@code reply} if it answers a question, and keeps the question when the reports did not answer it. */
    public void record(Reply reply) {
        if (reply instanceof Reply.Answered a && (a.answer().refusal() == null || !a.answer().refusal().isAboutTheInput())) {
            counts.add(1, a.answer().abstained() ? 1 : 0);
            if (a.answer().abstained()) {
                counts.refused(a.readAs() == null ? a.answer().question() : a.readAs(), a.answer().refusal().reason().code());
            }
        }
    }

    /** The counts so far. */
    public Snapshot snapshot() {
        return counts.snapshot();
    }

    /** The questions the reports did not answer, at most {@code limit}, the most often refused first. */
    public List<RefusedQuestion> refused(int limit) {
        return counts.refused(limit);
    }

    /** Counts in memory, lost when the process ends. */
    private static final class InMemory implements Counts {
        /** The most refused questions kept; beyond it a new one is not (a process's memory stays bounded). */
        private static final int MAX_REFUSED = 10_000;
        private final LongAdder questions = new LongAdder();
        private final LongAdder abstentions = new LongAdder();
        private final Map<String, RefusedQuestion> refused = new ConcurrentHashMap<>();
        private final Clock clock = Clock.systemUTC();

        @Override
        public void add(long questions, long abstentions) {
            this.questions.add(questions);
            this.abstentions.add(abstentions);
        }

        @Override
        public Snapshot snapshot() {
            return new Snapshot(questions.sum(), abstentions.sum());
        }

        @Override
        public void refused(String question, String reason) {
            String key = RefusedQuestion.keyOf(question) + "\n" + reason;
            if (refused.size() >= MAX_REFUSED && !refused.containsKey(key)) {
                return;
            }
            refused.merge(key, new RefusedQuestion(question.strip(), reason, 1, clock.instant()),
                    (old, now) -> new RefusedQuestion(now.question(), reason, old.count() + 1, now.last()));
        }

        @Override
        public List<RefusedQuestion> refused(int limit) {
            return refused.values().stream().sorted(MOST_REFUSED).limit(limit).toList();
        }
    }

    /** The most often refused first, then the latest. */
    private static final Comparator<RefusedQuestion> MOST_REFUSED = Comparator.comparingLong(RefusedQuestion::count).reversed()
            .thenComparing(RefusedQuestion::last, Comparator.reverseOrder());

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
