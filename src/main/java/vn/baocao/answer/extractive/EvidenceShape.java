package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.text.Dates;
import vn.baocao.text.Sentences;
import vn.baocao.text.VietnameseText;

/**
 * The answer from evidence, for any question: the sentence that best carries the question's topic as
 * the lead, the points of a list it opens ("Thứ nhất…"), then up to two sentences from other passages
 * that carry it nearly as well (four for a question asking for a list). A question asking which report
 * or which meeting is answered with its name first, and with each report that says it.
 */
final class EvidenceShape implements Shape {
    private static final int MAX_SUPPORT = 2;
    private static final int MAX_LISTED = 4;
    /** The most sentences of a speaker's turn quoted after its first. */
    private static final int MAX_TURN_SENTENCES = 2;
    /** A speaker's label opening a turn of a transcript: "PHÓNG VIÊN AFP:", "Nguyễn Văn Thạch (Thứ trưởng):". */
    private static final Pattern LABEL = Pattern.compile("[\\p{L}][\\p{L} .()\\-]{1,60}:\\s");
    private static final double SUPPORT_RATIO = 0.8;
    /** The next sentence of the best one's passage that scores this share of its score goes on with what it says. */
    private static final double CONTINUATION_RATIO = 0.5;
    private static final double LIST_RATIO = 0.7;
    /** A report whose best sentence scores this share of the best one's is among the reports asked for. */
    private static final double REPORTS_RATIO = 0.5;
    /** A topic run this long names something ("tiểu ban triển lãm"); a shorter one may be any word. */
    private static final int MIN_TOPIC_WORDS = 2;

    @Override
    public Optional<String> compose(Intent intent, List<Candidate> ranked, CitationBook book) {
        if (intent.form() == Form.WHICH_REPORT) {
            Optional<List<Candidate>> naming = naming(ranked, intent);
            // every report naming the person asked of is among those asked for, however well its sentence ranks, and
            // only those; a report naming another thing asked of is, beside the best evidence
            if (naming.isPresent() && intent.person() != null) {
                return Optional.of(whichReports(naming.get(), 0, List.of(), book));
            }
            return Optional.of(whichReports(ranked, REPORTS_RATIO, naming.orElse(List.of()), book));
        }
        Candidate best = ranked.get(0);
        List<String> whole = intent.form() == Form.LIST ? Enumerations.around(best) : List.of();
        if (!whole.isEmpty()) {
            // asked for a list, the best sentence is one of its points: the list, from the sentence opening it
            String opening = whole.getFirst();
            String marker = book.cite(best.passage(), opening);
            List<String> lines = new ArrayList<>(List.of(opening + " " + marker));
            whole.subList(1, whole.size()).forEach(point -> lines.add(Lines.quote(point, book.cite(best.passage(), point))));
            return Optional.of(String.join("\n", lines));
        }
        List<String> lines = new ArrayList<>();
        String marker = book.cite(best.passage(), best.sentence());
        boolean whichMeeting = intent.form() == Form.WHICH_MEETING && intent.person() == null || intent.form() == Form.MEETINGS_OF;
        if (whichMeeting) {
            lines.add(Lines.conferenceOf(best.passage().report()) + Dates.inBrackets(best.passage().report().date())
                    + " " + marker + ".");
            lines.add(Lines.quote(best.sentence(), marker));
        } else {
            lines.add(best.sentence() + " " + marker);
        }
        Set<String> used = new HashSet<>();
        used.add(best.passage().key() + "|" + best.sentence());
        for (String point : Enumerations.following(best)) {
            lines.add(Lines.quote(point, book.cite(best.passage(), point)));
            used.add(best.passage().key() + "|" + point);
        }
        for (String said : restOfTheTurn(best)) {
            lines.add(Lines.quote(said, book.cite(best.passage(), said)));
            used.add(best.passage().key() + "|" + said);
        }
        if (lines.size() == 1) {
            // a statement or an account goes on in the next sentence, which often holds what was asked ("Đại sứ cho
            // biết Nhật Bản … Nhiều vụ việc phát sinh do …")
            continued(best, ranked).ifPresent(next -> {
                lines.add(Lines.quote(next.sentence(), book.cite(next.passage(), next.sentence())));
                used.add(next.passage().key() + "|" + next.sentence());
            });
        }
        boolean list = intent.form() == Form.LIST;
        int support = list ? MAX_LISTED : MAX_SUPPORT;
        double ratio = list ? LIST_RATIO : SUPPORT_RATIO;
        int added = 0;
        for (Candidate c : ranked.subList(1, ranked.size())) {
            if (added >= support || c.score() < best.score() * ratio) {
                break;
            }
            boolean sameSentence = !used.add(c.passage().key() + "|" + c.sentence());
            boolean samePassage = c.passage().key().equals(best.passage().key());
            if (!sameSentence && (list || !samePassage)) {
                String cited = book.cite(c.passage(), c.sentence());
                if (whichMeeting && !c.passage().report().id().equals(best.passage().report().id())) {
                    // what is asked is the meeting: another report's sentence says another meeting, named as the first
                    lines.add(Lines.conferenceOf(c.passage().report()) + Dates.inBrackets(c.passage().report().date())
                            + " " + cited + ".");
                }
                lines.add(Lines.quote(c.sentence(), cited));
                added++;
            }
        }
        return Optional.of(String.join("\n", lines));
    }

