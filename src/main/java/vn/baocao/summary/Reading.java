package vn.baocao.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Statement;
import vn.baocao.search.Quote;
import vn.baocao.search.Retriever;
import vn.baocao.search.StatementQuery;
import vn.baocao.text.Sentences;

/** Reads the sentences of reports from the index, in text order, each with the statement it is (if any). */
final class Reading {
    private static final int MAX_STATEMENTS = 1000;

    private final Retriever retriever;

    Reading(Retriever retriever) {
        this.retriever = retriever;
    }

    /** Every sentence of {@code reports}, report by report in the order given, then in text order. */
    List<Sentence> sentences(List<ReportInfo> reports) {
        Set<String> ids = reports.stream().map(ReportInfo::id).collect(Collectors.toSet());
        // quotes, not statements: the passages are read below anyway, and reading each statement's again
        // cost a tenth of a summary
        Map<PassageAt, List<Quote>> byPassage = new HashMap<>();
        for (Quote quote : retriever.quotes(StatementQuery.by("").in(ids), MAX_STATEMENTS)) {
            byPassage.computeIfAbsent(new PassageAt(quote.report().id(), quote.passageOrdinal()), k -> new ArrayList<>())
                    .add(quote);
        }
        List<Sentence> out = new ArrayList<>();
        for (ReportInfo report : reports) {
            for (Passage passage : retriever.passages(report.id())) {
                List<Statement> said = byPassage.getOrDefault(new PassageAt(report.id(), passage.ordinal()), List.of())
                        .stream().map(q -> q.in(passage)).toList();
                for (String text : Sentences.split(passage.text())) {
                    out.add(Sentence.of(passage, text, statementOf(text, said)));
                }
            }
        }
        return out;
    }

    private record PassageAt(String reportId, int ordinal) {
    }

    /** The statement that is {@code sentence}: the same text, or failing that one containing or contained by it. */
    private static Statement statementOf(String sentence, List<Statement> said) {
        for (Statement s : said) {
            if (s.sentence().equals(sentence)) {
                return s;
            }
        }
        for (Statement s : said) {
            if (s.sentence().contains(sentence) || sentence.contains(s.sentence())) {
                return s;
            }
        }
        return null;
    }
}
