package vn.baocao.search;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.lexicon.SpeechKind;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Person;
import vn.baocao.report.Require;

/**
 * A question, read once by {@link QuestionReader}: what it asks and about what. Every route, composer
 * and summary works from this; none reads the question's text again.
 *
 * @param question          the question as received; never null
 * @param text              the question as read: normalised, in Vietnamese when asked in English, with
 *                          abbreviations written out ("BNG" → "Bộ Ngoại giao")
 * @param english           whether it was asked in English
 * @param form              what it asks for
 * @param speechKind        the kind of statement it asks about ("đề nghị gì" → requests), or null
 * @param person            the known person it names, or null
 * @param personAddressed   whether that person is the one spoken to ("báo cáo với PTT Trần Lưu Quang"),
 *                          not the one whose words it asks
 * @param unknownPerson     a person's name it gives that no report has ("Thứ trưởng Nguyễn Văn A"), or empty
 * @param titles            the titles it names without a name ("thủ tướng")
 * @param conferenceKind    the kind of meeting it names, or null
 * @param kindOutright      whether it names that kind outright ("sơ kết", "tổng kết"), not by a weak cue
 *                          ("6 tháng", "làm việc")
 * @param conferenceOrdinal the number of the Diplomatic Conference it names ("lần thứ 32"), or 0
 * @param aboutMeeting      whether it is about a meeting itself (names one, or asks when or where one was
 *                          held), so a date or place is the meeting's
 * @param year              the one year it names, or 0 when it names none or several
 * @param years             every year it names, in order
 * @param date              the day and month it names first, or null
 * @param numbers           the other numbers it gives ("6 nhiệm vụ", "lần thứ 30"), as written
 * @param names             the organisations, places and things of the lexicon it names, as reports write them
 * @param documents         the numbered documents it names ("Chỉ thị 25", "Nghị quyết 59"), the kind of
 *                          document written out as reports write it and its number
 * @param premise           an event it takes for granted that reports seldom state ("phản đối"), as its
 *                          class's first form, or empty
 * @param detail            a detail of a meeting it asks that reports seldom give ("dẫn chương trình",
 *                          "thời tiết"), as its class's first form, or empty
 * @param unit              what a how-many question counts: the folded words after "bao nhiêu" (at most
 *                          two, the report's wording); for a list question, what it asks the members of
 *                          ("những chuyên ngành nào"); for a where question, the kind of building or room
 *                          it asks which one of ("khách sạn nào"); for a who-spoke question, the parts of
 *                          the meeting it asks who spoke in, folded ("khai mac", "chi dao"); or empty
 * @param total             true when it asks for a total in the words a table's total row is labelled with
 *                          ("tổng số hội đoàn", "tổng cộng", "total"), rather than of one row
 * @param grain             for a when-question, the grain of date it asks for ("ngày nào": a day)
 * @param topic             what it is about beyond its frame, as runs of adjacent words, each word folded
 *                          and in the report's wording (paraphrases and abbreviations resolved); for a
 *                          who-said question, the words quoted
 * @param topicText         the topic's words as the question gives them, runs separated by ", "; for
 *                          telling the user what was not found
 * @param terms             the words to search for, lower case, accents as typed, with the other forms
 *                          of its paraphrases and names; at most {@link QuestionReader#MAX_TERMS}
 * @param span              the run of years it names ("2019-2023", "từ 2019 đến 2023"): first and last, or
 *                          empty; not a term of office ("nhiệm kỳ 2020-2021")
 * @param page              the page of a long answer it asks for: 1, and one more for each "xem thêm"
 * @param parts             the questions it asks at once, each read on its own ("ngày nào, ở đâu": when,
 *                          and where; "tổng kết 2023 và 2024 ngày nào": each meeting's day); empty when
 *                          it asks one thing
 * @param mentions          where it names its person and meeting, and the words by which it leans on the
 *                          turns of a conversation before it
 */
public record Intent(String question, String text, boolean english, Form form, SpeechKind speechKind,
                     Person person, boolean personAddressed, String unknownPerson, List<NamedTitle> titles,
                     ConferenceKind conferenceKind, boolean kindOutright, int conferenceOrdinal, boolean aboutMeeting,
                     int year, List<Integer> years, MonthDay date, List<String> numbers, List<String> names, List<String> documents,
                     String premise, String detail, List<String> unit, boolean total, DateGrain grain, List<List<String>> topic, String topicText,
                     List<String> terms, List<Integer> span, int page, List<Intent> parts, Mentions mentions) {
    public Intent {
        Require.notNull(question, "question");
        Require.notNull(text, "question as read");
        Require.notNull(form, "form");
        Require.that(conferenceOrdinal >= 0, "conference ordinal must be >= 0, was " + conferenceOrdinal);
        unknownPerson = unknownPerson == null ? "" : unknownPerson;
        premise = premise == null ? "" : premise;
        grain = grain == null ? DateGrain.ANY : grain;
        titles = List.copyOf(titles);
        years = List.copyOf(years);
        numbers = List.copyOf(numbers);
        names = List.copyOf(names);
        documents = List.copyOf(documents);
        unit = List.copyOf(unit);
        topic = topic.stream().map(List::copyOf).filter(run -> !run.isEmpty()).toList();
        topicText = topicText == null ? "" : topicText;
        terms = List.copyOf(terms);
        span = List.copyOf(span);
        Require.that(span.isEmpty() || span.size() == 2, "a span of years has a first and a last");
        Require.that(page >= 1, "page must be >= 1, was " + page);
        parts = List.copyOf(parts);
        mentions = mentions == null ? Mentions.NONE : mentions;
    }

    /** True when there is nothing to search for (no content words, no person, no date), or nothing asked of the bare word for a meeting. */
    public boolean isBlank() {
        boolean namesNothing = person == null && date == null && year == 0 && conferenceKind == null
                && conferenceOrdinal == 0 && titles.isEmpty() && numbers.isEmpty() && topic.isEmpty()
                && unknownPerson.isEmpty() && names.stream().allMatch(n -> n.equals("hội nghị"));
        // "hn" alone: the word for a meeting, no question about one
        return terms.isEmpty() && person == null && date == null || namesNothing && form == Form.FACT && !english;
    }

    /** The topic's words in order, each once. */
    public List<String> topicWords() {
        List<String> out = new ArrayList<>();
        topic.forEach(run -> run.stream().filter(w -> !out.contains(w)).forEach(out::add));
        return out;
    }

    /** True when it names a meeting: by kind, number, year or day. */
    public boolean namesAMeeting() {
        return conferenceKind != null || conferenceOrdinal != 0 || year != 0 || date != null;
    }

    /** The full date when it names a day and month and exactly one year. */
    public Optional<LocalDate> fullDate() {
        return date == null || year == 0 || !date.isValidYear(year) ? Optional.empty() : Optional.of(date.atYear(year));
    }
}
