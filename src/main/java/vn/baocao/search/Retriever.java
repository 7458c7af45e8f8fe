package vn.baocao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vn.baocao.index.Analyzers;
import vn.baocao.index.Fields;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;
import vn.baocao.report.Statement;

/**
 * Ranks the passages of a {@link ReportIndex} for a {@link Intent}, and reports the corpus
 * statistics an answer composer needs to judge how strong its evidence is.
 *
 * <p>Filter or boost:
 * <ul>
 *   <li>A named <b>year</b> filters (reports dated in it or reviewing it, and passages that mention
 *       it). When nothing is left the result is empty, on purpose: "năm 2030" asked of a corpus
 *       ending in 2025 must lead to an abstention, not to an answer quietly taken from another
 *       year.</li>
 *   <li>A named <b>conference kind or number</b> boosts. The cue words are noisy ("6 tháng", "làm
 *       việc" occur in ordinary questions), ingest may have classified a report as OTHER, and passages
 *       of one conference often discuss another ("Hội nghị Ngoại giao lần thứ 31" in a year-end review):
 *       a filter would turn each of these slips into a wrong abstention.</li>
 *   <li>A named <b>person</b> or <b>date</b> is evidence (a scored clause), not a filter: captions and
 *       context passages around a statement are still useful.</li>
 * </ul>
 *
 * <p>Thread-safe: besides the index, whose searches may run concurrently, it keeps only an immutable
 * question parser, which two threads may at worst build twice, and the last question parsed, which
 * another thread may replace before it is asked again (it is then parsed again).
 */
