package vn.baocao.ingest;

import java.time.LocalDate;
import java.util.List;
import vn.baocao.report.ReportInfo;

/**
 * A document as a reader produced it: its paragraphs in order, plus what the format itself says
 * about it (HTML meta tags, a DOCX Title style, a Markdown heading).
 *
 * @param blocks    the paragraphs, in document order, not yet cleaned
 * @param titleHint the title the format declares, or empty
 * @param urlHint   the URL the format declares (canonical link, og:url), or empty
 * @param dateHint  the publication date the format declares, or null
 * @param credits   the author, publisher and number the format declares (HTML meta, front matter), each possibly empty
 */
record RawDocument(List<Block> blocks, String titleHint, String urlHint, LocalDate dateHint, ReportInfo.Credits credits) {
    RawDocument {
        blocks = List.copyOf(blocks);
        titleHint = titleHint == null ? "" : titleHint;
        urlHint = urlHint == null ? "" : urlHint;
        credits = credits == null ? ReportInfo.Credits.NONE : credits;
    }

    /** A document whose format declares no credits. */
    RawDocument(List<Block> blocks, String titleHint, String urlHint, LocalDate dateHint) {
        this(blocks, titleHint, urlHint, dateHint, ReportInfo.Credits.NONE);
    }

    /** A document with paragraphs only, as plain text and PDF give. */
    static RawDocument of(List<Block> blocks) {
        return new RawDocument(blocks, "", "", null);
    }
}
