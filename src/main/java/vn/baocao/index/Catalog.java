package vn.baocao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        Query query = new TermQuery(new Term(Fields.PASSAGE_KEY, Passage.keyOf(reportId, ordinal)));
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
     * Everyone {@code reports} (the commit's, in {@link #reports} order) quote, once each (names compared
     * without accents), most statements first; each with the role of the latest report where they speak
     * and the reports where they do.
     */
    static List<Speaker> speakers(IndexSearcher searcher, List<ReportInfo> reports) throws IOException {
        Map<String, Person> person = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, List<ReportInfo>> where = new LinkedHashMap<>();
        forEachRoles(searcher, reports, (info, doc) -> {
            String[] names = doc.getValues(Fields.SPEAKER_NAME);
            String[] roles = doc.getValues(Fields.SPEAKER_ROLE);
            for (int i = 0; i < names.length; i++) {
                String key = VietnameseText.fold(names[i]);
                person.put(key, new Person(names[i], roles[i]));
                count.merge(key, 1, Integer::sum);
                List<ReportInfo> in = where.computeIfAbsent(key, k -> new ArrayList<>());
                if (in.isEmpty() || in.getLast() != info) { // one report's statements come together
                    in.add(info);
                }
            }
        });
        List<Speaker> out = new ArrayList<>();
        person.forEach((key, p) -> out.add(new Speaker(p, count.get(key), where.get(key))));
        out.sort(Comparator.comparingInt(Speaker::statements).reversed());
        return out;
    }

    /**
     * The conferences {@code reports} (the commit's, in {@link #reports} order) are about, earliest
     * first: reports with the same {@link Meeting#keyOf key} make one conference, with their
     * participations and speakers together. The conferences share {@code reports}' records rather than
     * reading their own copies.
     */
    static List<Meeting> meetings(IndexSearcher searcher, List<ReportInfo> reports) throws IOException {
        Map<String, List<Participation>> participations = new HashMap<>();
        Map<String, List<Person>> speakers = new HashMap<>();
        forEachRoles(searcher, reports, (info, doc) -> {
            participations.put(info.id(), StoredRecords.participations(doc, info));
            speakers.put(info.id(), StoredRecords.speakers(doc));
        });
        Map<String, List<ReportInfo>> byKey = new LinkedHashMap<>();
        for (ReportInfo report : reports) {
            if (participations.containsKey(report.id())) {
                Meeting.keyOf(report).ifPresent(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(report));
            }
        }
        List<Meeting> out = new ArrayList<>(byKey.size());
        byKey.forEach((key, group) -> out.add(meeting(key, group, participations, speakers)));
        return out;
    }

    private static Meeting meeting(String key, List<ReportInfo> reports, Map<String, List<Participation>> participations,
                                   Map<String, List<Person>> speakers) {
        List<Participation> all = new ArrayList<>();
        Map<String, Person> speaking = new LinkedHashMap<>();
        for (ReportInfo report : reports) {
            all.addAll(participations.get(report.id()));
            speakers.get(report.id()).forEach(p -> speaking.putIfAbsent(VietnameseText.fold(p.name()), p));
        }
        ReportInfo first = reports.getFirst();
        String place = reports.stream().map(ReportInfo::place).filter(p -> !p.isEmpty()).findFirst().orElse("");
        return new Meeting(key, first.conference(), first.date(), place, reports, all, List.copyOf(speaking.values()));
    }

    /** What {@link #forEachRoles} hands over: a report and its document's role fields. */
    private interface RolesAction {
        void accept(ReportInfo report, Document roles);
    }

    /**
     * Runs {@code action} on each of {@code reports} in order with the {@link StoredRecords#ROLE_FIELDS}
     * of its document; reports without a document in this commit are skipped.
     */
    private static void forEachRoles(IndexSearcher searcher, List<ReportInfo> reports, RolesAction action)
            throws IOException {
        Map<String, Integer> docs = reportDocIds(searcher);
        StoredFields stored = searcher.storedFields();
        for (ReportInfo report : reports) {
            Integer doc = docs.get(report.id());
            if (doc != null) {
                action.accept(report, stored.document(doc, StoredRecords.ROLE_FIELDS));
            }
        }
    }

    /** The searcher-wide doc id of every live report document by report id, from doc values alone. */
    private static Map<String, Integer> reportDocIds(IndexSearcher searcher) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            BinaryDocValues order = DocValues.getBinary(leaf.reader(), Fields.REPORT_ORDER);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = order.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = order.nextDoc()) {
                if (live == null || live.get(doc)) {
                    out.put(ReportDocuments.reportIdOfOrder(order.binaryValue().utf8ToString()), leaf.docBase + doc);
                }
            }
        }
        return out;
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
}
