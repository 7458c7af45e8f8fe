package vn.baocao.search;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.index.DateMention;
import vn.baocao.report.Person;
import vn.baocao.report.Require;
import vn.baocao.text.VietnameseText;

/**
 * Turns a question, typed in Vietnamese with or without accents or in simple English, into a
 * {@link QueryIntent}.
 *
 * <p>The question is only ever read as plain text: {@code AND ( " *:* title:x~} are characters like any
 * other. Any string is accepted: an empty or emoji-only question gives an intent with no terms, and a
 * very long one is cut to its first {@link #MAX_TERMS} distinct words, which keeps queries fast and
 * below Lucene's clause limit. Immutable and thread-safe.
 */
public final class QuestionParser {
    /** The most content words a query uses; the rest of a longer question is ignored. */
    public static final int MAX_TERMS = 64;
    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])[12][0-9]{3}(?![0-9])");
    /** "nhiệm kỳ 2020-2021" names a term of office, not a year to filter on. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![0-9])[0-9]{4}\\s*[-–—]\\s*[0-9]{4}(?![0-9])");

    private final PersonMatcher people;
    private final UnaryOperator<String> vocabulary;

    /** A parser that recognises the people in {@code knownPeople} (usually the index's). */
    public QuestionParser(List<Person> knownPeople) {
        this(knownPeople, UnaryOperator.identity());
    }

    /**
     * A parser that recognises the people in {@code knownPeople} and rewrites each question's words
     * with {@code vocabulary} into the words the reports use (e.g. their form of an abbreviation).
     */
    public QuestionParser(List<Person> knownPeople, UnaryOperator<String> vocabulary) {
        Require.notNull(knownPeople, "known people");
        this.people = new PersonMatcher(List.copyOf(knownPeople));
        this.vocabulary = Require.notNull(vocabulary, "vocabulary");
    }

    /** The intent of {@code question}; never null. */
    public QueryIntent parse(String question) {
        Require.notNull(question, "question");
        String reading = vocabulary.apply(
                VietnameseText.normalize(EnglishQuestions.toVietnamese(question).orElse(question)));
        String lower = reading.toLowerCase(Locale.ROOT);
        List<Integer> years = years(lower);
        List<DateMention> dates = DateMention.findAll(lower);
        MonthDay date = dates.isEmpty() ? null : dates.getFirst().date();
        QuestionText text = QuestionText.of(withoutDates(lower, dates));
        ConferenceCues.Found conference = ConferenceCues.of(text);
        return new QueryIntent(question, reading, QuestionTypes.of(text),
                years.size() == 1 ? years.getFirst() : 0, date, people.find(text), conference.kind(),
                conference.ordinal(), QuestionWords.contentTerms(text, MAX_TERMS), years);
    }

    /** The dates are read already; "05", "07" as words would only match unrelated numbers. */
    private static String withoutDates(String lower, List<DateMention> dates) {
        StringBuilder text = new StringBuilder(lower);
        for (DateMention date : dates) {
            for (int i = date.start(); i < date.end(); i++) {
                text.setCharAt(i, ' ');
            }
        }
        return text.toString();
    }

    private static List<Integer> years(String lower) {
        String withoutRanges = YEAR_RANGE.matcher(lower).replaceAll(" ");
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(withoutRanges);
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            if (year >= FIRST_YEAR && year <= LAST_YEAR && !years.contains(year)) {
                years.add(year);
            }
        }
        return years;
    }
}
