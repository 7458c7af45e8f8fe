package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Outcome;
import vn.baocao.report.Meeting;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Statement;
import vn.baocao.lexicon.SpeechKind;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.search.Quote;
import vn.baocao.search.StatementRecords;
import vn.baocao.search.StatementRef;
import vn.baocao.search.StatementQuery;
import vn.baocao.text.Dates;

/**
 * Answers "what did X say (ask, propose…)" when the question names no topic — "Thủ tướng đã yêu cầu
 * gì với ngành ngoại giao qua các năm?", "/phatbieu bui thanh son 2023" — from X's statements: one
 * group per conference, in date order, each with the role X held then and their main statements of
 * the kind asked, cited. A question with a topic ("nói gì về công tác xây dựng ngành") is left to the
 * routes after, which rank by the topic.
 */
final class SaidByRoute implements Route {
    /** Conferences listed at most; the most recent ones when there are more. */
    private static final int MAX_MEETINGS = 4;
    private static final int STATEMENTS_PER_MEETING = 2;
    private static final int STATEMENTS_AT_ONE_MEETING = 4;
    private static final int MAX_STATEMENTS = 1000;

    private final StatementRecords statements;
    private final ConferenceRecords records;
    private final RefusalPolicy policy;

    SaidByRoute(StatementRecords statements, ConferenceRecords records, RefusalPolicy policy) {
        this.statements = statements;
        this.records = records;
        this.policy = policy;
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        Optional<Person> speaker = speakerAsked(intent);
        if (intent.form() != Form.SAID_BY || speaker.isEmpty()) {
            return Outcome.PASS;
        }
        boolean topical = policy.hasTopic(findings.weights());
        List<StatementRef> said = statements.statementRefs(StatementQuery.by(speaker.get().name()), MAX_STATEMENTS).stream().filter(s -> MeetingFinder.fits(s.report(), intent)
                && (intent.year() == 0 || fitsYear(s, intent.year()))).toList();
        if (topical || said.isEmpty()) {
            return Outcome.PASS;
        }
        Map<String, List<StatementRef>> byMeeting = new LinkedHashMap<>();
        for (StatementRef s : said) {
            String key = Meeting.keyOf(s.report()).orElse(s.report().id());
            byMeeting.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        Words words = new Words();
        List<List<StatementRef>> shown = shown(intent.speechKind(), new ArrayList<>(byMeeting.values()), words);
        int each = shown.size() == 1 ? STATEMENTS_AT_ONE_MEETING : STATEMENTS_PER_MEETING;
        CitationBook book = new CitationBook();
        List<String> lines = new ArrayList<>();
        for (List<StatementRef> group : shown) {
            addGroup(intent.speechKind(), group, each, book, lines, words);
        }
        return lines.isEmpty() ? Outcome.PASS
                : new Outcome.Answered(CitationBook.markersIn(String.join("\n", lines)), book.citations(), AnswerKind.LIST);
    }

    /**
     * The speaker a what-said question asks about: the person it names, unless he is the one spoken to
     * ("BT Sơn báo cáo gì với PTT Trần Lưu Quang?"); else the one person the reports name who holds the titles
     * it names ("Thủ tướng", "BT Sơn"); empty otherwise.
     */
    private Optional<Person> speakerAsked(Intent intent) {
        if (intent.person() != null && !intent.personAddressed()) {
            return Optional.of(intent.person());
        }
        if (intent.titles().isEmpty()) {
            return Optional.empty();
        }
        List<Person> holders = records.knownPeople().stream()
                .filter(p -> intent.person() == null || !p.name().equals(intent.person().name()))
                .filter(p -> intent.titles().stream().allMatch(t -> t.fits(p))).toList();
        return holders.size() == 1 ? Optional.of(holders.getFirst()) : Optional.empty();
    }

    private static boolean fitsYear(StatementRef s, int year) {
        ReportInfo r = s.report();
        return r.date() != null && r.date().getYear() == year || r.conference() != null && r.conference().periodYear() == year;
    }

    /** The words of statements, each read once however often its kind is asked. */
    private final class Words {
        private final Map<StatementRef, Optional<Quote>> read = new HashMap<>();

        Optional<Quote> of(StatementRef s) {
            return read.computeIfAbsent(s, statements::quote);
        }

        /**
         * What shows a statement's kind: its speech verb, or for a continuation (which has none) its words
         * ("Để thực hiện tốt nhiệm vụ này, yêu cầu ngành ngoại giao…"). Not the words of a statement with a
         * verb: "nhấn mạnh để đáp ứng yêu cầu…" is no request.
         */
        String whatItDoes(StatementRef s) {
            return s.verb().isEmpty() ? of(s).map(Quote::sentence).orElse("") : s.verb();
        }
    }

    /**
     * The groups shown: the last {@link #MAX_MEETINGS} with a statement of the kind asked ("đề nghị gì"),
     * by its speech verb, when some have one — a conference where the person only assessed is not an
     * answer to what they requested — else the last of all. Looked for from the latest back, and by verb
     * before words, so that few words are read.
     */
    private static List<List<StatementRef>> shown(SpeechKind kind, List<List<StatementRef>> groups, Words words) {
        if (kind != null) {
            List<List<StatementRef>> kept = new ArrayList<>();
            for (int i = groups.size() - 1; i >= 0 && kept.size() < MAX_MEETINGS; i--) {
                if (hasKind(groups.get(i), kind, words)) {
                    kept.addFirst(groups.get(i));
                }
            }
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        return groups.subList(Math.max(0, groups.size() - MAX_MEETINGS), groups.size());
    }

    private static boolean hasKind(List<StatementRef> group, SpeechKind kind, Words words) {
        return group.stream().anyMatch(s -> !s.verb().isEmpty() && StatementKinds.isOf(kind, s.verb()))
                || group.stream().anyMatch(s -> s.verb().isEmpty() && StatementKinds.isOf(kind, words.whatItDoes(s)));
    }

    /** Adds the group's chosen statements, read with their passages now; those whose report has gone since are dropped. */
    private void addGroup(SpeechKind kind, List<StatementRef> group, int limit, CitationBook book, List<String> lines,
                          Words words) {
        List<Statement> chosen = StatementKinds.preferAsked(kind, group, words::whatItDoes, limit).stream()
                .map(words::of).flatMap(Optional::stream)
                .map(statements::statement).flatMap(Optional::stream).toList();
        if (chosen.isEmpty()) {
            return;
        }
        Statement first = chosen.getFirst();
        ReportInfo r = first.passage().report();
        String when = Dates.inBrackets(r.date());
        lines.add(first.speaker().titled() + ", tại " + Lines.conferenceOf(r) + when + " "
                + book.cite(first.passage(), first.sentence()) + ":");
        chosen.forEach(s -> lines.add(Lines.quote(s.sentence(), book.cite(s.passage(), s.sentence()))));
    }

}