public final class Retriever implements PassageSearch, TermStatistics, ConferenceRecords, StatementRecords {
    /** The most hits one call returns. */
    public static final int MAX_LIMIT = 1000;
    /** How many of the best matches the bonuses of an {@link IntentQuery} re-rank. */
    static final int RESCORED = 100;
    private static final Query PASSAGES = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE));

    private final ReportIndex index;
    private final StatementSearch statementSearch;
    /** The reader for the people of the latest commit seen; rebuilt only when the index's people list changes. */
    private volatile Reader reader;

    /**
     * The last question read and its intent. A question is read once to see whether it asks for a
     * summary and again to answer it; reading is a pure function of the reader, which is per commit.
     */
    private volatile Read lastRead;

    private record Reader(List<Person> people, QuestionReader reader) {
    }

    private record Read(QuestionReader reader, String question, Intent intent) {
    }

    /** A retriever over {@code index}; it sees each new commit of the index. */
    public Retriever(ReportIndex index) {
        this.index = Require.notNull(index, "index");
        this.statementSearch = new StatementSearch(index);
    }

    /**
     * The best passages for {@code intent}, best first, at most {@code limit}; empty when the intent has
     * nothing to search for or nothing matches (including under its year filter).
     */
    @Override
    public List<PassageHit> retrieve(Intent intent, int limit) {
        Require.notNull(intent, "intent");
        Require.that(limit > 0 && limit <= MAX_LIMIT, "limit must be in 1.." + MAX_LIMIT + ", was " + limit);
        Optional<IntentQuery> query = IntentQuery.of(intent);
        if (query.isEmpty()) {
            return List.of();
        }
        Query bonuses = query.get().bonuses();
        return index.search(searcher -> {
            TopDocs top = searcher.search(query.get().matching(), bonuses == null ? limit : Math.max(limit, RESCORED));
            if (bonuses != null) {
                top = QueryRescorer.rescore(searcher, top, bonuses, 1, limit);
            }
            List<PassageHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new PassageHit(index.passageAt(searcher, stored, hit.doc), hit.score));
            }
            return hits;
        });
    }

    /**
     * The intent of {@code question}, read once: recognising the people the index knows now, and
     * correcting a misspelt word against the indexed words.
     */
    public Intent parse(String question) {
        QuestionReader r = readerFor(knownPeople());
        Read last = lastRead;
        if (last != null && last.reader() == r && last.question().equals(question)) {
            return last.intent();
        }
        Intent intent = r.read(question);
        lastRead = new Read(r, question, intent);
        return intent;
    }

    /**
     * A reader that knows {@code people}. Building one folds every known name, which on a large archive
     * cost more than the rest of reading; the index hands out the same list until its next commit, so
     * the reader is kept for as long as the list is the same object.
     */
    private QuestionReader readerFor(List<Person> people) {
        Reader current = reader;
        if (current == null || current.people() != people) {
            current = new Reader(people, new QuestionReader(people, new IndexVocabulary(index, this::docFrequency)));
            reader = current;
        }
        return current.reader();
    }

    /** The number of passages in the index. */
    @Override
    public int passageCount() {
        return index.search(searcher -> searcher.count(PASSAGES));
    }

    /**
     * The number of passages containing {@code foldedPhrase}: one folded syllable ("son"), two adjacent
     * ones ("thanh son") or a longer phrase ("bo cong an"), matched accent-insensitively. The argument
     * is analysed like the text, so "Sơn" counts as "son". Blank or punctuation-only text counts 0.
     */
    @Override
    public int docFrequency(String foldedPhrase) {
        Require.notNull(foldedPhrase, "phrase");
        List<String> syllables = Analyzers.terms(Fields.FOLD, foldedPhrase);
        if (syllables.isEmpty() || syllables.size() > QuestionReader.MAX_TERMS) {
            return 0;
        }
        Query query = switch (syllables.size()) {
            case 1 -> new TermQuery(new Term(Fields.FOLD, syllables.getFirst()));
            case 2 -> new TermQuery(new Term(Fields.FOLD2, String.join(" ", syllables)));
            default -> new PhraseQuery(Fields.FOLD, syllables.toArray(String[]::new));
        };
        // count() skips deleted documents, which docFreq would still include after a re-ingest, yet is
        // answered from docFreq where a segment has none. No type filter, which would make it iterate:
        // only passage documents have these fields.
        return index.search(searcher -> searcher.count(query));
    }

    @Override
    public int passagesWithAll(List<String> foldedPhrases) {
        Require.notNull(foldedPhrases, "phrases");
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String phrase : foldedPhrases) {
            List<String> syllables = Analyzers.terms(Fields.FOLD, phrase);
            if (syllables.isEmpty() || syllables.size() > QuestionReader.MAX_TERMS) {
                return 0;
            }
            all.add(syllables.size() == 1 ? new TermQuery(new Term(Fields.FOLD, syllables.getFirst()))
                    : new PhraseQuery(Fields.FOLD, syllables.toArray(String[]::new)), Occur.FILTER);
            clauses++;
        }
        Query query = clauses == 0 ? PASSAGES : all.build();
        return index.search(searcher -> searcher.count(query));
    }

    /**
     * The statements matching {@code query}, at most {@code limit}: best first when it has words to rank
     * by, else in the order of the reports (earliest first) and of their text.
     */
    @Override
    public List<StatementHit> statements(StatementQuery query, int limit) {
        Map<String, Optional<Passage>> passages = new HashMap<>();
        List<StatementHit> hits = new ArrayList<>();
        for (StatementSearch.Found f : statementSearch.find(query, limit, true)) {
            StatementRef r = f.ref();
            // a passage re-ingested since the search is gone: its statements are dropped with it
            passages.computeIfAbsent(Passage.keyOf(r.report().id(), r.passageOrdinal()),
                            k -> index.passage(r.report().id(), r.passageOrdinal()))
                    .ifPresent(p -> hits.add(new StatementHit(f.quote().in(p), f.score())));
        }
        return hits;
    }

    /**
     * The statements matching {@code query} like {@link #statements}, at most {@code limit}, without
     * reading their passages: what said X says many things, and only the few chosen are cited.
     */
    @Override
    public List<Quote> quotes(StatementQuery query, int limit) {
        return statementSearch.find(query, limit, true).stream().map(StatementSearch.Found::quote).toList();
    }

    /**
     * The statements matching {@code query} like {@link #statements}, at most {@code limit}, without their
     * words: many times cheaper than {@link #quotes} for a caller that reads the words of a few.
     */
    @Override
    public List<StatementRef> statementRefs(StatementQuery query, int limit) {
        return statementSearch.find(query, limit, false).stream().map(StatementSearch.Found::ref).toList();
    }

    /** The words of {@code ref}; empty when its report was re-ingested since without it. */
    @Override
    public Optional<Quote> quote(StatementRef ref) {
        return statementSearch.quote(ref);
    }

    /** {@code quote} with its passage, for citing; empty when its report was re-ingested since without it. */
    @Override
    public Optional<Statement> statement(Quote quote) {
        Require.notNull(quote, "quote");
        return index.passage(quote.report().id(), quote.passageOrdinal()).map(quote::in);
    }

    /**
     * The passage that states {@code participation}, for citing; empty when its report was re-ingested
     * since without it.
     */
    @Override
    public Optional<Passage> passage(Participation participation) {
        Require.notNull(participation, "participation");
        return index.passage(participation.report().id(), participation.passageOrdinal());
    }

    @Override
    public Optional<Passage> passage(ReportInfo report, int ordinal) {
        Require.notNull(report, "report");
        return index.passage(report.id(), ordinal);
    }

    /** The conferences the indexed reports are about, earliest first. */
    @Override
    public List<Meeting> meetings() {
        return index.meetings();
    }

    /**
     * The conferences of {@link #meetings()} whose reports (earliest first) {@code which} accepts; asking
     * for these alone spares a first question building every conference.
     */
    @Override
    public List<Meeting> meetings(Predicate<List<ReportInfo>> which) {
        return index.meetings(which);
    }

    /** Everyone the indexed reports name, once each, with their latest role. */
    @Override
    public List<Person> knownPeople() {
        return index.people();
    }

    /** The passages of report {@code reportId} in text order; empty when the index does not have it. */
    public List<Passage> passages(String reportId) {
        Require.notBlank(reportId, "report id");
        Query query = new BooleanQuery.Builder().add(PASSAGES, Occur.FILTER)
                .add(new TermQuery(new Term(Fields.REPORT_ID, reportId)), Occur.FILTER).build();
        List<Passage> passages = index.search(searcher -> {
            List<Passage> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, MAX_LIMIT).scoreDocs) {
                out.add(index.passageAt(searcher, stored, hit.doc));
            }
            return out;
        });
        return passages.stream().sorted(Comparator.comparingInt(Passage::ordinal)).toList();
    }

    /** Every indexed report, earliest first. */
    @Override
    public List<ReportInfo> reports() {
        return index.reports();
    }
}
