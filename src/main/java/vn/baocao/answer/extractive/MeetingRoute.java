package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Outcome;
import vn.baocao.answer.Refusal;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Statement;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.search.NamedTitle;
import vn.baocao.search.Quote;
import vn.baocao.search.StatementRecords;
import vn.baocao.search.StatementQuery;
import vn.baocao.text.VietnameseText;
import vn.baocao.text.Dates;

/**
 * Answers questions about the people of a meeting from the conference records rather than from
 * passages: who presided over, spoke at or attended a named meeting, and which meetings a named person
 * took part in. Each person is cited to the sentence that says what they did there (their
 * participation, or their first statement), with the role the report gave them then.
 *
 * <p>Only a question that names the meeting (by kind, number, year, day, or a person to tell it by)
 * and nothing else is answered here: "Ai phát biểu về ngoại giao kinh tế…?" asks about content, and is
 * left to the routes after.
 */
final class MeetingRoute implements Route {
    private static final int MAX_STATEMENTS = 1000;
    /** The most words between a speaker's name and the part of the meeting they spoke in: "… Chính phát biểu chỉ đạo". */
    private static final int MAX_WORDS_TO_THE_PART = 3;
    /**
     * Conferences listed for a person, and people listed for a conference, at most: the most recent
     * conferences, the first people. A deputy prime minister of twenty years' archive has been at
     * hundreds of conferences; a list of them all is no answer in a chat (and cited past [999]).
     */
    static final int MAX_LISTED = 12;

    private final ConferenceRecords records;
    private final StatementRecords statements;
    private final RefusalPolicy policy;

    MeetingRoute(ConferenceRecords records, StatementRecords statements, RefusalPolicy policy) {
        this.records = records;
        this.statements = statements;
        this.policy = policy;
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        Form form = intent.form();
        boolean aboutPeople = form == Form.PRESIDED || form == Form.SPOKE || form == Form.ATTENDED;
        if (form == Form.MEETINGS_OF && intent.person() != null && !policy.hasTopic(findings.weights())) {
            return meetingsOf(intent);
        }
        boolean topical = policy.hasTopicBesides(findings.weights(), asking(form));
        if (!aboutPeople || !(intent.namesAMeeting() || intent.person() != null || topical)) {
            return Outcome.PASS;
        }
        List<Meeting> named = records.meetings(reports -> MeetingFinder.fits(reports.getFirst(), intent));
        List<Meeting> meetings = policy.namedByName(intent, MeetingFinder.find(named, intent, true));
        boolean namedOutright = intent.conferenceOrdinal() != 0 || intent.kindOutright() && intent.year() != 0;
        if (topical && !namedOutright) {
            // "Ai chủ trì buổi gặp mặt cán bộ hưu trí dịp Tết?": the topic tells the meeting, by its name; a
            // meeting named by its number or kind and year is that meeting ("phiên khai mạc HNNG 31")
            Set<String> asking = asking(form);
            meetings = meetings.stream().filter(m -> policy.namesTheMeeting(intent, m, asking)).toList();
        }
        if (meetings.isEmpty() || meetings.size() > RefusalPolicy.MAX_MEETINGS) {
            return Outcome.PASS;
        }
        if (form == Form.PRESIDED && meetings.stream().allMatch(MeetingRoute::directedWithoutAChair)) {
            // who chaired is what was asked, and the reports say only that a leader attended and directed it: a
            // refusal that names who did (a meeting whose reports name no leader is answered by who spoke first)
            List<Person> directed = meetings.stream().flatMap(m -> m.leaders().stream())
                    .filter(p -> p.part() == Participation.Part.DIRECTED).map(Participation::person).distinct().toList();
            return new Outcome.Refused(new Refusal(Refusal.Reason.NO_EVIDENCE, chairNotStated(meetings), directed));
        }
        CitationBook book = new CitationBook();
        List<String> parts = new ArrayList<>();
        Predicate<Person> asked = askedAbout(intent);
        for (Meeting m : meetings) {
            Optional<String> part = switch (form) {
                case PRESIDED -> presided(m, asked, book);
                case SPOKE -> spoke(m, asked, intent.unit(), book);
                default -> attended(m, asked, pointAsked(m, intent), book);
            };
            part.ifPresent(parts::add);
        }
        if (parts.isEmpty() && topical && !namedOutright) {
            return Outcome.PASS; // a meeting told by its topic, whose record lacks what is asked: its text may say it
        }
        if (parts.isEmpty()) {
            return Outcome.Refused.of(Refusal.Reason.NO_EVIDENCE, notStated(form, intent, meetings));
        }
        return new Outcome.Answered(CitationBook.markersIn(String.join("\n\n", parts)), book.citations(), AnswerKind.LIST);
    }

