package vn.baocao.ingest;

/**
 * One paragraph of a document as a reader found it, before cleaning.
 *
 * @param text    its text, possibly not yet normalised; never null
 * @param heading true when the format marks it as a heading (HTML h1–h6, Markdown #, DOCX Heading
 *                styles), so that passages never run across a section boundary
 */
record Block(String text, boolean heading) {
    Block {
        text = text == null ? "" : text;
    }

    /** A paragraph of body text. */
    static Block paragraph(String text) {
        return new Block(text, false);
    }

    /** The same kind of block with other text. */
    Block withText(String newText) {
        return new Block(newText, heading);
    }
}
