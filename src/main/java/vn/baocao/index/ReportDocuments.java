package vn.baocao.index;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import vn.baocao.report.Conference;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.Report;
import vn.baocao.report.Statement;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;

/** Turns a {@link Report} into the Lucene documents that represent it; see {@link Fields} for why each field exists. */
final class ReportDocuments {
    /** A year written in a heading: four digits from 1900 to 2099, not part of a longer number or a date. */
    private static final Pattern HEADING_YEAR = Pattern.compile("(?<![\\d/.-])(?:19|20)\\d{2}(?![\\d/])");

    /** The scored text fields of passage documents, and their types. */
    private static final Map<String, FieldType> PASSAGE_TEXT_FIELDS = Map.of(Fields.EXACT, AnalysedText.COUNTED,
            Fields.FOLD, AnalysedText.POSITIONED, Fields.FOLD2, AnalysedText.COUNTED, Fields.TITLE, AnalysedText.COUNTED);
    /** The scored text field of statement documents, and its type. */
    private static final Map<String, FieldType> STATEMENT_TEXT_FIELDS = Map.of(Fields.SAID, AnalysedText.COUNTED);

    private ReportDocuments() {
    }

    /**
     * The report document, then one document per passage and one per statement, all keyed by the report's
     * id; staged together, they stay one block in this order, which {@link ReportBlocks} relies on.
     */
    static List<Document> of(Report report) {
        ReportInfo info = report.info();
        // an official report is also named by its number ("báo cáo 3127/BC-BNG"), which its text never repeats
        AnalysedText title = AnalysedText.of((info.title() + " " + info.credits().number()).strip());
        List<Document> docs = new ArrayList<>(report.passages().size() + report.statements().size() + 1);
        Document head = withReportFields(Fields.TYPE_REPORT, info);
        head.add(new StringField(Fields.CONTENT_HASH, report.contentHash(), Field.Store.YES));
        head.add(new BinaryDocValuesField(Fields.PEOPLE_LIST, new BytesRef(StoredRecords.encode(report.people()))));
        head.add(new BinaryDocValuesField(Fields.REPORT_ORDER, new BytesRef(dateOrder(info))));
        head.add(new BinaryDocValuesField(Fields.REPORT_RECORD, ReportRecords.encode(info)));
        head.add(new BinaryDocValuesField(Fields.REPORT_ROLES, ReportRecords.encodeRoles(report)));
        withoutText(head, PASSAGE_TEXT_FIELDS);
        withoutText(head, STATEMENT_TEXT_FIELDS);
        docs.add(head);
        for (Passage passage : report.passages()) {
            Require.that(passage.report().id().equals(info.id()),
                    "passage " + passage.key() + " does not belong to report " + info.id());
            docs.add(passageDocument(info, title, passage));
        }
        for (int number = 0; number < report.statements().size(); number++) {
            docs.add(statementDocument(info, report.statements().get(number), number));
        }
        return docs;
    }

    /**
     * A statement, searchable by speaker and by what was said. Its passage is stored by ordinal only:
     * storing the text again, once per statement, doubled the index.
     */
    private static Document statementDocument(ReportInfo info, Statement statement, int number) {
        Document doc = withReportFields(Fields.TYPE_STATEMENT, info);
        doc.add(new StoredField(Fields.PASSAGE_ORDINAL, statement.passage().ordinal()));
        doc.add(new StoredField(Fields.SPEAKER_NAME, statement.speaker().name()));
        doc.add(new StoredField(Fields.SPEAKER_ROLE, statement.speaker().role()));
        doc.add(AnalysedText.of(statement.speaker().name()).field(Fields.SPEAKER, AnalysedText.POSITIONED, true, false));
        doc.add(new StoredField(Fields.VERB, statement.verb()));
        doc.add(new StoredField(Fields.SENTENCE, statement.sentence()));
        doc.add(new SortedDocValuesField(Fields.STATEMENT_REPORT, new BytesRef(info.id())));
        doc.add(new NumericDocValuesField(Fields.STATEMENT_PASSAGE, statement.passage().ordinal()));
        doc.add(new SortedDocValuesField(Fields.STATEMENT_VERB, new BytesRef(statement.verb())));
        doc.add(new NumericDocValuesField(Fields.STATEMENT_NUMBER, number));
        AnalysedText said = AnalysedText.of(statement.sentence());
        doc.add(said.field(Fields.SAID, AnalysedText.COUNTED, true, false));
        withoutText(doc, PASSAGE_TEXT_FIELDS);
        return doc;
    }

