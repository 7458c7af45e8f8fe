package vn.baocao.answer;

import java.util.List;
import vn.baocao.report.Require;

/** What a route makes of a question: an answer, a refusal for a reason, or nothing (the next route's turn). */
public sealed interface Outcome {
    /** The route has nothing to say: the next route in the order tries. */
    Outcome PASS = new Pass();

    /** An answer: text whose "[n]" markers refer to {@code citations}, and what kind of answer it is. */
    record Answered(String text, List<Citation> citations, AnswerKind kind) implements Outcome {
        public Answered {
            Require.notBlank(text, "answer text");
            Require.that(kind != AnswerKind.REFUSAL, "an answer is not a refusal");
            citations = List.copyOf(citations);
        }
    }

    /** A refusal, for a reason the user is told. */
    record Refused(Refusal refusal) implements Outcome {
        public Refused {
            Require.notNull(refusal, "refusal");
        }

        /** A refusal for {@code reason}, telling the user {@code message}. */
        public static Refused of(Refusal.Reason reason, String message) {
            return new Refused(new Refusal(reason, message));
        }
    }

    /** No outcome: see {@link #PASS}. */
    record Pass() implements Outcome {
    }

    /** This outcome as the answer to {@code question} by {@code composer}; a pass has none. */
    default Answer toAnswer(String question, String composer) {
        return switch (this) {
            case Answered a -> Answer.of(question, a.text(), a.citations(), a.kind(), composer);
            case Refused r -> Answer.refused(question, r.refusal(), composer);
            case Pass p -> throw new IllegalStateException("no route answered \"" + question + "\"");
        };
    }
}
