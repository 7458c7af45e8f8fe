package vn.baocao.search;

import vn.baocao.index.StatementKey;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;

/**
 * A statement found without its words: its report, its passage and its speech verb, enough to order
 * and group statements by the hundred and to tell the kind of most of them. {@link Retriever#quote}
 * reads the rest of the few that are chosen.
 *
 * @param report         the report that quotes it
 * @param passageOrdinal which passage of the report it is in
 * @param verb           the speech verb, "" for a continuation (whose kind only its words tell)
 * @param number         its place among the report's statements, from 0: what finds it again
 */
public record StatementRef(ReportInfo report, int passageOrdinal, String verb, int number) {
    public StatementRef {
        Require.notNull(report, "report");
        Require.notNull(verb, "verb");
    }

    StatementKey key() {
        return new StatementKey(report.id(), passageOrdinal, verb, number);
    }
}