    /** The value of {@link Fields#REPORT_ORDER}: sorts as {@code Catalog} orders reports, by date, undated last, then id. */
    static String dateOrder(ReportInfo info) {
        return (info.date() == null ? "99999999" : Integer.toString(yyyymmdd(info.date()))) + "|" + info.id();
    }

    /** The report id in a {@link #dateOrder} value. */
    static String reportIdOfOrder(String dateOrder) {
        return dateOrder.substring(dateOrder.indexOf('|') + 1);
    }

    /** yyyymmdd as one int, the form of {@link Fields#EVENT_DATE}. */
    static int yyyymmdd(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static Document passageDocument(ReportInfo info, AnalysedText title, Passage passage) {
        Document doc = withReportFields(Fields.TYPE_PASSAGE, info);
        // searchable on passages only, like every field a passage search reads, so it needs no type filter
        doc.add(title.field(Fields.TITLE, AnalysedText.COUNTED, true, false));
        doc.add(new StoredField(Fields.PASSAGE_ORDINAL, passage.ordinal()));
        doc.add(new StringField(Fields.PASSAGE_KEY, passage.key(), Field.Store.NO));
        doc.add(new StoredField(Fields.TEXT, passage.text()));
        if (!passage.section().isEmpty()) {
            doc.add(new StoredField(Fields.SECTION, passage.section()));
            // a year a heading above the passage names scopes it: "II. KẾT QUẢ … NĂM 2023" over the figures of 2023
            HEADING_YEAR.matcher(passage.section()).results().map(m -> Integer.parseInt(m.group()))
                    .distinct().forEach(year -> doc.add(new IntPoint(Fields.YEARS, year)));
        }
        AnalysedText text = AnalysedText.of(passage.text());
        doc.add(text.field(Fields.EXACT, AnalysedText.COUNTED, false, false));
        doc.add(text.field(Fields.FOLD, AnalysedText.POSITIONED, true, false)); // a person's name is a phrase here
        doc.add(text.field(Fields.FOLD2, AnalysedText.COUNTED, true, true));
        doc.add(text.dates(Fields.DATES, AnalysedText.COUNTED));
        if (info.date() != null) {
            MonthDay day = MonthDay.from(info.date());
            doc.add(new StringField(Fields.HELD_ON, DateMention.token(day, 0), Field.Store.NO));
            doc.add(new StringField(Fields.HELD_ON, DateMention.token(day, info.date().getYear()), Field.Store.NO));
        }
        addPeople(doc, passage.people());
        withoutText(doc, STATEMENT_TEXT_FIELDS);
        return doc;
    }

    /**
     * Adds {@code fields} without a single term, so that the document still has a length (zero) for them.
     * Then every document of a segment has one, and Lucene keeps a field's lengths as a plain array. With
     * only passages (or only statements) having them, each scored hit looked its length up in a sparse
     * list: a fifth of a search's time at 100,000 reports. Scores do not change: a document without
     * terms counts in neither the field's document count nor its average length.
     */
    private static void withoutText(Document doc, Map<String, FieldType> fields) {
        fields.forEach((name, type) -> doc.add(new Field(name, "", type)));
    }

    private static Document withReportFields(String type, ReportInfo info) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, type, Field.Store.NO));
        doc.add(new StringField(Fields.REPORT_ID, info.id(), Field.Store.YES));
        // the metadata itself is the report document's record (ReportBlocks): here only what searches filter on
        if (info.date() != null) {
            doc.add(new IntPoint(Fields.EVENT_DATE, yyyymmdd(info.date())));
            doc.add(new IntPoint(Fields.YEARS, info.date().getYear()));
        }
        addConference(doc, info.conference());
        return doc;
    }

    private static void addConference(Document doc, Conference conference) {
        if (conference == null) {
            return;
        }
        doc.add(new StringField(Fields.KIND, conference.kind().name(), Field.Store.NO));
        doc.add(new IntPoint(Fields.ORDINAL, conference.ordinal()));
        if (conference.periodYear() != 0) {
            doc.add(new IntPoint(Fields.YEARS, conference.periodYear()));
        }
    }

    private static void addPeople(Document doc, List<Person> people) {
        for (Person person : people) {
            doc.add(new StoredField(Fields.PERSON_NAME, person.name()));
            doc.add(new StoredField(Fields.PERSON_ROLE, person.role()));
            // analysed here, on a parse-ahead thread, like the text; the writer still puts its position gap between names
            doc.add(AnalysedText.of(person.name()).field(Fields.PEOPLE, AnalysedText.POSITIONED, true, false));
        }
    }
}
