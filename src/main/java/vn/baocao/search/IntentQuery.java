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
 * The Lucene queries for a {@link Intent}, built programmatically: user text only ever becomes
 * terms, never query syntax.
 *
 * <p>A passage must match some {@link Evidence}: a content word, the named person or the named date;
 * a named year filters ({@link #matching}). Then constant bonuses raise passages of the named
 * conference kind and number, and for a WHEN question those that mention a date ({@link #bonuses};
 * see {@link Retriever} for why each is a bonus or a filter).
 *
 * <p>Why two queries: the bonuses, as optional clauses beside the evidence, kept Lucene from skipping
 * passages that cannot reach the top (its MaxScore pruning needs a plain disjunction), which made a
 * question three times as costly. So the evidence ranks alone, and the bonuses re-rank its best
 * {@link Retriever#RESCORED} passages: a passage outside those would need to gain more than the
 * bonuses can give.
 *
 * @param matching what a passage must match, scored by its evidence
 * @param bonuses  the bonus clauses to add to the score of the best matches, or null when there are none
 */
record IntentQuery(Query matching, Query bonuses) {
    /**
     * Constant bonuses, each worth about one matching content word (which scores some 2–4 over the three
     * text fields): enough to prefer the conference the user named, not to outvote the text.
     */
    private static final float KIND = 2.5f;
    private static final float ORDINAL = 3f;
    private static final float MENTIONS_A_DATE = 2f;
    private static final float LABELS_A_PLACE = 2f;
    private static final float LISTED = 3f;
    /** The folded words that label a venue: "Địa điểm: Trụ sở Bộ Ngoại giao". */
    private static final String VENUE_LABEL = "dia diem";

    /** The queries for {@code intent}, or empty when it has nothing to search for. */
    static Optional<IntentQuery> of(Intent intent) {
        Evidence evidence = new Evidence()
                .words(wordsBesidesThePerson(intent))
                .person(intent.person())
                .date(intent.date(), intent.fullDate().isPresent() ? intent.year() : 0);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        // No type filter: only passage documents have the evidence fields.
        BooleanQuery.Builder matching = new BooleanQuery.Builder().add(evidence.query(), Occur.MUST);
        if (intent.year() != 0) {
            matching.add(yearFilter(intent.year()), Occur.FILTER);
        }
        return Optional.of(new IntentQuery(matching.build(), bonuses(intent)));
    }

    private static Query bonuses(Intent intent) {
        BooleanQuery.Builder bonuses = new BooleanQuery.Builder();
        int clauses = 0;
        if (intent.conferenceKind() != null) {
            bonuses.add(bonus(new TermQuery(new Term(Fields.KIND, intent.conferenceKind().name())), KIND), Occur.SHOULD);
            clauses++;
        }
        if (intent.conferenceOrdinal() != 0) {
            bonuses.add(bonus(IntPoint.newExactQuery(Fields.ORDINAL, intent.conferenceOrdinal()), ORDINAL), Occur.SHOULD);
            clauses++;
        }
        if (intent.form() == Form.WHEN) {
            bonuses.add(bonus(new FieldExistsQuery(Fields.DATES), MENTIONS_A_DATE), Occur.SHOULD);
            clauses++;
        }
        if (intent.form() == Form.WHERE) {
            // an official report gives the venue on a labelled line of its own, sharing no word with the question
            bonuses.add(bonus(new TermQuery(new Term(Fields.FOLD2, VENUE_LABEL)), LABELS_A_PLACE), Occur.SHOULD);
            clauses++;
        }
        if (intent.form() == Form.LIST && intent.unit().size() >= 2) {
            // "báo cáo nêu những hạn chế nào": the passage that names what is listed ("… chỉ ra một số hạn chế:")
            // opens the list, however few other words of the question it has
            bonuses.add(bonus(namesTheUnit(intent.unit()), LISTED), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : bonuses.build();
    }

    /**
     * Passages that write {@code unit} (two or more folded words; a word alone, "việc", names what any list
     * holds): its first two as a pair.
     */
    private static Query namesTheUnit(List<String> unit) {
        return new TermQuery(new Term(Fields.FOLD2, unit.get(0) + " " + unit.get(1)));
    }
    /**
     * The content words without the recognised person's name: the name is scored once, by
     * {@link Evidence#person}, so that a passage saying only "Bộ trưởng" (but resolved to the minister)
     * competes with one that spells the name out, on the rest of the question.
     */
    private static List<String> wordsBesidesThePerson(Intent intent) {
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
