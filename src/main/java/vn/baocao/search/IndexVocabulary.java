package vn.baocao.search;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import vn.baocao.index.Fields;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.ReportInfo;

/**
 * The indexed words as a {@link QuestionReader.Vocabulary}: how many passages have a folded word, and
 * Lucene's spell checker over the folded field for a word none has. Thread-safe.
 */
final class IndexVocabulary implements QuestionReader.Vocabulary {
    /** Suggestions weighed per misspelt word; the reader keeps the first that pairs with a neighbour. */
    private static final int SUGGESTIONS = 3;

    /** Passages, best first, in which shorthand is looked up: where the question's other words are. */
    private static final int SHORTHAND_PASSAGES = 10;

    private final ReportIndex index;
    private final ToIntFunction<String> docFrequency;
    private final DirectSpellChecker checker = checker();
    /** The same, for words the passages have, however common: "lanh" of "lãnh đạo" typed for "lang". */
    private final DirectSpellChecker anyWordChecker = checker();

    IndexVocabulary(ReportIndex index, ToIntFunction<String> docFrequency) {
        this.index = index;
        this.docFrequency = docFrequency;
        anyWordChecker.setMaxQueryFrequency(Integer.MAX_VALUE);
    }

    /** A spell checker for syllables: short, so one edit and the first letter as typed keep suggestions close. */
    private static DirectSpellChecker checker() {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(1);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(3);
        return checker;
    }

    @Override
    public int docFrequency(String folded) {
        return docFrequency.applyAsInt(folded);
    }

    @Override
    public List<String> spellings(String folded) {
        return index.search(searcher -> Arrays.stream(checker.suggestSimilar(new Term(Fields.FOLD, folded), SUGGESTIONS,
                searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)).map(w -> w.string).toList());
    }

    @Override
    public List<String> neighbours(String folded) {
        return index.search(searcher -> Arrays.stream(anyWordChecker.suggestSimilar(new Term(Fields.FOLD, folded), SUGGESTIONS,
                searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS)).map(w -> w.string).toList());
    }

    @Override
    public Optional<String> initialism(String initials, List<String> context) {
        return Initialisms.expand(initials, textsFoundWith(context));
    }

    @Override
    public Optional<String> nameFor(String initials, String usual, List<String> context) {
        return Initialisms.nameOver(initials, usual, textsFoundWith(context));
    }

    /**
     * The passages the folded {@code context} words find, best first, then the titles of their reports: a
     * meeting's name ("… chuyển đổi số …") is often written out only there.
     */
    private List<String> textsFoundWith(List<String> context) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        new LinkedHashSet<>(context).forEach(w -> words.add(new TermQuery(new Term(Fields.FOLD, w)), Occur.SHOULD));
        Query query = new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), Occur.FILTER)
                .build();
        return index.search(searcher -> {
            StoredFields stored = searcher.storedFields();
            List<String> texts = new ArrayList<>();
            Map<String, String> titles = new LinkedHashMap<>();
            for (ScoreDoc hit : searcher.search(query, SHORTHAND_PASSAGES).scoreDocs) {
                texts.add(stored.document(hit.doc).get(Fields.TEXT));
                ReportInfo report = index.reportAt(searcher, hit.doc);
                titles.putIfAbsent(report.id(), report.title());
            }
            texts.addAll(titles.values());
            return texts;
        });
    }
}
