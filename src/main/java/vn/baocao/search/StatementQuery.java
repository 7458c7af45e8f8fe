package vn.baocao.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.baocao.index.Analyzers;
import vn.baocao.index.Fields;
import vn.baocao.report.Require;

/**
 * What to look for among the statements: words said, a speaker, a year, some reports. Every part is
 * optional; the words rank, the rest filter. Built into a Lucene query programmatically, so user text
 * only ever becomes terms.
 *
 * @param words     what was said, as the user typed it; blank for "anything"
 * @param speaker   the speaker's name (any accents); blank for anyone
 * @param year      a year the report is dated in or reviews; 0 for any
 * @param reportIds the reports to search; empty for all
 */
public record StatementQuery(String words, String speaker, int year, Set<String> reportIds) {

    public StatementQuery {
        words = words == null ? "" : words;
        speaker = speaker == null ? "" : speaker;
        reportIds = Set.copyOf(Require.notNull(reportIds, "report ids"));
    }

    /** Statements saying {@code words}, by anyone, anywhere. */
    public static StatementQuery saying(String words) {
        return new StatementQuery(words, "", 0, Set.of());
    }

    /** Statements by {@code speaker}, anywhere. */
    public static StatementQuery by(String speaker) {
        return new StatementQuery("", speaker, 0, Set.of());
    }

    /** This query limited to the reports {@code ids}. */
    public StatementQuery in(Set<String> ids) {
        return new StatementQuery(words, speaker, year, ids);
    }

    /** This query limited to {@code year}. */
    public StatementQuery inYear(int y) {
        return new StatementQuery(words, speaker, y, reportIds);
    }

    /** True when nothing ranks the statements: the caller orders them (by date, say). */
    boolean unranked() {
        return Analyzers.terms(Fields.SAID, words).isEmpty();
    }

    /** The Lucene query, or empty when a filter can match nothing (a speaker name without letters). */
    Optional<Query> toLucene() {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_STATEMENT)), Occur.FILTER);
        List<String> syllables = Analyzers.terms(Fields.SAID, words);
        if (syllables.isEmpty()) {
            q.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            q.add(wordsQuery(syllables), Occur.MUST);
        }
        if (!speaker.isBlank()) {
            List<String> name = Analyzers.terms(Fields.SPEAKER, speaker);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            q.add(new PhraseQuery(Fields.SPEAKER, name.toArray(String[]::new)), Occur.FILTER);
        }
        if (year != 0) {
            q.add(IntPoint.newExactQuery(Fields.YEARS, year), Occur.FILTER);
        }
        if (!reportIds.isEmpty()) {
            q.add(new TermInSetQuery(Fields.REPORT_ID, reportIds.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        return Optional.of(q.build());
    }

    private static Query wordsQuery(List<String> syllables) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        syllables.stream().distinct().forEach(s -> any.add(new TermQuery(new Term(Fields.SAID, s)), Occur.SHOULD));
        return any.build();
    }
}