    /** The folded words that ask what a meeting question asks ("chủ trì"; "phát biểu", "khai mạc"): no topic. */
    private static Set<String> asking(Form form) {
        return switch (form) {
            case PRESIDED -> Lexicon.get().cueWords("presided");
            case SPOKE -> java.util.stream.Stream.of("spoke", "spoke-act").flatMap(a -> Lexicon.get().cueWords(a).stream())
                    .collect(Collectors.toUnmodifiableSet());
            default -> Lexicon.get().cueWords("attended");
        };
    }

    /**
     * Whom a meeting question asks about: the holders of the title it asks which of ("Phó Thủ tướng nào
     * dự …?"), else everyone; a person or title that only says whose meeting it is narrows nothing.
     */
    private static Predicate<Person> askedAbout(Intent intent) {
        List<NamedTitle> asked = askedTitles(intent);
        return asked.isEmpty() ? p -> true : p -> asked.stream().anyMatch(t -> t.fits(p));
    }

    private static List<NamedTitle> askedTitles(Intent intent) {
        return intent.titles().stream().filter(NamedTitle::asked).toList();
    }

    private static String notStated(Form form, Intent intent, List<Meeting> meetings) {
        String act = switch (form) {
            case PRESIDED -> "chủ trì";
            case SPOKE -> "phát biểu";
            default -> "tham dự";
        };
        List<NamedTitle> asked = askedTitles(intent);
        String who = asked.isEmpty() ? "ai" : asked.getFirst().written() + " nào";
        return "Các báo cáo về " + header(meetings.getFirst()) + " không nêu " + who + " " + act + ".";
    }

    private static boolean directedWithoutAChair(Meeting m) {
        return m.leaders().stream().noneMatch(p -> p.part() == Participation.Part.CHAIRED || p.part() == Participation.Part.WORKED_WITH)
                && m.leaders().stream().anyMatch(p -> p.part() == Participation.Part.DIRECTED);
    }

    /**
     * "Báo cáo về … không nêu ai chủ trì; báo cáo ghi Thủ tướng Chính phủ Phạm Minh Chính dự và chỉ đạo hội
     * nghị.": for each meeting, that no chair is named, and who the reports say directed it.
     */
    private static String chairNotStated(List<Meeting> meetings) {
        List<String> lines = new ArrayList<>();
        for (Meeting m : meetings) {
            List<String> led = onceEach(m.leaders()).stream().filter(p -> p.part() == Participation.Part.DIRECTED)
                    .map(p -> p.person().titled() + " " + p.part().label() + " hội nghị").toList();
            lines.add("Báo cáo về " + header(m) + " không nêu ai chủ trì"
                    + (led.isEmpty() ? "." : "; báo cáo ghi " + String.join(", ", led) + "."));
        }
        return String.join("\n", lines);
    }

