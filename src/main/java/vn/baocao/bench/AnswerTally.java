package vn.baocao.bench;

import java.util.concurrent.atomic.AtomicIntegerArray;
import vn.baocao.answer.Answer;

/**
 * How many questions of each kind got an answer and how many an abstention: speed means little if
 * the answers on the synthetic archive are all abstentions. Thread-safe.
 */
final class AnswerTally {
    private final AtomicIntegerArray answered = new AtomicIntegerArray(QuestionMix.Kind.values().length);
    private final AtomicIntegerArray abstained = new AtomicIntegerArray(QuestionMix.Kind.values().length);

    /** Counts {@code answer} to a question of {@code kind}; returns a number derived from it, for the timing sink. */
    int count(QuestionMix.Kind kind, Answer answer) {
        (answer.abstained() ? abstained : answered).incrementAndGet(kind.ordinal());
        return answer.text().length();
    }

    int answered(QuestionMix.Kind kind) {
        return answered.get(kind.ordinal());
    }

    int abstained(QuestionMix.Kind kind) {
        return abstained.get(kind.ordinal());
    }
}
