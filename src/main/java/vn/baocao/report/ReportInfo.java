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
 * @param credits    who wrote or signed it, who published it, its number; all empty when it names none
 */
public record ReportInfo(String id, String source, String url, String title, LocalDate date, String place,
                         Conference conference, Credits credits) {
    public ReportInfo {
        Require.notBlank(id, "report id");
        Require.notBlank(source, "report source");
        Require.notBlank(title, "report title");
        url = url == null ? "" : url;
        place = place == null ? "" : place;
        credits = credits == null ? Credits.NONE : credits;
    }

    /** A report that names no author, publisher or number. */
    public ReportInfo(String id, String source, String url, String title, LocalDate date, String place,
                      Conference conference) {
        this(id, source, url, title, date, place, conference, Credits.NONE);
    }

    /**
     * Who stands behind a report, as it says: metadata, never passage text.
     *
     * @param author    the byline of an article or the signer of an official document ("Hoài Nhung", "Nguyễn Minh
     *                  Vũ"), or empty
     * @param publisher the site, paper or body that published or issued it ("Báo Quảng Trị", "BỘ NGOẠI GIAO"), or empty
     * @param number    an official document's number ("487/BC-BNG-NV"), or empty
     * @param issued    the day an official document was issued, as its letterhead gives it ("Hà Nội, ngày 26
     *                  tháng 12 năm 2024"), or null: not the day of the meeting it reports
     * @param addressee whom an official document is addressed to, after "Kính gửi" ("Thủ tướng Chính phủ"), or empty
     * @param recipients an official document's "Nơi nhận" list, its points joined by "; ", or empty
     * @param photos    whom the article's photo captions credit ("TG&VN", "Bộ Ngoại giao"), joined by "; ", or empty
     * @param views     how often a news page had been read when it was saved, as its counter wrote it ("2.318"), or
     *                  empty
     */
    public record Credits(String author, String publisher, String number, LocalDate issued, String addressee,
                          String recipients, String photos, String views) {
        /** No credits at all. */
        public static final Credits NONE = new Credits("", "", "");

        public Credits {
            author = author == null ? "" : author.strip();
            publisher = publisher == null ? "" : publisher.strip();
            number = number == null ? "" : number.strip();
            addressee = addressee == null ? "" : addressee.strip();
            recipients = recipients == null ? "" : recipients.strip();
            photos = photos == null ? "" : photos.strip();
            views = views == null ? "" : views.strip();
        }

        /** Credits of a page that shows no view count. */
        public Credits(String author, String publisher, String number, LocalDate issued, String addressee,
                       String recipients, String photos) {
            this(author, publisher, number, issued, addressee, recipients, photos, "");
        }

        /** Credits that name no photographer. */
        public Credits(String author, String publisher, String number, LocalDate issued, String addressee,
                       String recipients) {
            this(author, publisher, number, issued, addressee, recipients, "");
        }

        /** Credits addressed to no one. */
        public Credits(String author, String publisher, String number, LocalDate issued) {
            this(author, publisher, number, issued, "", "");
        }

        /** Credits without a day of issue. */
        public Credits(String author, String publisher, String number) {
            this(author, publisher, number, null);
        }

        /** True when the report names none of them. */
        public boolean isEmpty() {
            return author.isEmpty() && publisher.isEmpty() && number.isEmpty() && issued == null && addressee.isEmpty()
                    && recipients.isEmpty() && photos.isEmpty() && views.isEmpty();
        }
    }

    /** The conference's name, or empty when the report is about none. */
    public String conferenceName() {
        return conference == null ? "" : conference.name();
    }
}