    private Optional<String> presided(Meeting m, Predicate<Person> asked, CitationBook book) {
        List<String> lines = new ArrayList<>();
        List<Participation> leaders = onceEach(m.leaders().stream().filter(p -> asked.test(p.person())).toList());
        boolean chairStated = leaders.stream().anyMatch(p -> p.part() == Participation.Part.CHAIRED);
        if (!chairStated) {
            lines.add("Báo cáo về " + header(m) + " không nêu ai chủ trì.");
        }
        for (Participation p : leaders) {
            String marker = cite(p, book);
            lines.add(p.part() == Participation.Part.CHAIRED
                    ? p.person().titled() + " chủ trì " + header(m) + " " + marker + "."
                    : p.person().titled() + " " + p.part().label() + (p.part() == Participation.Part.DIRECTED
                    ? " hội nghị " : " ") + marker + ".");
            lines.add(Lines.quote(p.sentence(), marker));
        }
        if (leaders.isEmpty()) {
            List<Statement> first = firstStatements(m, asked);
            if (first.isEmpty()) {
                return Optional.empty();
            }
            lines.add("Người phát biểu chỉ đạo tại hội nghị: " + first.stream()
                    .map(s -> s.speaker().titled() + " " + book.cite(s.passage(), s.sentence()))
                    .collect(Collectors.joining(", ")) + ".");
        }
        return Optional.of(String.join("\n", lines));
    }

    /**
     * The citation marker of {@code p}'s passage. Empty only when the passage is gone: its report was
     * re-ingested between reading the conferences and this lookup, and then there is nothing to cite.
     */
    private String cite(Participation p, CitationBook book) {
        return records.passage(p).map(passage -> book.cite(passage, p.sentence())).orElse("");
    }

    /**
     * The first of each person's participations of each part, at most {@link #MAX_LISTED}: every outlet
     * that reported a conference says who chaired it, and one sentence saying so is enough.
     */
    private static List<Participation> onceEach(List<Participation> participations) {
        Set<String> seen = new HashSet<>();
        return participations.stream()
                .filter(p -> seen.add(VietnameseText.fold(p.person().name()) + "|" + p.part()))
                .limit(MAX_LISTED).toList();
    }

    /**
     * Who spoke at {@code m}; when the question asks who spoke in parts of it ({@code parts}: "khai mac",
     * "chi dao", folded), those whose words the reports give as said in each ("Kết luận Hội nghị, Bộ trưởng
     * …"), else — a part no sentence tells — everyone who spoke, those who spoke in a part asked first.
     */
    private Optional<String> spoke(Meeting m, Predicate<Person> asked, List<String> parts, CitationBook book) {
        List<Statement> first = new ArrayList<>();
        boolean everyPartTold = true;
        for (String part : parts) {
            List<Statement> there = firstStatements(m, asked, quote -> saysItIn(quote, List.of(part)));
            everyPartTold &= !there.isEmpty();
            addNewSpeakers(first, there);
        }
        if (!everyPartTold || parts.isEmpty()) {
            addNewSpeakers(first, firstStatements(m, asked));
        }
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Phát biểu tại " + header(m) + ":");
        first.forEach(s -> lines.add("– " + s.speaker().titled() + " " + book.cite(s.passage(), s.sentence())));
        return Optional.of(String.join("\n", lines));
    }

