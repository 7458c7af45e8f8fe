package vn.baocao.search;

import java.time.MonthDay;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.baocao.index.Analyzers;
import vn.baocao.index.DateMention;
import vn.baocao.index.Fields;
import vn.baocao.report.Person;

/**
 * The scored part of a query: the clauses of which a passage must match at least one.
 *
 * <p>The text-field weights are those measured on the sample reports (DESIGN §3, §8): 1, 1, 1 and 2,
 * folded pairs being the strongest evidence. The title, person and date weights were set by hand on
 * the same reports: the title modestly, a person or a date about as much as one matching word.
 */
final class Evidence {
    private static final float EXACT = 1f;
    private static final float FOLD = 1f;
    private static final float FOLD_PAIRS = 2f;
    /** Modest: every passage of a report shares its title, so it only tips the balance between reports. */
    private static final float TITLE = 0.5f;
    private static final float PERSON = 3f;
    private static final float DATE_IN_TEXT = 2f;
    private static final float HELD_ON_DATE = 1f;
    /** Per field; all clauses together stay far below Lucene's limit of 1024. */
    private static final int MAX_TERMS_PER_FIELD = QuestionReader.MAX_TERMS;

    private final BooleanQuery.Builder any = new BooleanQuery.Builder();
    private int clauses;

    /** Adds the content words, analysed as each text field analyses passages. */
    Evidence words(List<String> words) {
        String text = String.join(" ", words);
        addTerms(Fields.EXACT, text, EXACT);
        addTerms(Fields.FOLD, text, FOLD);
        addTerms(Fields.FOLD2, text, FOLD_PAIRS);
        addTerms(Fields.TITLE, text, TITLE);
        return this;
    }

    /**
     * Adds the person, if any: named in the passage's people (which includes passages that only say
     * "Bộ trưởng") or, should ingest have missed it, spelled out in its text. A constant score, because
     * being about the person is a yes-or-no fact: BM25 would rate the rarer spelled-out name higher and
     * put the passages that say only "Bộ trưởng" back behind.
     */
    Evidence person(Person person) {
        if (person == null) {
            return this;
        }
        String[] syllables = Analyzers.terms(Fields.PEOPLE, person.name()).toArray(String[]::new);
        if (syllables.length > 0) {
            Query named = new BooleanQuery.Builder()
                    .add(new PhraseQuery(Fields.PEOPLE, syllables), Occur.SHOULD)
                    .add(new PhraseQuery(Fields.FOLD, syllables), Occur.SHOULD)
                    .build();
            add(new BoostQuery(new ConstantScoreQuery(named), PERSON));
        }
        return this;
    }

    /** Adds the day, if any: mentioned in the text, or the day the conference was held; with its year if known. */
    Evidence date(MonthDay date, int year) {
        if (date == null) {
            return this;
        }
        for (String token : year == 0 ? List.of(DateMention.token(date, 0))
                : List.of(DateMention.token(date, 0), DateMention.token(date, year))) {
            add(new BoostQuery(new TermQuery(new Term(Fields.DATES, token)), DATE_IN_TEXT));
            add(new BoostQuery(new TermQuery(new Term(Fields.HELD_ON, token)), HELD_ON_DATE));
        }
        return this;
    }

    boolean isEmpty() {
        return clauses == 0;
    }

    Query query() {
        return any.build();
    }

    /**
     * Adds each term as a clause of its own, not a field's terms as one nested clause: the scores are the
     * same, and a flat disjunction is what Lucene's MaxScore pruning works on.
     */
    private void addTerms(String field, String text, float boost) {
        Set<String> terms = new LinkedHashSet<>(Analyzers.terms(field, text));
        terms.stream().limit(MAX_TERMS_PER_FIELD)
                .forEach(term -> add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
    }

    private void add(Query clause) {
        any.add(clause, Occur.SHOULD);
        clauses++;
    }
}