    /**
     * When {@code best} opens a speaker's turn of a transcript ("Phạm Thu Hằng: Lập trường của Việt Nam …"),
     * the turn's next sentences, up to the next speaker's label: an answer at a briefing is said in
     * several sentences, and the first seldom carries all of it.
     */
    static List<String> restOfTheTurn(Candidate best) {
        if (best.speaker() == null
                || !VietnameseText.fold(best.sentence()).startsWith(VietnameseText.fold(best.speaker().name()) + ":")) {
            return List.of();
        }
        List<String> sentences = Sentences.split(best.passage().text());
        int at = sentences.indexOf(best.sentence());
        List<String> out = new ArrayList<>();
        for (int i = at + 1; at >= 0 && i < sentences.size() && out.size() < MAX_TURN_SENTENCES; i++) {
            if (opensATurn(sentences.get(i))) {
                break; // the next speaker's turn
            }
            out.add(sentences.get(i));
        }
        return out;
    }

    /**
     * The candidate of the sentence after {@code best} in its passage when it names no one and goes on with
     * what {@code best} says: its speaker's words, or, when {@code best} quotes no one, a sentence that carries
     * the question half as well; empty otherwise.
     */
    static Optional<Candidate> continued(Candidate best, List<Candidate> ranked) {
        List<String> sentences = Sentences.split(best.passage().text());
        int at = sentences.indexOf(best.sentence());
        if (at < 0 || at + 1 >= sentences.size()) {
            return Optional.empty();
        }
        String next = sentences.get(at + 1);
        return ranked.stream().filter(c -> c.passage().key().equals(best.passage().key()) && c.sentence().equals(next)
                        && c.mentions().isEmpty() && (best.speaker() != null ? best.speaker().equals(c.speaker())
                        : c.score() >= best.score() * CONTINUATION_RATIO))
                .findFirst();
    }

    /** True when a speaker's label opens {@code sentence}: a new turn of a transcript. */
    static boolean opensATurn(String sentence) {
        return LABEL.matcher(sentence).lookingAt();
    }

    /**
     * The candidates whose sentence names what the question asks the reports of: the person it names, else
     * the Diplomatic Conference it numbers, else a name of the lexicon it gives, else its longest topic run
     * ("Which reports mention Hoàng Nam?", "tài liệu nào nói tới Tiểu ban Triển lãm" are answered by the
     * reports that say it, not by those best matching the question's other words); empty when it names
     * nothing of these or no sentence names it.
     */
    private static Optional<List<Candidate>> naming(List<Candidate> ranked, Intent intent) {
        List<Pattern> named = namedIn(intent);
        for (int i = 0; i < named.size(); i++) {
            Pattern name = named.get(i);
            List<Candidate> naming = ranked.stream().filter(c -> names(c, name)).toList();
            // a person is what is asked of; anything else is, when the best evidence says it too: a word of the
            // lexicon or the topic may be only the frame of a question about something else
            boolean asked = i == 0 && intent.person() != null || names(ranked.getFirst(), name);
            if (!naming.isEmpty() && asked) {
                return Optional.of(naming);
            }
        }
        return Optional.empty();
    }

    private static boolean names(Candidate c, Pattern name) {
        return name.matcher(" " + String.join(" ", VietnameseText.foldedWords(c.sentence())) + " ").find();
    }

    /** What the question names, most telling first, each as a pattern over a sentence's folded words. */
    private static List<Pattern> namedIn(Intent intent) {
        List<Pattern> named = new ArrayList<>();
        if (intent.person() != null) {
            named.add(words(VietnameseText.foldedWords(intent.person().name())));
        }
        if (intent.conferenceOrdinal() != 0) {
            named.add(Pattern.compile(" (?:lan thu|ngoai giao) " + intent.conferenceOrdinal() + " "));
        }
        intent.names().forEach(name -> named.add(words(VietnameseText.foldedWords(name))));
        intent.topic().stream().filter(run -> run.size() >= MIN_TOPIC_WORDS)
                .sorted(java.util.Comparator.comparingInt((List<String> run) -> run.size()).reversed())
                .forEach(run -> named.add(words(run)));
        return named;
    }

    private static Pattern words(List<String> folded) {
        return Pattern.compile(" " + Pattern.quote(String.join(" ", folded)) + " ");
    }

    /**
     * "Bài “…” (date), về <meeting>, số … / đăng trên … [n]", one line per report among the best evidence (a
     * sentence scoring at least {@code ratio} of the best one's, or one of {@code naming}), each with the sentence
     * that says it.
     */
    private static String whichReports(List<Candidate> ranked, double ratio, List<Candidate> naming, CitationBook book) {
        Candidate best = ranked.get(0);
        Map<String, Candidate> byReport = new LinkedHashMap<>();
        for (Candidate c : ranked) {
            if ((c.score() >= best.score() * ratio || naming.contains(c)) && byReport.size() < MAX_LISTED) {
                byReport.putIfAbsent(c.passage().report().id(), c);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Candidate c : byReport.values()) {
            ReportInfo report = c.passage().report();
            String marker = book.cite(c.passage(), c.sentence());
            String meeting = report.conferenceName();
            String about = meeting.isEmpty() || VietnameseText.fold(report.title()).contains(VietnameseText.fold(meeting))
                    ? "" : ", về " + meeting;
            lines.add(Lines.article(report) + about + Lines.credited(report) + " " + marker + ".");
            lines.add(Lines.quote(c.sentence(), marker));
        }
        return String.join("\n", lines);
    }
}
