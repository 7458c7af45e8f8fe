package vn.baocao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Speaker;
import vn.baocao.text.VietnameseText;

/** What the report documents of a commit say: which reports there are, their hashes, their people. */
final class Catalog {
    private static final Query REPORTS = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT));
    private static final Query PASSAGES = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE));
    private static final Comparator<ReportInfo> BY_DATE = Comparator.comparing(ReportInfo::date,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ReportInfo::id);

    private Catalog() {
    }

    static IndexStats stats(IndexSearcher searcher) throws IOException {
        return new IndexStats(searcher.count(REPORTS), searcher.count(PASSAGES));
    }

    static Optional<String> contentHash(IndexSearcher searcher, String reportId) throws IOException {
        return reportDocument(searcher, new Term(Fields.REPORT_ID, reportId)).map(d -> d.get(Fields.CONTENT_HASH));
    }

    static Optional<ReportInfo> reportWithContent(IndexSearcher searcher, String contentHash) throws IOException {
        return reportDocument(searcher, new Term(Fields.CONTENT_HASH, contentHash)).map(StoredRecords::reportInfo);
    }

    /** Passage {@code ordinal} of report {@code reportId}: one term lookup. */
    static Optional<Passage> passage(IndexSearcher searcher, String reportId, int ordinal) throws IOException {
        Query query = new TermQuery(new Term(Fields.PASSAGE_KEY, ReportDocuments.passageKey(reportId, ordinal)));
        ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
        return hits.length == 0 ? Optional.empty() : Optional.of(StoredRecords.passage(searcher.storedFields().document(hits[0].doc)));
    }

    /** The first report document whose untokenized field {@code key} has the key's value. */
    private static Optional<Document> reportDocument(IndexSearcher searcher, Term key) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(REPORTS, Occur.FILTER)
                .add(new TermQuery(key), Occur.FILTER)
                .build();
        ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
        return hits.length == 0 ? Optional.empty() : Optional.of(searcher.storedFields().document(hits[0].doc));
    }

    /**
     * Everyone the reports quote, once each (names compared without accents), most statements first;
     * each with the role of the latest report where they speak and the reports where they do.
     */
    static List<Speaker> speakers(IndexSearcher searcher) throws IOException {
        List<Document> docs = byDate(reportDocuments(searcher));
        Map<String, Person> person = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, List<ReportInfo>> where = new LinkedHashMap<>();
        for (Document doc : docs) {
            String[] names = doc.getValues(Fields.SPEAKER_NAME);
            String[] roles = doc.getValues(Fields.SPEAKER_ROLE);
            ReportInfo info = StoredRecords.reportInfo(doc);
            for (int i = 0; i < names.length; i++) {
                String key = VietnameseText.fold(names[i]);
                person.put(key, new Person(names[i], roles[i]));
                count.merge(key, 1, Integer::sum);
                List<ReportInfo> reports = where.computeIfAbsent(key, k -> new ArrayList<>());
                if (!reports.contains(info)) {
                    reports.add(info);
                }
            }
        }
        List<Speaker> out = new ArrayList<>();
        person.forEach((key, p) -> out.add(new Speaker(p, count.get(key), where.get(key))));
        out.sort(Comparator.comparingInt(Speaker::statements).reversed());
        return out;
    }

    /**
     * The conferences the reports are about, earliest first: reports with the same {@link Meeting#keyOf
     * key} make one conference, with their participations and speakers together.
     */
    static List<Meeting> meetings(IndexSearcher searcher) throws IOException {
        List<Document> docs = reportDocuments(searcher);
        docs.sort(Comparator.comparing(StoredRecords::reportInfo, BY_DATE));
        Map<String, List<Document>> byKey = new LinkedHashMap<>();
        for (Document doc : docs) {
            Meeting.keyOf(StoredRecords.reportInfo(doc))
                    .ifPresent(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(doc));
        }
        List<Meeting> out = new ArrayList<>();
        byKey.forEach((key, group) -> out.add(meeting(key, group)));
        return out;
    }

    private static Meeting meeting(String key, List<Document> group) {
        List<ReportInfo> reports = new ArrayList<>();
        List<Participation> participations = new ArrayList<>();
        Map<String, Person> speakers = new LinkedHashMap<>();
        for (Document doc : group) {
            reports.add(StoredRecords.reportInfo(doc));
            participations.addAll(StoredRecords.participations(doc));
            StoredRecords.speakers(doc).forEach(p -> speakers.putIfAbsent(VietnameseText.fold(p.name()), p));
        }
        ReportInfo first = reports.getFirst();
        String place = reports.stream().map(ReportInfo::place).filter(p -> !p.isEmpty()).findFirst().orElse("");
        return new Meeting(key, first.conference(), first.date(), place, reports, participations,
                List.copyOf(speakers.values()));
    }

    /** Every report, earliest first (undated ones last), ties by id. */
    static List<ReportInfo> reports(IndexSearcher searcher) throws IOException {
        List<ReportInfo> reports = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        // the metadata fields only, one report at a time: whole report documents (participations and
        // their passages) did not fit a 512 MB heap at 100,000 reports
        for (ScoreDoc hit : searcher.search(REPORTS, Math.max(1, searcher.count(REPORTS))).scoreDocs) {
            reports.add(StoredRecords.reportInfo(stored.document(hit.doc, StoredRecords.REPORT_INFO_FIELDS)));
        }
        reports.sort(BY_DATE);
        return reports;
    }

    /**
     * Everyone the reports name, once each (names compared without accents), in order of first
     * appearance over the reports by date; each with the role of the latest report that gives one. Read
     * from doc values ({@link Fields#PEOPLE_LIST}), since it is needed before the first answer.
     */
    static List<Person> people(IndexSearcher searcher) throws IOException {
        record Listed(String order, String people) {
        }
        List<Listed> listed = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            BinaryDocValues people = DocValues.getBinary(leaf.reader(), Fields.PEOPLE_LIST);
            BinaryDocValues order = DocValues.getBinary(leaf.reader(), Fields.REPORT_ORDER);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = people.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = people.nextDoc()) {
                if ((live == null || live.get(doc)) && order.advanceExact(doc)) {
                    listed.add(new Listed(order.binaryValue().utf8ToString(), people.binaryValue().utf8ToString()));
                }
            }
        }
        listed.sort(Comparator.comparing(Listed::order));
        Map<String, Person> byName = new LinkedHashMap<>();
        for (Listed report : listed) {
            for (Person person : StoredRecords.decode(report.people())) {
                byName.merge(VietnameseText.fold(person.name()), person,
                        (earlier, later) -> later.role().isEmpty() ? earlier : later);
            }
        }
        return List.copyOf(byName.values());
    }

    /**
     * {@code docs} in {@link #BY_DATE} order of their reports. Each report's metadata is read once, not
     * at every comparison of the sort: with 10,000 reports that was some 260,000 reads at start-up.
     */
    private static List<Document> byDate(List<Document> docs) {
        record Dated(ReportInfo info, Document doc) {
        }
        List<Dated> dated = new ArrayList<>(docs.size());
        docs.forEach(doc -> dated.add(new Dated(StoredRecords.reportInfo(doc), doc)));
        dated.sort(Comparator.comparing(Dated::info, BY_DATE)); // stable, like the sort it replaces
        return dated.stream().map(Dated::doc).toList();
    }

    private static List<Document> reportDocuments(IndexSearcher searcher) throws IOException {
        int count = searcher.count(REPORTS);
        List<Document> docs = new ArrayList<>(count);
        if (count == 0) {
            return docs;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(REPORTS, count).scoreDocs) {
            docs.add(stored.document(hit.doc));
        }
        return docs;
    }
}
