package vn.baocao.search;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.baocao.index.Fields;
import vn.baocao.text.VietnameseText;

/**
 * Builds the Lucene query for a {@link QueryIntent}, programmatically: user text only ever becomes
 * terms, never query syntax.
 *
 * <p>A passage must match some {@link Evidence}: a content word, the named person or the named date.
 * Then constant bonuses raise passages of the named conference kind and number, and for a WHEN
 * question those that mention a date; a named year filters (see {@link Retriever} for why each is a
 * bonus or a filter).
 */
final class IntentQuery {
    /**
     * Constant bonuses, each worth about one matching content word (which scores some 2–4 over the four
     * text fields): enough to prefer the conference the user named, not to outvote the text.
     */
    private static final float KIND = 2.5f;
    private static final float ORDINAL = 3f;
    private static final float MENTIONS_A_DATE = 2f;
    private static final Query PASSAGES = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE));

    private IntentQuery() {
    }

    /** The query for {@code intent}, or empty when it has nothing to search for. */
    static Optional<Query> of(QueryIntent intent) {
        Evidence evidence = new Evidence()
                .words(wordsBesidesThePerson(intent))
                .person(intent.person())
                .date(intent.date(), intent.fullDate().isPresent() ? intent.year() : 0);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(evidence.query(), Occur.MUST)
                .add(PASSAGES, Occur.FILTER);
        if (intent.year() != 0) {
            query.add(yearFilter(intent.year()), Occur.FILTER);
        }
        if (intent.conferenceKind() != null) {
            query.add(bonus(new TermQuery(new Term(Fields.KIND, intent.conferenceKind().name())), KIND), Occur.SHOULD);
        }
        if (intent.conferenceOrdinal() != 0) {
            query.add(bonus(IntPoint.newExactQuery(Fields.ORDINAL, intent.conferenceOrdinal()), ORDINAL), Occur.SHOULD);
        }
        if (intent.type() == QuestionType.WHEN) {
            query.add(bonus(new FieldExistsQuery(Fields.DATES), MENTIONS_A_DATE), Occur.SHOULD);
        }
        return Optional.of(query.build());
    }

    /**
     * The content words without the recognised person's name: the name is scored once, by
     * {@link Evidence#person}, so that a passage saying only "Bộ trưởng" (but resolved to the minister)
     * competes with one that spells the name out, on the rest of the question.
     */
    private static List<String> wordsBesidesThePerson(QueryIntent intent) {
        if (intent.person() == null) {
            return intent.terms();
        }
        List<String> name = List.of(VietnameseText.fold(intent.person().name()).split(" "));
        return intent.terms().stream().filter(term -> !name.contains(VietnameseText.fold(term))).toList();
    }

    /**
     * Passages of a report held in or reviewing {@code year}, or that mention the year themselves: "the
     * results of 2022" may be reported at a working session of 2023. A year no passage knows leaves
     * nothing, so "năm 2010" gets an abstention rather than an answer about another year.
     */
    private static Query yearFilter(int year) {
        return new BooleanQuery.Builder()
                .add(IntPoint.newExactQuery(Fields.YEARS, year), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.FOLD, Integer.toString(year))), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    private static Query bonus(Query condition, float boost) {
        return new BoostQuery(new ConstantScoreQuery(condition), boost);
    }
}