    private Optional<String> attended(Meeting m, Predicate<Person> asked, String point, CitationBook book) {
        Map<String, List<String>> what = new LinkedHashMap<>();
        Map<String, String> who = new LinkedHashMap<>();
        Map<String, String> marker = new LinkedHashMap<>();
        for (Participation p : m.participations().stream().filter(p -> asked.test(p.person())
                && (point.isEmpty() || p.point().equals(point))).toList()) {
            String key = VietnameseText.fold(p.person().name());
            who.putIfAbsent(key, p.person().titled());
            if (marker.size() < MAX_LISTED || marker.containsKey(key)) { // only those listed are cited
                marker.computeIfAbsent(key, k -> cite(p, book));
            }
            what.computeIfAbsent(key, k -> new ArrayList<>()).add(partLabel(p));
        }
        // those at a connection point are told by their participation there; speakers spoke in the hall
        for (Statement s : point.isEmpty() ? firstStatements(m, asked) : List.<Statement>of()) {
            String key = VietnameseText.fold(s.speaker().name());
            who.putIfAbsent(key, s.speaker().titled());
            if (marker.size() < MAX_LISTED || marker.containsKey(key)) {
                marker.computeIfAbsent(key, k -> book.cite(s.passage(), s.sentence()));
            }
            what.computeIfAbsent(key, k -> new ArrayList<>()).add("phát biểu");
        }
        if (who.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Tham dự " + header(m) + (point.isEmpty() ? "" : " tại điểm cầu " + point) + " có:");
        who.entrySet().stream().limit(MAX_LISTED).forEach(e -> lines.add("– " + e.getValue() + " ("
                + String.join(", ", distinct(what.get(e.getKey()))) + ") " + marker.get(e.getKey())));
        if (who.size() > MAX_LISTED) {
            lines.add("– và " + (who.size() - MAX_LISTED) + " người khác.");
        }
        return Optional.of(String.join("\n", lines));
    }

    /**
     * The meetings {@code person} took part in, with what they did and the role they held at each; when
     * the question names years ("X giữ chức gì năm 2018 và năm 2023"), those held in or reviewing one of
     * them, and a pass unless every year has one (the role may then be in a passage no record holds).
     */
    private Outcome meetingsOf(Intent intent) {
        Person person = intent.person();
        List<Integer> years = intent.years();
        CitationBook book = new CitationBook();
        // "X dự những hội nghị tổng kết nào": the meetings of the kind named
        List<Meeting> meetings = records.meetings().stream().filter(m -> MeetingFinder.involves(m, person)
                && (years.isEmpty() || years.stream().anyMatch(y -> MeetingFinder.isOfYear(m, y)))
                && (!intent.kindOutright() || MeetingFinder.fits(m.reports().getFirst(), intent))).toList();
        List<Meeting> found = meetings;
        // every year asked has a meeting of its own: one review, held in the January after the year it reviews,
        // does not answer for both
        if (found.size() < years.size() || !years.stream().allMatch(y -> found.stream().anyMatch(m -> MeetingFinder.isOfYear(m, y)))) {
            return Outcome.PASS;
        }
        if (meetings.isEmpty()) {
            // a speaker the records list nowhere is at the meetings whose reports quote them
            Set<String> quoting = statements.quotes(StatementQuery.by(person.name()), MAX_STATEMENTS).stream()
                    .map(q -> q.report().id()).collect(Collectors.toSet());
            meetings = quoting.isEmpty() ? List.of() : records.meetings().stream()
                    .filter(m -> m.reports().stream().anyMatch(r -> quoting.contains(r.id()))).toList();
        }
        if (meetings.isEmpty()) {
            return Outcome.PASS; // the reports may still name them at a meeting, in a sentence the evidence finds
        }
        String name = VietnameseText.fold(person.name());
        List<String> lines = new ArrayList<>();
        List<Meeting> shown = meetings.subList(Math.max(0, meetings.size() - MAX_LISTED), meetings.size());
        lines.add(person.name() + " có mặt tại " + meetings.size() + " hội nghị trong các báo cáo"
                + (shown.size() < meetings.size() ? "; " + shown.size() + " hội nghị gần nhất:" : ":"));
        for (Meeting m : shown) {
            List<String> did = new ArrayList<>();
            String role = "";
            String marker = "";
            for (Participation p : m.participations()) {
                if (VietnameseText.fold(p.person().name()).equals(name)) {
                    did.add(partLabel(p));
                    role = role.isEmpty() ? p.person().role() : role;
                    marker = marker.isEmpty() ? cite(p, book) : marker;
                }
            }
            for (Statement s : firstStatements(m)) {
                if (VietnameseText.fold(s.speaker().name()).equals(name)) {
                    did.add("phát biểu");
                    role = role.isEmpty() ? s.speaker().role() : role;
                    marker = marker.isEmpty() ? book.cite(s.passage(), s.sentence()) : marker;
                }
            }
            String asRole = role.isEmpty() ? "" : ", khi đó là " + role;
            lines.add("– " + header(m) + ": " + String.join(", ", distinct(did)) + asRole + " " + marker);
        }
        return new Outcome.Answered(CitationBook.markersIn(String.join("\n", lines)), book.citations(), AnswerKind.LIST);
    }

    /** Each speaker's first statement at {@code m}, in order of speaking; only those read their passages. */
    private List<Statement> firstStatements(Meeting m) {
        return firstStatements(m, p -> true);
    }

    /** The first statement at {@code m} of each speaker {@code asked} accepts, in order of speaking. */
    private List<Statement> firstStatements(Meeting m, Predicate<Person> asked) {
        return firstStatements(m, asked, quote -> true);
    }

    /** Adds to {@code listed} the statements of {@code more} whose speakers it does not list yet. */
    private static void addNewSpeakers(List<Statement> listed, List<Statement> more) {
        more.stream().filter(s -> listed.stream().noneMatch(f -> f.speaker().equals(s.speaker()))).forEach(listed::add);
    }

    /**
     * True when {@code quote}'s sentence says its speaker spoke in one of {@code parts} of the meeting: the
     * part before the speaker's name ("Kết luận Hội nghị, Bộ trưởng …") or just after it ("Thủ tướng …
     * phát biểu chỉ đạo"), not the part of someone else's words ("… các kết luận, chỉ đạo của Tổng Bí thư").
     */
    private static boolean saysItIn(Quote quote, List<String> parts) {
        List<String> words = VietnameseText.foldedWords(quote.sentence());
        List<String> name = VietnameseText.foldedWords(quote.speaker().name());
        int named = java.util.Collections.indexOfSubList(words, name);
        if (named < 0) {
            return false;
        }
        for (String part : parts) {
            List<String> asked = List.of(part.split(" "));
            for (int at = java.util.Collections.indexOfSubList(words, asked); at >= 0; ) {
                if (at < named || at >= named + name.size() && at - named - name.size() <= MAX_WORDS_TO_THE_PART) {
                    return true;
                }
                int next = java.util.Collections.indexOfSubList(words.subList(at + 1, words.size()), asked);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return false;
    }

    /** Each speaker's first statement at {@code m} of those {@code kept}, the speakers {@code asked} about. */
    private List<Statement> firstStatements(Meeting m, Predicate<Person> asked, Predicate<Quote> kept) {
        Set<String> ids = m.reports().stream().map(ReportInfo::id).collect(Collectors.toSet());
        Map<String, Quote> first = new LinkedHashMap<>();
        for (Quote quote : statements.quotes(StatementQuery.by("").in(ids), MAX_STATEMENTS)) {
            if (asked.test(quote.speaker()) && kept.test(quote)) {
                first.putIfAbsent(VietnameseText.fold(quote.speaker().name()), quote);
            }
        }
        return first.values().stream().map(statements::statement).flatMap(Optional::stream).toList();
    }

    /**
     * The connection point of {@code m} the question names ("Ai dự … tại điểm cầu Cao Bằng?"), as the
     * report writes it; empty when it names none of them, or names more than the one place, or someone too
     * ("Thủ tướng có dự không, ai dự ở Quảng Trị?" asks of the hall as well).
     */
    private static String pointAsked(Meeting m, Intent intent) {
        // the names a question gives are proper names, and the words of meetings it names ("hội nghị")
        long proper = intent.names().stream().filter(n -> !n.isEmpty() && Character.isUpperCase(n.charAt(0))).count();
        if (proper != 1 || intent.person() != null || !intent.titles().isEmpty()) {
            return "";
        }
        Set<String> named = intent.names().stream().map(VietnameseText::fold).collect(Collectors.toSet());
        return m.participations().stream().map(Participation::point)
                .filter(point -> !point.isEmpty() && named.contains(VietnameseText.fold(point))).findFirst().orElse("");
    }

    private static String partLabel(Participation p) {
        String label = p.part() == Participation.Part.ATTENDED ? "dự" : p.part().label();
        return p.point().isEmpty() ? label : label + " tại điểm cầu " + p.point();
    }

    /** "Hội nghị tổng kết … năm 2022 (10/1/2023)". */
    static String header(Meeting m) {
        return m.conference().name() + Dates.inBrackets(m.date());
    }

    private static List<String> distinct(List<String> items) {
        return items.stream().distinct().toList();
    }
}
