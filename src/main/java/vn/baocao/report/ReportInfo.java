package vn.baocao.report;

import java.time.LocalDate;

/**
 * What a citation needs to know about a report: identity, origin and metadata, without its text.
 *
 * @param id         stable identifier derived from where the report came from; re-ingesting keeps it
 * @param source     the path given to ingest, or the report's URL when it has one; never blank
 * @param url        the report's URL when the text gives one ("Nguồn …: http…"), else empty
 * @param title      the report's headline; never blank
 * @param date       the day the conference was held (or, failing that, the report's date), or null when unknown
 * @param place      where it was held, e.g. "Trụ sở Bộ Ngoại giao"; empty when not stated
 * @param conference the meeting the report is about, or null when the report is about none
 */
public record ReportInfo(String id, String source, String url, String title, LocalDate date, String place,
                         Conference conference) {
    public ReportInfo {
        Require.notBlank(id, "report id");
        Require.notBlank(source, "report source");
        Require.notBlank(title, "report title");
        url = url == null ? "" : url;
        place = place == null ? "" : place;
    }

    /** The conference's name, or empty when the report is about none. */
    public String conferenceName() {
        return conference == null ? "" : conference.name();
    }
}
