package vn.baocao.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;

/** Rebuilds the domain records from stored fields written by {@link ReportDocuments}. */
public final class StoredRecords {
    private StoredRecords() {
    }

    /** The passage a passage document stores, in {@code report}, the report it belongs to. */
    static Passage passage(Document doc, ReportInfo report) {
        String section = doc.get(Fields.SECTION);
        return new Passage(report, intValue(doc, Fields.PASSAGE_ORDINAL), doc.get(Fields.TEXT), people(doc),
                section == null ? "" : section);
    }

    /** The ordinal of the passage a passage or statement document is about. */
    public static int passageOrdinal(Document doc) {
        return intValue(doc, Fields.PASSAGE_ORDINAL);
    }

    // Control characters cannot occur in names or roles: ingest strips them from all text.
    private static final String BETWEEN_PEOPLE = "\u001E";
    private static final String BETWEEN_NAME_AND_ROLE = "\u001F";

    /** {@code people} as one stored value; {@link #decode} reverses it. */
    static String encode(List<Person> people) {
        return String.join(BETWEEN_PEOPLE,
                people.stream().map(p -> p.name() + BETWEEN_NAME_AND_ROLE + p.role()).toList());
    }

    static List<Person> decode(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<Person> out = new ArrayList<>();
        for (String one : value.split(BETWEEN_PEOPLE)) {
            String[] parts = one.split(BETWEEN_NAME_AND_ROLE, 2);
            out.add(new Person(parts[0], parts.length > 1 ? parts[1] : ""));
        }
        return out;
    }

    /** The people a document stores (a passage's, or a whole report's), in their stored order. */
    public static List<Person> people(Document doc) {
        String[] names = doc.getValues(Fields.PERSON_NAME);
        String[] roles = doc.getValues(Fields.PERSON_ROLE);
        List<Person> people = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            people.add(new Person(names[i], i < roles.length ? roles[i] : ""));
        }
        return people;
    }

    private static int intValue(Document doc, String field) {
        IndexableField value = doc.getField(field);
        return value == null || value.numericValue() == null ? 0 : value.numericValue().intValue();
    }
}
