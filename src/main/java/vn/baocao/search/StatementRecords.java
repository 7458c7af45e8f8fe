package vn.baocao.search;

import java.util.List;
import java.util.Optional;
import vn.baocao.report.Statement;

/** The statements ingest found: who said what, where. */
public interface StatementRecords {
    /** The statements matching {@code query} with their passages, at most {@code limit}, best first when it has words. */
    List<StatementHit> statements(StatementQuery query, int limit);

    /** The statements matching {@code query} without their passages, at most {@code limit}. */
    List<Quote> quotes(StatementQuery query, int limit);

    /** The statements matching {@code query} without their words, at most {@code limit}. */
    List<StatementRef> statementRefs(StatementQuery query, int limit);

    /** The words of {@code ref}; empty when its report was re-ingested since without it. */
    Optional<Quote> quote(StatementRef ref);

    /** {@code quote} with its passage, for citing; empty when its report was re-ingested since without it. */
    Optional<Statement> statement(Quote quote);
}
