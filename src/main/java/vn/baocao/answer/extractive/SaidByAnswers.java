package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.Meeting;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Statement;
import vn.baocao.search.QueryIntent;
import vn.baocao.search.QuestionType;
import vn.baocao.search.Retriever;
import vn.baocao.search.Quote;
import vn.baocao.search.StatementRef;
import vn.baocao.search.StatementQuery;
import vn.baocao.text.VietnameseText;
import vn.baocao.text.Dates;

/**
 * Answers "what did X say (ask, propose…)" when the question names no topic — "Thủ tướng đã yêu cầu
 * gì với ngành ngoại giao qua các năm?", "/phatbieu bui thanh son 2023" — from X's statements: one
 * group per conference, in date order, each with the role X held then and their main statements of
 * the kind asked, cited. A question with a topic ("nói gì về công tác xây dựng ngành") is left to the
 * passage search, which ranks by the topic.
 */
final class SaidByAnswers {
    /** Conferences listed at most; the most recent ones when there are more. */
    private static final int MAX_MEETINGS = 4;
    private static final int STATEMENTS_PER_MEETING = 2;
    private static final int STATEMENTS_AT_ONE_MEETING = 4;
    private static final int MAX_STATEMENTS = 1000;
    /** Words that frame a what-said question without naming a topic; folded. */
    private static final Set<String> FRAME = Set.copyOf(Arrays.asList(("da noi gi phat bieu nhung dieu noi dung chi dao "
            + "yeu cau de nghi nhan manh khang dinh danh gia ket luan keu goi luu y bieu duong voi doi nganh ngoai "
            + "giao bo qua cac nam tu truoc den nay tai hoi nghi lan o trong the nao ra sao nhu va ve nhiem vu gi "
            + "what did say said ask asked of the ministry over years at to tong ket so ket thang dau cuoi "
            + "cong tac buoi lam viec").split(" ")));

    private final Retriever retriever;

    SaidByAnswers(Retriever retriever) {
        this.retriever = retriever;
    }

    /**
     * The speaker a topic-less what-said question asks about: the person it names, or the one person
     * the reports quote who holds the title it names ("Thủ tướng"); empty otherwise.
     */
    Optional<Person> speakerAsked(QueryIntent intent, List<TitleHeads.Title> titles) {
        if (intent.type() != QuestionType.WHAT_SAID || !namesNoTopic(intent, titles)) {
            return Optional.empty();
        }
        if (intent.person() != null) {
            return Optional.of(intent.person());
        }
        List<Person> holders = retriever.knownPeople().stream()
                .filter(p -> !titles.isEmpty() && titles.stream().allMatch(t -> t.fits(p))).toList();
        return holders.size() == 1 ? Optional.of(holders.getFirst()) : Optional.empty();
    }

    /** The answer citing what {@code speaker} said, by conference; empty when the reports quote them nowhere. */
    Optional<String> answer(Person speaker, QueryIntent intent, CitationBook book) {
        // places, not words: the words of the few shown (and of continuations whose kind is asked) are read
        List<StatementRef> said = retriever.statementRefs(StatementQuery.by(speaker.name()).inYear(intent.year()),
                        MAX_STATEMENTS).stream()
                .filter(s -> MeetingFinder.fits(s.report(), intent))
                .toList();
        Map<String, List<StatementRef>> byMeeting = new LinkedHashMap<>();
        for (StatementRef s : said) {
            String key = Meeting.keyOf(s.report()).orElse(s.report().id());
            byMeeting.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        if (byMeeting.isEmpty()) {
            return Optional.empty();
        }
        Words words = new Words();
        List<List<StatementRef>> shown = shown(intent.text(), new ArrayList<>(byMeeting.values()), words);
        int each = shown.size() == 1 ? STATEMENTS_AT_ONE_MEETING : STATEMENTS_PER_MEETING;
        List<String> lines = new ArrayList<>();
        for (List<StatementRef> group : shown) {
            addGroup(intent.text(), group, each, book, lines, words);
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /** The words of statements, each read once however often its kind is asked. */
    private final class Words {
        private final Map<StatementRef, Optional<Quote>> read = new HashMap<>();

        Optional<Quote> of(StatementRef s) {
            return read.computeIfAbsent(s, retriever::quote);
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
    private static List<List<StatementRef>> shown(String question, List<List<StatementRef>> groups, Words words) {
        Optional<List<String>> kind = StatementKinds.asked(question);
        if (kind.isPresent()) {
            List<List<StatementRef>> kept = new ArrayList<>();
            for (int i = groups.size() - 1; i >= 0 && kept.size() < MAX_MEETINGS; i--) {
                if (hasKind(groups.get(i), kind.get(), words)) {
                    kept.addFirst(groups.get(i));
                }
            }
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        return groups.subList(Math.max(0, groups.size() - MAX_MEETINGS), groups.size());
    }

    private static boolean hasKind(List<StatementRef> group, List<String> kind, Words words) {
        return group.stream().anyMatch(s -> !s.verb().isEmpty() && StatementKinds.isOf(kind, s.verb()))
                || group.stream().anyMatch(s -> s.verb().isEmpty() && StatementKinds.isOf(kind, words.whatItDoes(s)));
    }

    /** Adds the group's chosen statements, read with their passages now; those whose report has gone since are dropped. */
    private void addGroup(String question, List<StatementRef> group, int limit, CitationBook book, List<String> lines,
                          Words words) {
        List<Statement> chosen = StatementKinds.preferAsked(question, group, words::whatItDoes, limit).stream()
                .map(words::of).flatMap(Optional::stream)
                .map(retriever::statement).flatMap(Optional::stream).toList();
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

    /** True when every word is frame, a number, or part of the person's name or the titles named. */
    private static boolean namesNoTopic(QueryIntent intent, List<TitleHeads.Title> titles) {
        Set<String> allowed = new HashSet<>(FRAME);
        if (intent.person() != null) {
            allowed.addAll(List.of(VietnameseText.fold(intent.person().name()).split(" ")));
        }
        titles.forEach(t -> {
            allowed.addAll(List.of(VietnameseText.fold(t.head()).split(" ")));
            allowed.addAll(List.of(t.qualifier().split(" ")));
        });
        String q = VietnameseText.fold(intent.text()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return Arrays.stream(q.split(" ")).allMatch(w -> w.isEmpty() || allowed.contains(w)
                || w.chars().allMatch(Character::isDigit));
    }
}
