package vn.baocao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import vn.baocao.report.Meeting;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.Report;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Speaker;
import vn.baocao.report.Require;

/**
 * The on-disk index of reports and their passages: the only place that writes Lucene.
 *
 * <p>Writes are transactional: {@link #put} stages a report, {@link #commit} publishes every staged
 * report at once, {@link #rollback} (or {@link #close}, or a crash) discards them and leaves the last
 * commit intact. Everything that reads ({@link #search}, {@link #stats}, {@link #contentHash}, ...) sees
 * the last commit only, from this process or another one.
 *
 * <p>Thread-safety: reads may run from any number of threads at once; writes are serialised. The write
 * lock is taken at the first {@code put}, so a process that only reads never blocks one that writes.
 */
public final class ReportIndex implements Closeable {
    /** Work done with a searcher that is only valid during the call. */
    @FunctionalInterface
    public interface SearchAction<T> {
        /** Computes a result from {@code searcher}, which must not escape this call. */
        T run(IndexSearcher searcher) throws IOException;
    }

    /**
     * How many reports {@link #meetings(Predicate)} may look up one by one for each report a pass over
     * every report document would read: a lookup (a term query, then one document's roles) cost about as
     * much as eight reports of the pass at 100,000 reports, where a question about a yearly review of the
     * bench's archive chooses 1,131 of them.
     */
    private static final int REPORTS_PER_LOOKUP = 8;
    /** Below this many, reports are looked up whatever the size of the index: at most milliseconds. */
    private static final int ALWAYS_LOOKED_UP = 100;

    private final Path path;
    private final FSDirectory directory;
    private final PerCommit<List<ReportInfo>> reports = new PerCommit<>(Catalog::reports);
    private final PerCommit<Map<String, ReportInfo>> reportsById = new PerCommit<>(searcher -> byId(reports.run(searcher)));
    private final PerCommit<List<Person>> people = new PerCommit<>(ReportIndex::committedPeople);
    private final PerCommit<List<Speaker>> speakers = new PerCommit<>(s -> Catalog.speakers(s, reports.run(s)));
    private final PerCommit<Map<String, List<ReportInfo>>> conferenceReports =
            new PerCommit<>(s -> Catalog.conferenceReports(reports.run(s)));
    private final PerCommit<List<Meeting>> meetings = new PerCommit<>(s -> Catalog.meetings(s, conferenceReports.run(s)));
    private final PerCommit<ReportBlocks> blocks = new PerCommit<>(ReportBlocks::of);
    private final Searchers searchers;
    private final LazyWriter writer;
    private volatile CatalogWarmer warmer;

    private ReportIndex(Path path, FSDirectory directory) {
        this.path = path;
        this.directory = directory;
        this.searchers = new Searchers(directory, path);
        this.writer = new LazyWriter(directory, path);
    }

    /**
     * Opens the index in {@code dir}, creating the directory if it is missing.
     *
     * @throws IndexException if {@code dir} is a file, holds other files but no index, holds a damaged
     *                        index or one of another application or schema, or cannot be read
     */
    public static ReportIndex open(Path dir) {
        Require.notNull(dir, "index directory");
        Path path = dir.toAbsolutePath().normalize();
        FSDirectory directory = IndexDirectories.open(path);
        try {
            return new ReportIndex(path, directory);
        } catch (RuntimeException e) {
            closeQuietlyAfter(e, directory);
            throw e;
        }
    }

    /** The absolute directory of this index. */
    public Path directory() {
        return path;
    }

    /** The content hash stored for report {@code reportId} at the last commit, or empty if it has none. */
    public Optional<String> contentHash(String reportId) {
        Require.notBlank(reportId, "report id");
        return search(searcher -> Catalog.contentHash(searcher, reportId));
    }

    /**
     * The report whose cleaned text has digest {@code contentHash} at the last commit, if any: the same
     * article saved twice, or a file that was renamed.
     */
    public Optional<ReportInfo> reportWithContent(String contentHash) {
        Require.notBlank(contentHash, "content hash");
        return search(searcher -> {
            int doc = Catalog.reportWithContent(searcher, contentHash);
            return doc < 0 ? Optional.<ReportInfo>empty() : Optional.of(reportAt(searcher, doc));
        });
    }

