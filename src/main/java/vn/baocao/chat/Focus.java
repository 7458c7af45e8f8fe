package vn.baocao.chat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Person;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.text.VietnameseText;

/**
 * What a conversation is about after a turn: the question last answered (standing alone, however the
 * user typed it), its reading, the person and the meeting it was about and its answer. A follow-up is
 * read against it ({@link TurnReading}); a complete new question replaces it.
 *
 * @param question the last question answered, complete: what a later turn's swap starts from
 * @param reading  that question, read
 * @param person   the name of the person it is about ("thủ tướng" when only a title is known), or empty
 * @param meeting  how a question names the meeting it is about ("hội nghị tổng kết năm 2022"), or empty
 * @param year     the year it was about, or 0
 * @param answer   its answer
 * @param meetings the meetings it was about when it was about more than one, as a question names them
 *                 ("hội nghị sơ kết 6 tháng đầu năm 2019", "… năm 2023"): what "hai hội nghị đó" points to;
 *                 empty otherwise
 */
public record Focus(String question, Intent reading, String person, String meeting, int year, Answer answer,
                    List<String> meetings) {
    public Focus {
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    /** A focus on one meeting at most. */
    public Focus(String question, Intent reading, String person, String meeting, int year, Answer answer) {
        this(question, reading, person, meeting, year, answer, List.of());
    }

    /** What a question asks when it asks who: its answer is about the person it names. */
    private static final Set<Form> ASKS_WHO = EnumSet.of(Form.PRESIDED, Form.ATTENDED, Form.SPOKE, Form.WHO,
            Form.WHO_SAID, Form.ROLE);
    /** The questions that ask who took part in a meeting or who is meant: their answer names the one to point back to. */
    private static final Set<Form> ASKS_WHO_OF_A_MEETING = EnumSet.of(Form.PRESIDED, Form.ATTENDED, Form.SPOKE, Form.WHO);
    /** What a question asks when it asks which meetings: its answer may be about several. */
    private static final Set<Form> MANY_MEETINGS = EnumSet.of(Form.MEETINGS_OF, Form.WHICH_MEETING, Form.LIST);
    /** How many lines of an answer are read for whom it is about: a list names the one asked about early. */
    private static final int MAX_SUBJECT_LINES = 12;
    /** The fewest of the question's topic words a line must share to name whom an answer is about before the first. */
    private static final int MIN_SHARED_TOPIC_WORDS = 2;

    /**
     * The focus after {@code question} (read as {@code reading}) got {@code answer}, the focus before being
     * {@code previous} (null: none) and {@code leaned} telling whether the question was read against it.
     * What the question names replaces what the focus held; what it leaves out is kept: the person it
     * names, else — when it asks who, or names only a title — whom its answer is about ({@code reader}
     * reads the answer), else the person before; the meeting it names, else the one before when it leaned
     * on it or its answer draws on it, else the one its answer cites first.
     */
    static Focus after(String question, Intent reading, Answer answer, Function<String, Intent> reader, Focus previous,
                       boolean leaned) {
        return after(question, reading, answer, reader, previous, leaned, false);
    }

    /**
     * As {@link #after(String, Intent, Answer, Function, Focus, boolean)}; when {@code personLeft} (the turn was
     * asked again without the person in focus, who was not where it asks), the person is the one the answer
     * quotes, or no one: "ông ấy" next is not the one left out.
     */
    static Focus after(String question, Intent reading, Answer answer, Function<String, Intent> reader, Focus previous,
                       boolean leaned, boolean personLeft) {
        String person = personLeft && reading.person() == null ? personQuoted(answer, reading, reader)
                : personAfter(reading, answer, reader, previous);
        Conference cited = citedConference(answer, reading);
        String meeting;
        int year;
        boolean namesOne = namesAMeeting(reading)
                // a bare "hội nghị" nothing answered says no more than the meeting already in focus
                && !(cited == null && previous != null && meetingOf(reading).equals(meetingOf(ConferenceKind.OTHER, 0, 0)));
        if (namesOne && ofTheYearInFocus(reading, previous) && (cited == null || cites(answer, previous.meeting()))) {
            // "năm 2024 tuyển mới bao nhiêu cán bộ" after the 2024 review: the year says no other meeting
            meeting = previous.meeting();
            year = previous.year();
        } else if (namesOne) {
            meeting = cited != null ? phraseOf(cited) : meetingOf(reading);
            year = reading.year() != 0 ? reading.year() : cited != null ? cited.periodYear() : 0;
        } else if (previous != null && (leaned || cited == null || cites(answer, previous.meeting()))) {
            // the meeting stays while the turn leans on it, or the answer draws on it among others
            meeting = previous.meeting();
            year = previous.year();
        } else {
            meeting = cited == null ? "" : phraseOf(cited);
            year = cited == null ? 0 : cited.periodYear();
        }
        return new Focus(question, reading, person, meeting, year, answer, meetingsOf(reading, answer));
    }

    /**
     * The meetings {@code reading} is about when it is about more than one: those it names by kind and
     * years ("sơ kết 2019 và 2023"), else — asking which meetings — those of one kind its answer cites.
     */
    private static List<String> meetingsOf(Intent reading, Answer answer) {
        ConferenceKind kind = reading.conferenceKind();
        if (kind != null && kind.isReview() && reading.years().size() >= 2) {
            return reading.years().stream().distinct().map(y -> meetingOf(kind, y, 0)).toList();
        }
        if (!MANY_MEETINGS.contains(reading.form()) || answer.abstained()) {
            return List.of();
        }
        List<String> cited = answer.citations().stream().map(c -> c.passage().report().conference())
                .filter(c -> c != null && (kind == null || c.kind() == kind)).map(Focus::phraseOf).distinct().toList();
        return cited.size() >= 2 ? cited : List.of();
    }

    /** The focus after a first question, with nothing before it. */
    static Focus after(String question, Intent reading, Answer answer, Function<String, Intent> reader) {
        return after(question, reading, answer, reader, null, false);
    }

    /** The one {@code answer} quotes on what {@code reading} asks, or empty when it quotes no one or refused. */
    private static String personQuoted(Answer answer, Intent reading, Function<String, Intent> reader) {
        Person quoted = answer.abstained() ? null : subjectOf(answer, reading, reader);
        return quoted == null ? "" : quoted.name();
    }

    private static String personAfter(Intent reading, Answer answer, Function<String, Intent> reader, Focus previous) {
        if (reading.person() != null && ASKS_WHO_OF_A_MEETING.contains(reading.form()) && !answer.abstained()) {
            // "những ai dự buổi làm việc của PTT Quang?": the one named tells the meeting, the answer tells who
            Person answered = subjectOf(answer, reading, reader);
            if (answered != null) {
                return answered.name();
            }
        }
        if (reading.person() != null) {
            return reading.person().name();
        }
        if (!reading.unknownPerson().isEmpty()) {
            return ""; // asked of someone no report names: no one to point back to
        }
        boolean named = !reading.titles().isEmpty();
        Person subject = !answer.abstained() && (ASKS_WHO.contains(reading.form()) || named)
                ? subjectOf(answer, reading, reader) : null;
        if (answer.abstained() && ASKS_WHO.contains(reading.form()) && !answer.refusal().named().isEmpty()) {
            // "không nêu ai chủ trì; báo cáo ghi Thủ tướng … dự và chỉ đạo": "ông ấy" next is the one it names
            subject = answer.refusal().named().getFirst();
        }
        if (subject != null) {
            return subject.name();
        }
        if (named) {
            return reading.titles().getFirst().title();
        }
        return previous == null ? "" : previous.person();
    }

    /** True when {@code reading} names no meeting but by one year, the year of the meeting in focus. */
    private static boolean ofTheYearInFocus(Intent reading, Focus previous) {
        return previous != null && !previous.meeting().isEmpty() && reading.conferenceKind() == null
                && reading.conferenceOrdinal() == 0 && reading.date() == null && reading.span().isEmpty()
                && reading.years().size() == 1 && reading.years().getFirst() == previous.year();
    }

    /** True when the question says which meeting: by its kind outright, number, year or day ("6 tháng" alone does not). */
    static boolean namesAMeeting(Intent reading) {
        return reading.conferenceKind() != null && reading.kindOutright() || reading.conferenceOrdinal() != 0
                || !reading.years().isEmpty() || reading.date() != null || !reading.span().isEmpty();
    }

    /**
     * How a question names {@code conference}: a review or a numbered conference as people ask of it
     * ("hội nghị tổng kết năm 2022"), any other meeting by its name.
     */
    static String phraseOf(Conference conference) {
        String phrase = switch (conference.kind()) {
            case YEAR_END_REVIEW, MID_YEAR_REVIEW -> conference.periodYear() == 0 ? ""
                    : meetingOf(conference.kind(), conference.periodYear(), 0);
            case DIPLOMATIC_CONFERENCE, EXTERNAL_AFFAIRS_CONFERENCE -> conference.ordinal() == 0 ? ""
                    : meetingOf(conference.kind(), 0, conference.ordinal());
            default -> "";
        };
        return phrase.isEmpty() ? conference.name() : phrase;
    }

    /** True when one of {@code answer}'s sources is about the meeting a question names as {@code meeting}. */
    private static boolean cites(Answer answer, String meeting) {
        return !meeting.isEmpty() && answer.citations().stream().map(c -> c.passage().report().conference())
                .anyMatch(c -> c != null && phraseOf(c).equals(meeting));
    }

    /** The conference the answer's first source is about, when it is the kind the question names, or it names none. */
    private static Conference citedConference(Answer answer, Intent reading) {
        for (Citation c : answer.citations()) {
            Conference conference = c.passage().report().conference();
            if (conference != null && !conference.name().isBlank()
                    && (reading.conferenceKind() == null || reading.conferenceKind() == conference.kind())
                    && (reading.year() == 0 || reading.year() == conference.periodYear())) {
                return conference;
            }
            return null;
        }
        return null;
    }

    /** How the question names its meeting, written out in the reports' words; empty when it names none. */
    static String meetingOf(Intent reading) {
        return reading.conferenceKind() == null ? ""
                : meetingOf(reading.conferenceKind(), reading.year(), reading.conferenceOrdinal());
    }

    /** A meeting of {@code kind} of {@code year} or number {@code ordinal} (0: not given), as people ask of it. */
    static String meetingOf(ConferenceKind kind, int year, int ordinal) {
        String ofYear = year == 0 ? "" : " năm " + year;
        return switch (kind) {
            case YEAR_END_REVIEW -> "hội nghị tổng kết" + ofYear;
            case MID_YEAR_REVIEW -> "hội nghị sơ kết 6 tháng đầu" + (ofYear.isEmpty() ? " năm" : ofYear);
            case DIPLOMATIC_CONFERENCE -> "Hội nghị Ngoại giao" + (ordinal == 0 ? "" : " lần thứ " + ordinal);
            case EXTERNAL_AFFAIRS_CONFERENCE -> "Hội nghị Ngoại vụ toàn quốc" + (ordinal == 0 ? "" : " lần thứ " + ordinal);
            case WORKING_SESSION -> "buổi làm việc" + ofYear;
            case OTHER -> "hội nghị" + ofYear;
        };
    }

    /**
     * Whom an answer is about: of the people its first lines name, the one on the line that says what the
     * question is about ("Ai dự … tại điểm cầu Cao Bằng?": the line "… (dự tại điểm cầu Cao Bằng)"), else the first.
     */
    private static Person subjectOf(Answer answer, Intent reading, Function<String, Intent> reader) {
        Person best = null;
        long bestShared = MIN_SHARED_TOPIC_WORDS - 1;
        // the words naming the meeting ("ngành ngoại giao" of "tổng kết công tác ngành NG 2022") tell no one apart
        List<String> occasion = VietnameseText.foldedWords(reading.mentions().occasion());
        List<String> topic = reading.topicWords().stream().filter(w -> !occasion.contains(w)).toList();
        for (String line : answer.text().lines().limit(MAX_SUBJECT_LINES).toList()) {
            Person named = reader.apply(line).person();
            if (named == null) {
                continue;
            }
            long shared = VietnameseText.foldedWords(line).stream().distinct().filter(topic::contains).count();
            if (best == null || shared > bestShared) {
                best = named;
                bestShared = Math.max(shared, bestShared);
            }
        }
        return best;
    }
}
