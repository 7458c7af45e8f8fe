package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.Intent;
import vn.baocao.text.Dates;

/**
 * Answers "what did X say": the statements attributed to the person the question names (by name, or
 * by a title such as "Thủ tướng"), grouped by the meeting where they were made, in date order.
 */
final class WhatSaidShape implements Shape {
    private static final int MAX_STATEMENTS = 3;
    /** Statements scoring below this share of the best one answer a different question. */
    private static final double CLOSE_TO_BEST = 0.85;
    /** Fewer words than this after the verb is an act ("dự và chỉ đạo hội nghị"), not a statement. */
    private static final int MIN_WORDS_SAID = 6;

    @Override
    public Optional<String> compose(Intent intent, List<Candidate> ranked, CitationBook book) {
        List<Candidate> spoken = ranked.stream()
                .filter(c -> c.speaker() != null && isAsked(intent, c.speaker()) && c.wordsSaid() >= MIN_WORDS_SAID)
                .toList();
        if (spoken.isEmpty()) {
            return Optional.empty();
        }
        // the topic first: of the statements that carry it about as well as the best, those of the kind asked
        double best = spoken.stream().mapToDouble(Candidate::score).max().orElseThrow();
        List<Candidate> close = spoken.stream().filter(c -> c.score() >= best * CLOSE_TO_BEST).toList();
        List<Candidate> said = StatementKinds.preferAsked(intent.speechKind(), close, Candidate::sentence, close.size())
                .stream().limit(MAX_STATEMENTS).toList();
        Map<String, List<Candidate>> byReport = new LinkedHashMap<>();
        said.stream().sorted(Comparator.comparing((Candidate c) -> dateKey(c.passage().report()))
                        .thenComparingInt(c -> c.passage().ordinal()))
                .forEach(c -> byReport.computeIfAbsent(c.passage().report().id(), k -> new ArrayList<>()).add(c));
        List<String> lines = new ArrayList<>();
        byReport.values().forEach(group -> addGroup(group, book, lines));
        return Optional.of(String.join("\n", lines));
    }

    private static void addGroup(List<Candidate> group, CitationBook book, List<String> lines) {
        Candidate first = group.get(0);
        ReportInfo report = first.passage().report();
        String when = Dates.inBrackets(report.date());
        lines.add(first.speaker().titled() + ", tại " + Lines.conferenceOf(report) + when + " "
                + book.cite(first.passage(), first.sentence()) + ":");
        for (Candidate c : group) {
            lines.add(Lines.quote(c.sentence(), book.cite(c.passage(), c.sentence())));
            Enumerations.following(c).forEach(point -> lines.add(Lines.quote(point, book.cite(c.passage(), point))));
        }
    }

    private static String dateKey(ReportInfo report) {
        return report.date() == null ? "9999" : report.date().toString();
    }

    private static boolean isAsked(Intent intent, Person speaker) {
        if (intent.person() != null) {
            return intent.person().name().equals(speaker.name());
        }
        return intent.titles().stream().anyMatch(title -> title.fits(speaker));
    }
}
