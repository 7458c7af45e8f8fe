package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Statement;
import vn.baocao.search.QueryIntent;
import vn.baocao.search.Retriever;
import vn.baocao.search.StatementHit;
import vn.baocao.search.StatementQuery;
import vn.baocao.text.VietnameseText;
import vn.baocao.text.Dates;

/**
 * Answers "Ai nói …?" — who said something — from the statements: the speaker whose statement says
 * most of what the question quotes, with the role held then, the conference, and the statement cited.
 *
 * <p>A statement must contain most of the quoted words and some of their word pairs; otherwise the
 * question is left to the other shapes (which may abstain): naming a speaker for words nobody said
 * would be worse than no answer.
 */
final class WhoSaidAnswers {
    private static final Pattern ASKS_WHO_SAID = Pattern.compile("^(?:ai|nguoi nao|lanh dao nao|who)(?: la nguoi)?(?: da)? "
            + "(noi|phat bieu|nhan manh|de nghi|yeu cau|khang dinh|chi dao|danh gia|cho rang|cho biet|luu y|"
            + "bieu duong|bao cao|ket luan|keu goi|de cap|neu|said|say)(?: rang| la| ve| den)? (.+)$");
    /** Words of the question that only frame the quote; with accents, as "về" is not "vệ". */
    private static final Set<String> FILLER = Set.copyOf(Arrays.asList(
            "rằng là về đến tại ở trong hội nghị năm câu này điều đó".split(" ")));
    private static final String NOT_A_WORD = "[^\\p{L}\\p{N}]+";
    private static final double MIN_SYLLABLES = 0.7;
    private static final double MIN_PAIRS = 0.5;
    /** A second speaker is named too when their statement matches nearly as well. */
    private static final double RUNNER_UP = 0.95;
    private static final int CANDIDATES = 20;

    private final Retriever retriever;

    WhoSaidAnswers(Retriever retriever) {
        this.retriever = retriever;
    }

    /** The words a "who said" question quotes, or empty when it is not one. */
    static Optional<String> quotedWords(QueryIntent intent) {
        if (intent.person() != null) {
            return Optional.empty();
        }
        String[] asked = intent.text().toLowerCase(Locale.ROOT).replaceAll(NOT_A_WORD, " ").strip().split(" ");
        String q = VietnameseText.fold(String.join(" ", asked));
        Matcher m = ASKS_WHO_SAID.matcher(q);
        if (!m.matches()) {
            return Optional.empty();
        }
        // folding keeps the words, so the quote starts at the same word of the question as typed
        int first = q.substring(0, m.start(2)).strip().split(" ").length;
        List<String> words = Arrays.stream(asked).skip(first).filter(w -> !FILLER.contains(w))
                .map(VietnameseText::fold).toList();
        return words.size() < 2 ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** The answer text citing who said {@code words}, or empty when no statement says enough of them. */
    Optional<String> answer(String words, QueryIntent intent, CitationBook book) {
        StatementQuery query = StatementQuery.saying(words).inYear(intent.year());
        List<Scored> fitting = new ArrayList<>();
        for (StatementHit hit : retriever.statements(query, CANDIDATES)) {
            Statement s = hit.statement();
            if (intent.conferenceKind() != null && !isOfKind(s.passage().report(), intent)) {
                continue;
            }
            double fit = fit(words, s.sentence());
            if (fit > 0) {
                fitting.add(new Scored(s, fit));
            }
        }
        fitting.sort((a, b) -> Double.compare(b.fit(), a.fit()));
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        Scored best = fitting.getFirst();
        add(best.statement(), book, lines);
        fitting.stream().skip(1)
                .filter(s -> s.fit() >= RUNNER_UP * best.fit() && !s.statement().speaker().name().equals(best.statement().speaker().name()))
                .findFirst().ifPresent(s -> add(s.statement(), book, lines));
        return Optional.of(String.join("\n", lines));
    }

    private record Scored(Statement statement, double fit) {
    }

    private static void add(Statement s, CitationBook book, List<String> lines) {
        ReportInfo r = s.passage().report();
        String when = Dates.inBrackets(r.date());
        String marker = book.cite(s.passage(), s.sentence());
        lines.add(s.speaker().titled() + ", tại " + Lines.conferenceOf(r) + when + " " + marker + ":");
        lines.add(Lines.quote(s.sentence(), marker));
    }

    private static boolean isOfKind(ReportInfo report, QueryIntent intent) {
        return report.conference() != null && report.conference().kind() == intent.conferenceKind();
    }

    /**
     * How well {@code sentence} says {@code words}: the share of their syllables it has, when that and
     * the share of their adjacent pairs are both high enough; 0 otherwise.
     */
    static double fit(String words, String sentence) {
        List<String> quoted = List.of(words.split(" "));
        List<String> said = List.of(VietnameseText.fold(sentence).replaceAll(NOT_A_WORD, " ").strip().split(" "));
        Set<String> saidSyllables = new HashSet<>(said);
        Set<String> saidPairs = new HashSet<>();
        for (int i = 0; i + 1 < said.size(); i++) {
            saidPairs.add(said.get(i) + " " + said.get(i + 1));
        }
        double syllables = quoted.stream().filter(saidSyllables::contains).count() / (double) quoted.size();
        int pairs = 0;
        for (int i = 0; i + 1 < quoted.size(); i++) {
            pairs += saidPairs.contains(quoted.get(i) + " " + quoted.get(i + 1)) ? 1 : 0;
        }
        double pairShare = pairs / (double) (quoted.size() - 1);
        return syllables >= MIN_SYLLABLES && pairShare >= MIN_PAIRS ? syllables + pairShare : 0;
    }
}
