package vn.baocao.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A document with everything that is not the article removed, and what the removed lines said
 * about it.
 *
 * @param body          the article's paragraphs, headline included, normalised
 * @param publishedDate the date of a dateline ("Thứ hai, 22/07/2019 19:00"), or null
 * @param url           the URL of a source line ("Nguồn …: http://…"), or empty
 * @param photoTitle    the first numbered photo caption ("… - Ảnh 1."), which such sites derive from
 *                      the headline, or empty
 * @param byline        the byline after the last paragraph ("Hoài Nhung", "B.T.V (Theo VGP)"), or empty
 * @param agency        the news agency whose tag opened a paragraph ("TTXVN" of "Hà Nội (TTXVN) - …"), or empty
 * @param photos        whom the photo captions credit, in order, joined by "; " ("TG&VN"), or empty
 * @param views         the page's view count as its counter wrote it ("2.318"), or empty
 */
record CleanDocument(List<Block> body, LocalDate publishedDate, String url, String photoTitle, String byline,
                     String agency, String photos, String views) {
    CleanDocument {
        body = List.copyOf(body);
        byline = byline == null ? "" : byline;
        agency = agency == null ? "" : agency;
        photos = photos == null ? "" : photos;
        views = views == null ? "" : views;
    }
}
