package vn.baocao.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A document as a reader produced it: its paragraphs in order, plus what the format itself says
 * about it (HTML meta tags, a DOCX Title style, a Markdown heading).
 *
 * @param blocks    the paragraphs, in document order, not yet cleaned
 * @param titleHint the title the format declares, or empty
 * @param urlHint   the URL the format declares (canonical link, og:url), or empty
 * @param dateHint  the publication date the format declares, or null
 */
record RawDocument(List<Block> blocks, String titleHint, String urlHint, LocalDate dateHint) {
    RawDocument {
        blocks = List.copyOf(blocks);
        titleHint = titleHint == null ? "" : titleHint;
        urlHint = urlHint == null ? "" : urlHint;
    }

    /** A document with paragraphs only, as plain text and PDF give. */
    static RawDocument of(List<Block> blocks) {
        return new RawDocument(blocks, "", "", null);
    }
}
