package vn.baocao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Speaker;
import vn.baocao.text.VietnameseText;

/** What the report documents of a commit say: which reports there are, their hashes, their people. */
final class Catalog {
    /**
     * The most days apart two reports of one meeting are held: a conference over several days, the briefing that
     * announced it the week before.
     */
    private static final int SAME_MEETING_DAYS = 7;
    /**
     * The most days apart two reports of one review are held: a review takes a day, and a report that gives no
     * day but its own is out by the next; a province's review of the year four days after the ministry's is
     * another meeting.
     */
    private static final int SAME_REVIEW_DAYS = 2;
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
        int doc = reportDocument(searcher, new Term(Fields.REPORT_ID, reportId));
        return doc < 0 ? Optional.empty() : Optional.of(searcher.storedFields().document(doc).get(Fields.CONTENT_HASH));
    }

    /** The report document of the report whose cleaned text has digest {@code contentHash}, or -1. */
    static int reportWithContent(IndexSearcher searcher, String contentHash) throws IOException {
        return reportDocument(searcher, new Term(Fields.CONTENT_HASH, contentHash));
    }

    /** The document of passage {@code ordinal} of report {@code reportId}, or -1: one term lookup. */
    static int passage(IndexSearcher searcher, String reportId, int ordinal) throws IOException {
        return first(searcher, new TermQuery(new Term(Fields.PASSAGE_KEY, Passage.keyOf(reportId, ordinal))));
    }

    /** The first report document whose untokenized field {@code key} has the key's value, or -1. */
    private static int reportDocument(IndexSearcher searcher, Term key) throws IOException {
        return first(searcher, new BooleanQuery.Builder()
                .add(REPORTS, Occur.FILTER)
                .add(new TermQuery(key), Occur.FILTER)
                .build());
    }

    private static int first(IndexSearcher searcher, Query query) throws IOException {
        ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
        return hits.length == 0 ? -1 : hits[0].doc;
    }

    /**
     * Everyone {@code reports} (the commit's, in {@link #reports} order) quote, once each (names compared
     * without accents), most statements first; each with the role of the latest report where they speak
     * and the reports where they do.
     */
    static List<Speaker> speakers(IndexSearcher searcher, List<ReportInfo> reports) throws IOException {
        Map<String, Map<String, ReportRecords.Spoken>> byReport = new HashMap<>();
        forEachRoles(searcher, reports, (info, roles) -> {
            // in one report: the role of their last statement there
            Map<String, ReportRecords.Spoken> spoken = new LinkedHashMap<>();
            for (ReportRecords.Spoken run : roles.speakers()) {
                spoken.merge(VietnameseText.fold(run.person().name()), run, (earlier, later) ->
                        new ReportRecords.Spoken(later.person(), earlier.statements() + later.statements()));
            }
            byReport.put(info.id(), spoken);
        });
        Map<String, Person> person = new LinkedHashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, List<ReportInfo>> where = new HashMap<>();
        for (ReportInfo info : reports) {
            byReport.getOrDefault(info.id(), Map.of()).forEach((key, spoken) -> {
                person.put(key, spoken.person());
                count.merge(key, spoken.statements(), Integer::sum);
                where.computeIfAbsent(key, k -> new ArrayList<>()).add(info);
            });
        }
        List<Speaker> out = new ArrayList<>();
        person.forEach((key, p) -> out.add(new Speaker(p, count.get(key), where.get(key))));
        out.sort(Comparator.comparingInt(Speaker::statements).reversed());
        return out;
    }

    /**
     * The reports of each conference among {@code reports} (the commit's, in {@link #reports} order), by
     * {@link Meeting#keyOf key}, in the order of their earliest reports; each conference's reports earliest
     * first. Cheap: the report records are all it reads.
     */
    static Map<String, List<ReportInfo>> conferenceReports(List<ReportInfo> reports) {
        Map<String, List<ReportInfo>> byKey = new LinkedHashMap<>();
        for (ReportInfo report : reports) {
            Meeting.keyOf(report).ifPresent(key -> {
                // one key, held weeks apart: two meetings ("tổng kết công tác đối ngoại năm 2024" of a province in
                // December, of the ministry in January), each under a key of its own
                String held = key;
                int days = isAReview(report) ? SAME_REVIEW_DAYS : SAME_MEETING_DAYS;
                for (int other = 2; byKey.containsKey(held) && !isNear(byKey.get(held), report, days); other++) {
                    held = key + "#" + other;
                }
                byKey.computeIfAbsent(held, k -> new ArrayList<>()).add(report);
            });
        }
        byKey.replaceAll((key, group) -> Collections.unmodifiableList(group));
        return Collections.unmodifiableMap(byKey);
    }

    /** True when {@code report} was held within {@code days} of a report of {@code group}, or either has no day. */
    private static boolean isNear(List<ReportInfo> group, ReportInfo report, int days) {
        return report.date() == null || group.stream().anyMatch(r -> r.date() == null
                || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(r.date(), report.date())) <= days);
    }

    /** True when {@code report} is of a year-end or a mid-year review. */
    private static boolean isAReview(ReportInfo report) {
        ConferenceKind kind = report.conference().kind();
        return kind == ConferenceKind.YEAR_END_REVIEW || kind == ConferenceKind.MID_YEAR_REVIEW;
    }

    /**
     * The conferences whose reports are {@code byKey} (see {@link #conferenceReports}), in its order, with
     * their participations and speakers together, read in one pass over every report document. The
     * conferences share the report list's records rather than reading their own copies.
     */
    static List<Meeting> meetings(IndexSearcher searcher, Map<String, List<ReportInfo>> byKey) throws IOException {
        Roles roles = new Roles();
        forEachRoles(searcher, byKey.values().stream().flatMap(List::stream).toList(), roles::keep);
        return roles.meetings(byKey);
    }

    /**
     * As {@link #meetings}, but looking each report's roles up by its id: for a few conferences (a question
     * names one or two) that reads a few documents where the pass over all of them took seconds at 100,000
     * reports.
     */
    static List<Meeting> meetingsLookedUp(IndexSearcher searcher, Map<String, List<ReportInfo>> byKey)
            throws IOException {
        Roles roles = new Roles();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Interner shared = new Interner();
        for (List<ReportInfo> group : byKey.values()) {
            for (ReportInfo info : group) {
                BytesRef value = rolesValue(searcher, leaves, info.id());
                if (value != null) {
                    roles.keep(info, ReportRecords.decodeRoles(value, info, shared));
                }
            }
        }
        return roles.meetings(byKey);
    }

    /** The {@link Fields#REPORT_ROLES} value of report {@code id}, or null when this commit has none; read it at once. */
    private static BytesRef rolesValue(IndexSearcher searcher, List<LeafReaderContext> leaves, String id)
            throws IOException {
        int doc = reportDocument(searcher, new Term(Fields.REPORT_ID, id));
        if (doc < 0) {
            return null;
        }
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), Fields.REPORT_ROLES);
        return values.advanceExact(doc - leaf.docBase) ? values.binaryValue() : null;
    }

    /** The participations and speakers of the reports read so far, by report id. */
    private static final class Roles {
        private final Map<String, List<Participation>> participations = new HashMap<>();
        private final Map<String, List<Person>> speakers = new HashMap<>();

        void keep(ReportInfo info, ReportRecords.Roles roles) {
            participations.put(info.id(), roles.participations());
            speakers.put(info.id(), roles.speakers().stream().map(ReportRecords.Spoken::person).toList());
        }

        List<Meeting> meetings(Map<String, List<ReportInfo>> byKey) {
            List<Meeting> out = new ArrayList<>(byKey.size());
            // every report document has its roles (ReportDocuments writes them), so every report was read
            byKey.forEach((key, group) -> out.add(meeting(key, group, participations, speakers)));
            return out;
        }
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

    /** What {@link #forEachRoles} hands over: a report and its roles. */
    private interface RolesAction {
        void accept(ReportInfo report, ReportRecords.Roles roles);
    }

    /**
     * Runs {@code action} on each of {@code reports} that has a document in this commit, with its roles
     * ({@link Fields#REPORT_ROLES}), in document order: callers keep what they need by report and
     * put it in date order themselves, so that no more than one report's roles are decoded at a time.
     */
    private static void forEachRoles(IndexSearcher searcher, List<ReportInfo> reports, RolesAction action)
            throws IOException {
        Map<String, ReportInfo> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        Interner shared = new Interner();
        forEachValue(searcher, Fields.REPORT_ROLES, (order, value) -> {
            ReportInfo info = byId.get(ReportDocuments.reportIdOfOrder(order));
            if (info != null) {
                action.accept(info, ReportRecords.decodeRoles(value, info, shared));
            }
        });
    }

    /** What {@link #forEachValue} hands over: a report's place in date order and its value. */
    private interface ValueAction {
        void accept(String order, BytesRef value);
    }

    /**
     * Runs {@code action} on the value of binary doc-value field {@code field} of every live report
     * document, in document order; the value is only valid during the call.
     */
    private static void forEachValue(IndexSearcher searcher, String field, ValueAction action) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            BinaryDocValues values = DocValues.getBinary(leaf.reader(), field);
            BinaryDocValues order = DocValues.getBinary(leaf.reader(), Fields.REPORT_ORDER);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if ((live == null || live.get(doc)) && order.advanceExact(doc)) {
                    action.accept(order.binaryValue().utf8ToString(), values.binaryValue());
                }
            }
        }
    }

    /** Every report, earliest first (undated ones last), ties by id; read from {@link Fields#REPORT_RECORD}. */
    static List<ReportInfo> reports(IndexSearcher searcher) throws IOException {
        List<ReportInfo> reports = new ArrayList<>();
        Interner shared = new Interner();
        forEachValue(searcher, Fields.REPORT_RECORD, (order, value) -> reports.add(ReportRecords.decodeInfo(value, shared)));
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
        forEachValue(searcher, Fields.PEOPLE_LIST, (order, value) -> listed.add(new Listed(order, value.utf8ToString())));
        listed.sort(Comparator.comparing(Listed::order));
        Map<String, Person> byName = new LinkedHashMap<>();
        Map<String, String> folded = new HashMap<>(); // the same few names recur in every report
        for (Listed report : listed) {
            for (Person person : StoredRecords.decode(report.people())) {
                byName.merge(folded.computeIfAbsent(person.name(), VietnameseText::fold), person,
                        (earlier, later) -> later.role().isEmpty() ? earlier : later);
            }
        }
        return List.copyOf(byName.values());
    }
}
