package vn.baocao.chat;

import java.util.List;
import java.util.function.Function;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Person;
import vn.baocao.search.Intent;
import vn.baocao.text.VietnameseText;

/**
 * What a conversation is about after a turn: the question last answered (standing alone, however the
 * user typed it), its reading, the person and the meeting it was about and its answer. A follow-up is
 * read against it ({@link TurnReading}); a complete new question replaces it.
 *
 * @param question the last question answered, complete: what a later turn's swap starts from
 * @param reading  that question, read
 * @param person   the name of the person it was about — the one it named, else the one its answer is
 *                 about, else the title it named ("thủ tướng") — or empty
 * @param meeting  how to name the meeting it was about — the one its answer cites, else the one it names —
 *                 or empty
 * @param year     the year it was about, or 0
 * @param answer   its answer
 */
public record Focus(String question, Intent reading, String person, String meeting, int year, Answer answer) {
    /** How many lines of an answer are read for whom it is about: a list names the one asked about early. */
    private static final int MAX_SUBJECT_LINES = 12;
    /** The fewest of the question's topic words a line must share to name whom an answer is about before the first. */
    private static final int MIN_SHARED_TOPIC_WORDS = 2;

    /**
     * The focus after {@code question} (read as {@code reading}) got {@code answer}; {@code reader} reads the
     * answer for the person it names when the question named none.
     */
    static Focus after(String question, Intent reading, Answer answer, Function<String, Intent> reader) {
        Person named = reading.person();
        if (named == null && !answer.abstained()) {
            named = subjectOf(answer, reading, reader);
        }
        Conference cited = citedConference(answer, reading);
        String meeting = cited != null ? cited.name() : meetingOf(reading);
        int year = reading.year() != 0 ? reading.year() : cited != null ? cited.periodYear() : 0;
        String person = named != null ? named.name() : reading.titles().isEmpty() ? "" : reading.titles().getFirst().title();
        return new Focus(question, reading, person, meeting, year, answer);
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
        ConferenceKind kind = reading.conferenceKind();
        String year = reading.year() == 0 ? "" : " năm " + reading.year();
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case YEAR_END_REVIEW -> "hội nghị tổng kết" + year;
            case MID_YEAR_REVIEW -> "hội nghị sơ kết 6 tháng đầu" + (year.isEmpty() ? " năm" : year);
            case DIPLOMATIC_CONFERENCE, EXTERNAL_AFFAIRS_CONFERENCE -> kind.label()
                    + (reading.conferenceOrdinal() == 0 ? "" : " lần thứ " + reading.conferenceOrdinal());
            case WORKING_SESSION -> "buổi làm việc" + year;
            case OTHER -> "hội nghị" + year;
        };
    }

    /**
     * Whom an answer is about: of the people its first lines name, the one on the line that says what the
     * question is about ("Ai dự … tại điểm cầu Cao Bằng?": the line "… (dự tại điểm cầu Cao Bằng)"), else the first.
     */
    private static Person subjectOf(Answer answer, Intent reading, Function<String, Intent> reader) {
        Person best = null;
        long bestShared = MIN_SHARED_TOPIC_WORDS - 1;
        List<String> topic = reading.topicWords();
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
