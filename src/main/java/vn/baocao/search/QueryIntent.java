package vn.baocao.search;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Person;
import vn.baocao.report.Require;
import vn.baocao.text.VietnameseText;

/**
 * What a question asks, as {@link QuestionParser} understood it: its type, the filters and boosts it
 * implies, and the words to search for.
 *
 * @param question          the question as received; never null
 * @param text              the question normalised (NFC, canonical tones, single spaces)
 * @param type              what kind of answer it wants
 * @param year              the one year it names (1945–2100), or 0 when it names none or several
 * @param date              the day and month it names first ("ngày 5/7"), or null; the year, if written
 *                          with it, is in {@code years}
 * @param person            the known person it names, or null
 * @param conferenceKind    the kind of conference it names, or null
 * @param conferenceOrdinal the number of the Diplomatic Conference it names ("lần thứ 32"), or 0
 * @param terms             its content words in order, lower-case, accents as typed, question words
 *                          removed, each once, at most {@link QuestionParser#MAX_TERMS}
 * @param years             every year it names, in order, each once (a comparison names two)
 */
public record QueryIntent(String question, String text, QuestionType type, int year, MonthDay date, Person person,
                          ConferenceKind conferenceKind, int conferenceOrdinal, List<String> terms, List<Integer> years) {
    public QueryIntent {
        Require.notNull(question, "question");
        Require.notNull(text, "normalised question");
        Require.notNull(type, "question type");
        Require.that(conferenceOrdinal >= 0, "conference ordinal must be >= 0, was " + conferenceOrdinal);
        terms = List.copyOf(terms);
        years = List.copyOf(years);
    }

    /** True when the question was asked in English and {@code text} is its Vietnamese reading. */
    public boolean readFromEnglish() {
        return !text.equals(VietnameseText.normalize(question));
    }

    /** True when there is nothing to search for: no content words, no person, no date. */
    public boolean isBlank() {
        return terms.isEmpty() && person == null && date == null;
    }

    /** The full date when the question names a day and month and exactly one year. */
    public Optional<LocalDate> fullDate() {
        return date == null || year == 0 || !date.isValidYear(year) ? Optional.empty() : Optional.of(date.atYear(year));
    }
}
