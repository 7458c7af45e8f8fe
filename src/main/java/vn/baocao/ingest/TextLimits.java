package vn.baocao.ingest;

/**
 * How much text one file may become, checked while it is read, so that a small file that expands — a
 * Word file whose one run holds 150 MB, a compressed PDF stream, a 40 MB text file — is refused with a
 * reason instead of filling the memory: {@value #MAX_TEXT_CHARS} characters of text (about 1,000 printed
 * pages, several times the longest conference report), {@value #MAX_SOURCE_CHARS} characters of markup
 * around it (HTML, Markdown), {@value #MAX_PDF_PAGES} PDF pages.
 */
final class TextLimits {
    static final int MAX_TEXT_CHARS = 3_000_000;
    static final int MAX_SOURCE_CHARS = 20_000_000;
    static final int MAX_PDF_PAGES = 2_000;

    private TextLimits() {
    }

    /** Refuses {@code name} when its text of {@code chars} characters is over the limit. */
    static void checkText(String name, long chars) {
        if (chars > MAX_TEXT_CHARS) {
            throw tooMuchText(name);
        }
    }

    /** Refuses {@code name} when its source of {@code chars} characters (text and markup) is over the limit. */
    static void checkSource(String name, long chars) {
        if (chars > MAX_SOURCE_CHARS) {
            throw new IngestException(name, "too large: more than " + MAX_SOURCE_CHARS
                    + " characters, far beyond a report (split it into several files)");
        }
    }

    static IngestException tooMuchText(String name) {
        return new IngestException(name, "too much text: more than " + MAX_TEXT_CHARS
                + " characters, far beyond a report (split it into several files)");
    }

    /** The characters of text in {@code document}. */
    static long textOf(RawDocument document) {
        long chars = 0;
        for (Block block : document.blocks()) {
            chars += block.text().length();
        }
        return chars;
    }
}
