package vn.baocao.answer;

import java.util.List;
import java.util.Locale;
import vn.baocao.report.Person;
import vn.baocao.report.Require;

/**
 * Why an answer says nothing from the reports, and the words the user reads about it.
 *
 * @param reason  the rule that decided it; its {@link Reason#code()} is stable (README, {@code ask --json})
 * @param message what the user is told: what was missing and, where there is one, what the reports have instead
 * @param named   the people the message names as what the reports have instead ("không nêu ai chủ trì; báo
 *                cáo ghi Thủ tướng … dự và chỉ đạo"), first the one a conversation goes on about; often none
 */
public record Refusal(Reason reason, String message, List<Person> named) {
    public Refusal {
        Require.notNull(reason, "refusal reason");
        Require.notBlank(message, "refusal message");
        named = named == null ? List.of() : List.copyOf(named);
    }

    /** A refusal that names no one. */
    public Refusal(Reason reason, String message) {
        this(reason, message, List.of());
    }

    /** The reasons to refuse; each is a rule a user can understand, never a score too low to say why. */
    public enum Reason {
        /** The question names something no report has: a year, a conference, a person, an organisation. */
        NOT_IN_CORPUS,
        /** The question takes for granted what no passage says: someone opposed, postponed, spoke there… */
        FALSE_PREMISE,
        /** The reports have the question's subject but no passage says what it asks. */
        NO_EVIDENCE,
        /** The question is empty, has no words, or is too long to be one. */
        BAD_INPUT,
        /** The index holds no reports yet. */
        EMPTY_INDEX,
        /** Answering failed (a bug or a broken index); the log says what happened. */
        FAILURE;

        /** The stable code: the name in lower case, "not_in_corpus". */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** True when the question itself was unusable, so the conversation should not remember it. */
    public boolean isAboutTheInput() {
        return reason == Reason.BAD_INPUT;
    }
}