    /**
     * Passage {@code ordinal} of report {@code reportId} at the last commit, or empty when the report is
     * not there or has fewer passages: a source button sent before a restart still finds its passage.
     */
    public Optional<Passage> passage(String reportId, int ordinal) {
        Require.notBlank(reportId, "report id");
        return search(searcher -> {
            int doc = Catalog.passage(searcher, reportId, ordinal);
            return doc < 0 ? Optional.<Passage>empty() : Optional.of(passageAt(searcher, searcher.storedFields(), doc));
        });
    }

    /**
     * The passage that passage document {@code doc} of {@code searcher} holds, with its report's
     * metadata; {@code searcher} is the one a {@link #search} action was given, and {@code stored} its
     * stored fields, taken once per search: they keep the block last decompressed, and a report's
     * passages share blocks.
     */
    public Passage passageAt(IndexSearcher searcher, StoredFields stored, int doc) {
        try {
            return StoredRecords.passage(stored.document(doc), reportAt(searcher, doc));
        } catch (IOException e) {
            throw Failures.of(path, "reading passage document " + doc, e);
        }
    }

    /**
     * The report that document {@code doc} of {@code searcher} (a report, passage or statement) belongs
     * to; {@code searcher} is the one a {@link #search} action was given.
     */
    public ReportInfo reportAt(IndexSearcher searcher, int doc) {
        Require.notNull(searcher, "searcher");
        try {
            return blocks.run(searcher).reportOf(searcher, doc);
        } catch (IOException e) {
            throw Failures.of(path, "reading the report of document " + doc, e);
        }
    }

    /** Stages the removal of report {@code reportId} and its passages; invisible until {@link #commit}. */
    public void remove(String reportId) {
        Require.notBlank(reportId, "report id");
        writer.delete(new Term(Fields.REPORT_ID, reportId));
    }

    /** Stages {@code report}, replacing everything stored for its id; invisible until {@link #commit}. */
    public void put(Report report) {
        put(PreparedReport.of(report));
    }

    /** Stages a report prepared beforehand, perhaps on another thread; otherwise the same as {@link #put(Report)}. */
    public void put(PreparedReport prepared) {
        Require.notNull(prepared, "prepared report");
        writer.update(new Term(Fields.REPORT_ID, prepared.report().info().id()), prepared.documents());
    }

    /**
     * Publishes every report staged since the last commit, durably and all at once, with the list of
     * everyone the committed reports name ({@link Fields#PEOPLE_KEY}).
     */
    public void commit() {
        if (writer.commit(searcher -> Map.of(Fields.PEOPLE_KEY, StoredRecords.encode(Catalog.people(searcher))))) {
            searchers.refreshAfterCommit();
            CatalogWarmer w = warmer;
            if (w != null) {
                w.warm();
            }
        }
    }

    /**
     * From now on, builds the catalogs a question may need (people, conferences, speakers) in the
     * background, now and after every commit of this instance, so that the first question after a start
     * or an upload does not wait for them. For processes that answer many questions: a one-shot
     * command would only compete with itself.
     *
     * @param onFailure hears of a build that fails (questions then build the catalogs themselves)
     * @return the build started now
     */
    public CompletableFuture<Void> keepCatalogsWarm(Consumer<RuntimeException> onFailure) {
        Require.notNull(onFailure, "failure handler");
        CatalogWarmer w = new CatalogWarmer(this, onFailure);
        warmer = w;
        return w.warm();
    }

    /** The background build of the catalogs started last (by {@link #keepCatalogsWarm} or a commit), or null. */
    CompletableFuture<Void> lastCatalogBuild() {
        CatalogWarmer w = warmer;
        return w == null ? null : w.last();
    }

    /** True when the catalogs of the last commit are built. */
    boolean catalogsBuilt() {
        return search(s -> people.isCurrentFor(s) && reports.isCurrentFor(s) && meetings.isCurrentFor(s)
                && speakers.isCurrentFor(s));
    }

    /** Discards every report staged since the last commit. */
    public void rollback() {
        writer.rollback();
    }

    /** How many reports and passages the last commit holds. */
    public IndexStats stats() {
        return search(Catalog::stats);
    }

    /** True when the last commit holds no report (or there is no commit yet). */
    public boolean isEmpty() {
        return stats().reports() == 0;
    }

    /** Every report of the last commit, earliest first, undated ones last. */
    public List<ReportInfo> reports() {
        return search(reports);
    }

