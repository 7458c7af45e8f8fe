package vn.baocao.report;

import java.util.List;

/**
 * A citable piece of a report: one paragraph, or a few short ones merged, kept whole.
 *
 * @param report  the report it belongs to
 * @param ordinal its position in the report, from 0
 * @param text    the cleaned, NFC, tone-canonical text; never blank
 * @param people  the people it refers to, by name or by a title the report resolves to them
 *                ("Bộ trưởng" → the minister named earlier), in order of first mention
 * @param section the headings above it that it does not hold itself, a line each ("II. KẾT QUẢ CÔNG TÁC
 *                BẢO HỘ CÔNG DÂN NĂM 2023" above "1. Kết quả chính"): what scopes it; empty when none
 */
public record Passage(ReportInfo report, int ordinal, String text, List<Person> people, String section) {
    public Passage {
        Require.notNull(report, "passage report");
        Require.notBlank(text, "passage text");
        Require.that(ordinal >= 0, "passage ordinal must be >= 0, was " + ordinal);
        Require.notNull(section, "passage section");
        people = List.copyOf(people);
    }

    /** A passage under no heading it does not hold. */
    public Passage(ReportInfo report, int ordinal, String text, List<Person> people) {
        this(report, ordinal, text, people, "");
    }

    /** A stable key for this passage: report id and ordinal. */
    public String key() {
        return keyOf(report.id(), ordinal);
    }

    /** The {@link #key() key} of passage {@code ordinal} of report {@code reportId}. */
    public static String keyOf(String reportId, int ordinal) {
        return reportId + "#" + ordinal;
    }
}
