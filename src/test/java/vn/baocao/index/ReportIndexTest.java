package vn.baocao.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baocao.index.SampleReports.ALL;
import static vn.baocao.index.SampleReports.MID_YEAR_2019;
import static vn.baocao.index.SampleReports.MID_YEAR_2023;
import static vn.baocao.index.SampleReports.PHAM_BINH_MINH;
import static vn.baocao.index.SampleReports.YEAR_END_2022;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.Report;
import vn.baocao.report.ReportInfo;

class ReportIndexTest {
    @TempDir
    Path dir;
    ReportIndex index;

    @BeforeEach
    void open() {
        index = ReportIndex.open(dir);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aNewIndexIsEmpty() {
        assertThat(index.isEmpty()).isTrue();
        assertThat(index.stats()).isEqualTo(new IndexStats(0, 0));
        assertThat(index.reports()).isEmpty();
        assertThat(index.contentHash(MID_YEAR_2023.info().id())).isEmpty();
    }

    @Test
    void committedReportsAreCountedAndTheirHashesKept() {
        putAll();
        index.commit();
        assertThat(index.stats()).isEqualTo(new IndexStats(5, SampleReports.passageCount()));
        assertThat(index.isEmpty()).isFalse();
        assertThat(index.contentHash(YEAR_END_2022.info().id())).contains("sha256:001_8430b1541a21d71d");
    }

    @Test
    void putTheSameReportAgainIsIdempotent() {
        putAll();
        index.commit();
        index.put(MID_YEAR_2023);
        index.put(MID_YEAR_2023);
        index.commit();
        assertThat(index.stats()).isEqualTo(new IndexStats(5, SampleReports.passageCount()));
    }

    @Test
    void aChangedReportReplacesItsPassages() {
        putAll();
        index.commit();
        index.put(SampleReports.truncated(MID_YEAR_2023, 2));
        index.commit();
        assertThat(index.stats()).isEqualTo(new IndexStats(5, SampleReports.passageCount() - 4));
        assertThat(passagesOf(MID_YEAR_2023.info().id())).isEqualTo(MID_YEAR_2023.passages().subList(0, 2));
        assertThat(index.contentHash(MID_YEAR_2023.info().id())).contains("sha256:000_47e75d3c86d27e21-edited");
    }

    @Test
    void storedPassagesRebuildEqualToTheIndexedOnes() {
        putAll();
        index.commit();
        for (var report : ALL) {
            assertThat(passagesOf(report.info().id())).isEqualTo(report.passages());
        }
    }

    @Test
    void findsAPassageByItsReportAndOrdinalOnlyWhileItExists() {
        putAll();
        index.commit();
        String id = MID_YEAR_2023.info().id();
        assertThat(index.passage(id, 3)).contains(MID_YEAR_2023.passages().get(3));
        assertThat(index.passage(id, MID_YEAR_2023.passages().size())).isEmpty();
        assertThat(index.passage("0000000000000000", 0)).isEmpty();

        index.put(SampleReports.truncated(MID_YEAR_2023, 2));
        index.commit();
        assertThat(index.passage(id, 1)).contains(MID_YEAR_2023.passages().get(1));
        assertThat(index.passage(id, 3)).isEmpty();
    }

    @Test
    void rollbackLeavesThePreviousCommit() {
        index.put(MID_YEAR_2023);
        index.commit();
        index.put(SampleReports.truncated(MID_YEAR_2023, 1));
        index.put(YEAR_END_2022);
        index.rollback();
        assertThat(index.stats()).isEqualTo(new IndexStats(1, MID_YEAR_2023.passages().size()));
        index.put(MID_YEAR_2019); // the writer reopens after a rollback
        index.commit();
        assertThat(index.stats()).isEqualTo(new IndexStats(2, 6 + 3));
    }

    @Test
    void uncommittedChangesAreInvisibleToThisAndToANewReader() {
        index.put(MID_YEAR_2023);
        index.commit();
        index.put(YEAR_END_2022);
        try (ReportIndex reader = ReportIndex.open(dir)) {
            assertThat(reader.stats()).isEqualTo(new IndexStats(1, 6));
        }
        assertThat(index.stats()).isEqualTo(new IndexStats(1, 6));
        index.commit();
        assertThat(index.stats()).isEqualTo(new IndexStats(2, 10));
    }

    @Test
    void aReaderInAnotherInstanceSeesLaterCommits() {
        try (ReportIndex reader = ReportIndex.open(dir)) {
            assertThat(reader.isEmpty()).isTrue();
            index.put(MID_YEAR_2023);
            index.commit();
            assertThat(reader.stats()).isEqualTo(new IndexStats(1, 6));
        }
    }

    @Test
    void closingWithoutCommitDiscardsTheChanges() {
        index.put(MID_YEAR_2023);
        index.close();
        index = ReportIndex.open(dir);
        assertThat(index.isEmpty()).isTrue();
    }

    @Test
    void aSecondWriterOnTheSameDirectoryIsRefusedWithAClearMessage() {
        index.put(MID_YEAR_2023);
        try (ReportIndex second = ReportIndex.open(dir)) {
            assertThatThrownBy(() -> second.put(YEAR_END_2022))
                    .isInstanceOf(IndexException.class)
                    .hasMessageStartingWith("index " + dir.toAbsolutePath() + " is in use by another baocao process");
            assertThat(second.stats()).isEqualTo(new IndexStats(0, 0)); // reading needs no lock
        }
    }

    @Test
    void reportsAreListedByDate() {
        putAll();
        index.commit();
        assertThat(index.reports()).extracting(ReportInfo::id).containsExactly(
                "003_60cdc4bfe3deff94", "001_8430b1541a21d71d", "002_0e1cf19fdeddcf6d", "000_47e75d3c86d27e21",
                "004_771f5d769968830d");
        assertThat(index.reports()).contains(SampleReports.YEAR_END_2024.info());
    }

    @Test
    void peopleAreListedOnceEachInOrderOfFirstAppearance() {
        putAll();
        index.commit();
        assertThat(index.people()).extracting(p -> p.name()).containsExactly(
                "Phạm Bình Minh", "Phạm Minh Chính", "Bùi Thanh Sơn", "Nguyễn Phú Trọng", "Trần Lưu Quang", "Hoàng Nam");
    }

    @Test
    void searchesFilterOnFieldsWrittenFromTheReport() {
        putAll();
        index.commit();
        int workingSession = index.search(s -> s.count(new TermQuery(new Term(Fields.KIND, "WORKING_SESSION"))));
        assertThat(workingSession).isEqualTo(1 + 2); // its report document and its two passages
    }

    @Test
    void textWithTheOldTonePlacementIsIndexedUnderTheTraditionalOne() {
        String raw = "củng cố vững chắc hơn nữa biên giới hoà bình, ổn định"; // as written in sample 002
        var info = SampleReports.WORKING_SESSION_2023.info();
        index.put(new Report(info, List.of(), List.of(new Passage(info, 0, raw, List.of())), "raw"));
        index.commit();
        assertThat(count(new TermQuery(new Term(Fields.EXACT, "hòa")))).isEqualTo(1);
        assertThat(count(new TermQuery(new Term(Fields.EXACT, "hoà")))).isZero();
    }

    @Test
    void aPersonsNameIsAPhraseOfThePeopleFieldThatDoesNotRunIntoTheNextName() {
        var info = SampleReports.WORKING_SESSION_2023.info();
        List<Person> people = List.of(new Person("Bùi Thanh Sơn", ""), new Person("Phạm Minh Chính", ""));
        index.put(new Report(info, people, List.of(new Passage(info, 0, "Hai đồng chí dự họp.", people)), "two"));
        index.commit();
        assertThat(count(new PhraseQuery(Fields.PEOPLE, "thanh", "son"))).isEqualTo(1);
        assertThat(count(new PhraseQuery(Fields.PEOPLE, "son", "pham"))).isZero();
    }

    @Test
    void replacedPassagesAreNotCountedAnyMore() {
        putAll();
        index.commit();
        int before = count(new TermQuery(new Term(Fields.FOLD, "son")));
        index.put(MID_YEAR_2023);
        index.commit();
        assertThat(count(new TermQuery(new Term(Fields.FOLD, "son")))).isEqualTo(before).isEqualTo(6);
    }

    @Test
    void everyDocumentFindsItsOwnReportAfterReportsAreReplaced() {
        putAll();
        index.commit();
        index.put(YEAR_END_2022); // deletes the first copy; the new block goes to a new segment, maybe merged
        index.put(MID_YEAR_2019);
        index.commit();
        Map<String, ReportInfo> expected = new HashMap<>();
        ALL.forEach(r -> expected.put(r.info().id(), r.info()));
        Map<String, ReportInfo> found = index.search(searcher -> {
            StoredFields stored = searcher.storedFields();
            Map<String, ReportInfo> byStoredId = new HashMap<>();
            Bits live = MultiBits.getLiveDocs(searcher.getIndexReader());
            for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    ReportInfo report = index.reportAt(searcher, doc);
                    String id = stored.document(doc).get(Fields.REPORT_ID);
                    assertThat(report.id()).as("document %d", doc).isEqualTo(id);
                    byStoredId.put(id, report);
                }
            }
            return byStoredId;
        });
        assertThat(found).isEqualTo(expected);
        assertThat(passagesOf(YEAR_END_2022.info().id())).isEqualTo(YEAR_END_2022.passages());
    }

    @Test
    void eachCommitCarriesTheListOfThePeopleItsReportsName() {
        putAll();
        index.commit();
        List<Person> all = committedPeople();
        assertThat(all).isEqualTo(index.search(Catalog::people)).isEqualTo(index.people()).contains(PHAM_BINH_MINH);
        index.remove(MID_YEAR_2019.info().id()); // the one report naming Phạm Bình Minh
        index.commit();
        assertThat(committedPeople()).isEqualTo(index.search(Catalog::people)).isEqualTo(index.people())
                .doesNotContain(PHAM_BINH_MINH).hasSize(all.size() - 1);
    }

    @Test
    void everyDocumentHasALengthForEveryScoredTextFieldWhileOnlyPassagesCountForTheirs() {
        putAll();
        index.commit();
        index.search(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                for (String field : List.of(Fields.EXACT, Fields.FOLD, Fields.FOLD2, Fields.TITLE, Fields.SAID)) {
                    assertThat(leaf.reader().getNormValues(field).cost()).as(field).isEqualTo(leaf.reader().maxDoc());
                }
                assertThat(leaf.reader().terms(Fields.FOLD).getDocCount()).isEqualTo(SampleReports.passageCount());
            }
            return null;
        });
    }

    @Test
    void keptWarmTheCatalogsAreBuiltInTheBackgroundAgainAfterEachCommit() throws Exception {
        index.put(MID_YEAR_2023);
        index.commit();
        assertThat(index.catalogsBuilt()).isFalse();
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        index.keepCatalogsWarm(failures::add).get(30, TimeUnit.SECONDS);
        assertThat(index.catalogsBuilt()).isTrue();

        index.put(YEAR_END_2022);
        index.commit();
        index.lastCatalogBuild().get(30, TimeUnit.SECONDS);
        assertThat(index.catalogsBuilt()).isTrue();
        assertThat(index.meetings()).hasSize(2);
        assertThat(failures).isEmpty();
    }

    private List<Person> committedPeople() {
        return index.search(searcher -> StoredRecords.decode(
                ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().get(Fields.PEOPLE_KEY)));
    }

    private int count(Query query) {
        return index.search(searcher -> searcher.count(query));
    }

    private void putAll() {
        ALL.forEach(index::put);
    }

    private List<Passage> passagesOf(String reportId) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.REPORT_ID, reportId)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), Occur.FILTER)
                .build();
        return index.search(searcher -> {
            List<Passage> passages = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
                passages.add(index.passageAt(searcher, searcher.storedFields(), hit.doc));
            }
            passages.sort(Comparator.comparingInt(Passage::ordinal));
            return passages;
        });
    }
}