    /**
     * Every report of the commit {@code searcher} reads, by id, computed once per commit: documents that
     * name their report by id ({@link StatementKey}) get its metadata here. {@code searcher} is the one
     * a {@link #search} action was given.
     */
    public Map<String, ReportInfo> reportsById(IndexSearcher searcher) {
        Require.notNull(searcher, "searcher");
        try {
            return reportsById.run(searcher);
        } catch (IOException e) {
            throw Failures.of(path, "listing the reports", e);
        }
    }

    /**
     * The people list the commit {@code searcher} reads was written with ({@link Fields#PEOPLE_KEY}), or,
     * without one, the list computed from its reports.
     */
    private static List<Person> committedPeople(IndexSearcher searcher) throws IOException {
        if (searcher.getIndexReader() instanceof DirectoryReader reader) {
            String listed = reader.getIndexCommit().getUserData().get(Fields.PEOPLE_KEY);
            if (listed != null) {
                return List.copyOf(StoredRecords.decode(listed));
            }
        }
        return Catalog.people(searcher);
    }

    private static Map<String, ReportInfo> byId(List<ReportInfo> reports) {
        Map<String, ReportInfo> byId = new HashMap<>(reports.size() * 2);
        reports.forEach(r -> byId.put(r.id(), r));
        return Collections.unmodifiableMap(byId);
    }

    /** Everyone the reports quote, with their statement counts and reports, most statements first. */
    public List<Speaker> speakers() {
        return search(speakers);
    }

    /** The conferences the reports are about, earliest first, reports of the same one together. */
    public List<Meeting> meetings() {
        return search(meetings);
    }

    /**
     * The conferences of {@link #meetings()} whose reports (earliest first) {@code which} accepts. While
     * the whole list is not built for this commit, conferences with few reports (at most an eighth of
     * all, or 100) are built alone, looking their reports up: a one-off question about one conference then
     * does not wait for all of them (seconds at 100,000 reports). More than that builds the whole list,
     * kept for the questions after.
     */
    public List<Meeting> meetings(Predicate<List<ReportInfo>> which) {
        Require.notNull(which, "conference filter");
        return search(searcher -> {
            if (!meetings.isCurrentFor(searcher)) {
                Map<String, List<ReportInfo>> chosen = chosen(searcher, which);
                if (fewEnoughToLookUp(searcher, chosen)) {
                    return Catalog.meetingsLookedUp(searcher, chosen);
                }
            }
            return meetings.run(searcher).stream().filter(m -> which.test(m.reports())).toList();
        });
    }

    /** The reports of each conference {@code which} accepts, by key, in {@link Catalog#conferenceReports} order. */
    private Map<String, List<ReportInfo>> chosen(IndexSearcher searcher, Predicate<List<ReportInfo>> which)
            throws IOException {
        Map<String, List<ReportInfo>> chosen = new LinkedHashMap<>();
        conferenceReports.run(searcher).forEach((key, group) -> {
            if (which.test(group)) {
                chosen.put(key, group);
            }
        });
        return chosen;
    }

    /** True when looking the reports of {@code conferences} up costs less than a pass over every report. */
    private boolean fewEnoughToLookUp(IndexSearcher searcher, Map<String, List<ReportInfo>> conferences)
            throws IOException {
        int lookups = conferences.values().stream().mapToInt(List::size).sum();
        return lookups <= Math.max(ALWAYS_LOOKED_UP, reports.run(searcher).size() / REPORTS_PER_LOOKUP);
    }

    /** Everyone the reports name, once each by accent-insensitive name, with their latest role. */
    public List<Person> people() {
        return search(people);
    }

    /**
     * Runs {@code action} on a searcher over the last commit, ranking with {@link Scoring#similarity()}.
     *
     * @throws IndexException if the index cannot be read
     */
    public <T> T search(SearchAction<T> action) {
        Require.notNull(action, "search action");
        return searchers.withSearcher(action);
    }

    /** Discards uncommitted reports and releases the directory; the index is unusable afterwards. */
    @Override
    public void close() {
        CatalogWarmer w = warmer;
        if (w != null) {
            w.stop();
        }
        try (directory; searchers) {
            writer.close();
        } catch (IOException e) {
            throw Failures.of(path, "closing", e);
        }
    }

    private static void closeQuietlyAfter(RuntimeException failure, FSDirectory directory) {
        try {
            directory.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
