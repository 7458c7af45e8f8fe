package vn.baocao.report;

/**
 * The meeting a report is about.
 *
 * @param name       its name as the report gives it, e.g. "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022";
 *                   never blank
 * @param kind       what kind of meeting it is
 * @param periodYear the year the meeting reviews (2022 for a January 2023 year-end review), or 0 when unknown
 * @param ordinal    the number of a numbered conference ("lần thứ 32"), or 0
 */
public record Conference(String name, ConferenceKind kind, int periodYear, int ordinal) {
    public Conference {
        Require.notBlank(name, "conference name");
        Require.notNull(kind, "conference kind");
    }
}
