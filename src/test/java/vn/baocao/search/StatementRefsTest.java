package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.baocao.testing.SharedIndex;

class StatementRefsTest {
    private static final StatementQuery ANYONE = StatementQuery.by("");

    private final Retriever retriever = new Retriever(SharedIndex.get());

    @Test
    void statementPlacesComeInTheOrderOfTheQuotesAndReadBackAsThem() {
        List<Quote> quotes = retriever.quotes(ANYONE, Retriever.MAX_LIMIT);
        List<StatementRef> refs = retriever.statementRefs(ANYONE, Retriever.MAX_LIMIT);

        assertThat(quotes).hasSizeGreaterThan(10);
        assertThat(refs).extracting(StatementRef::report).containsExactlyElementsOf(quotes.stream().map(Quote::report).toList());
        assertThat(refs).extracting(StatementRef::passageOrdinal)
                .containsExactlyElementsOf(quotes.stream().map(Quote::passageOrdinal).toList());
        assertThat(refs).extracting(StatementRef::verb).containsExactlyElementsOf(quotes.stream().map(Quote::verb).toList());
        assertThat(refs.stream().map(retriever::quote).map(Optional::orElseThrow).toList()).containsExactlyElementsOf(quotes);
    }

    @Test
    void aLimitedListOfStatementsKeepsTheEarliestInTextOrder() {
        List<Quote> all = retriever.quotes(ANYONE, Retriever.MAX_LIMIT);

        assertThat(retriever.quotes(ANYONE, 3)).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(retriever.statementRefs(ANYONE, 3))
                .containsExactlyElementsOf(retriever.statementRefs(ANYONE, Retriever.MAX_LIMIT).subList(0, 3));
    }

    @Test
    void aStatementTheIndexDoesNotHaveReadsAsNothing() {
        StatementRef first = retriever.statementRefs(ANYONE, 1).getFirst();
        StatementRef beyond = new StatementRef(first.report(), first.passageOrdinal(), first.verb(), 10_000);

        assertThat(retriever.quote(beyond)).isEmpty();
    }
}
