package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Outcome;
import vn.baocao.lexicon.SpeechKind;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Statement;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.search.StatementHit;
import vn.baocao.search.StatementRecords;
import vn.baocao.search.StatementQuery;
import vn.baocao.text.Dates;

/**
 * Answers "Ai nói …?" — who said something — from the statements: the speaker whose statement says
 * most of what the question quotes, with the role held then, the conference, and the statement cited.
 *
 * <p>A statement must contain most of the quoted words and some of their word pairs; otherwise the
 * question is left to the routes after (which may refuse): naming a speaker for words nobody said
 * would be worse than no answer.
 */
final class WhoSaidRoute implements Route {
    private static final double MIN_SYLLABLES = 0.7;
    private static final double MIN_PAIRS = 0.5;
    /** A second speaker is named too when their statement matches nearly as well. */
    private static final double RUNNER_UP = 0.95;
    /** What a statement of the kind of saying asked adds to its fit (a fit is at most 2). */
    private static final double KIND_ASKED = 0.25;
    private static final int CANDIDATES = 20;
    /** Fewer quoted words than this say too little to find who said them. */
    private static final int MIN_WORDS = 2;

    private final StatementRecords statements;

    WhoSaidRoute(StatementRecords statements) {
        this.statements = statements;
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        List<String> quoted = intent.topicWords();
        if (intent.form() != Form.WHO_SAID || quoted.size() < MIN_WORDS) {
            return Outcome.PASS;
        }
        String words = String.join(" ", quoted);
        StatementQuery query = StatementQuery.saying(words).inYear(intent.year());
        List<Scored> fitting = new ArrayList<>();
        for (StatementHit hit : statements.statements(query, CANDIDATES)) {
            Statement s = hit.statement();
            if (intent.conferenceKind() != null && !isOfKind(s.passage().report(), intent)
                    || intent.person() != null && !MeetingFinder.isAmong(s.passage().people(), intent.person())) {
                continue; // "Ai báo cáo … với PTT Trần Lưu Quang?": said where he is named
            }
            double fit = fit(intent.topic(), s.sentence());
            if (fit > 0) {
                // "ai trình bày báo cáo …": a statement of the kind asked says it more than one of another kind
                fitting.add(new Scored(s, fit + (isOfTheKindAsked(intent.speechKind(), s) ? KIND_ASKED : 0)));
            }
        }
        fitting.sort((a, b) -> Double.compare(b.fit(), a.fit()));
        if (fitting.isEmpty()) {
            return Outcome.PASS;
        }
        CitationBook book = new CitationBook();
        List<String> lines = new ArrayList<>();
        Scored best = fitting.getFirst();
        add(best.statement(), book, lines);
        fitting.stream().skip(1)
                .filter(s -> s.fit() >= RUNNER_UP * best.fit() && !s.statement().speaker().name().equals(best.statement().speaker().name()))
                .findFirst().ifPresent(s -> add(s.statement(), book, lines));
        return new Outcome.Answered(CitationBook.markersIn(String.join("\n", lines)), book.citations(), AnswerKind.ANSWER);
    }

    private record Scored(Statement statement, double fit) {
    }

    /** True when {@code s} is a saying of the {@code kind} asked (null: none asked), by its verb or, without one, its sentence. */
    static boolean isOfTheKindAsked(SpeechKind kind, Statement s) {
        return kind != null && StatementKinds.isOf(kind, s.verb().isEmpty() ? s.sentence() : s.verb());
    }

    private static void add(Statement s, CitationBook book, List<String> lines) {
        ReportInfo r = s.passage().report();
        String when = Dates.inBrackets(r.date());
        String marker = book.cite(s.passage(), s.sentence());
        lines.add(s.speaker().titled() + ", tại " + Lines.conferenceOf(r) + when + " " + marker + ":");
        lines.add(Lines.quote(s.sentence(), marker));
    }

    private static boolean isOfKind(ReportInfo report, Intent intent) {
        return report.conference() != null && report.conference().kind() == intent.conferenceKind();
    }

    /**
     * How well {@code sentence} says the quoted words (runs of adjacent words): the share of their words
     * it has, when that and the share of their adjacent pairs are both high enough; 0 otherwise.
     */
    static double fit(List<List<String>> quoted, String sentence) {
        List<String> said = Terms.syllables(sentence);
        Set<String> saidWords = new HashSet<>(said);
        Set<String> saidPairs = Terms.bigramSet(said);
        int words = 0;
        int found = 0;
        int pairs = 0;
        int foundPairs = 0;
        for (List<String> run : quoted) {
            for (int i = 0; i < run.size(); i++) {
                words++;
                found += saidWords.contains(run.get(i)) ? 1 : 0;
                if (i > 0) {
                    pairs++;
                    foundPairs += saidPairs.contains(run.get(i - 1) + " " + run.get(i)) ? 1 : 0;
                }
            }
        }
        double wordShare = words == 0 ? 0 : found / (double) words;
        double pairShare = pairs == 0 ? wordShare : foundPairs / (double) pairs;
        return wordShare >= MIN_SYLLABLES && pairShare >= MIN_PAIRS ? wordShare + pairShare : 0;
    }
}
