package vn.baocao.search;

import vn.baocao.report.Require;
import vn.baocao.report.Statement;

/**
 * A statement found for a {@link StatementQuery}, with its score.
 *
 * @param statement the statement, with its passage and report for citing it
 * @param score     how well it matches the query's words; 0 when the query has none
 */
public record StatementHit(Statement statement, float score) {
    public StatementHit {
        Require.notNull(statement, "statement");
    }
}
