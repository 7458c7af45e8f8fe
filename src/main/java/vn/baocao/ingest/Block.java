package vn.baocao.ingest;

/**
 * One paragraph of a document as a reader found it, before cleaning.
 *
 * @param text    its text, possibly not yet normalised; never null
 * @param heading true when the format marks it as a heading (HTML h1–h6, Markdown #, DOCX Heading
 *                styles), so that passages never run across a section boundary
 * @param row     true when it is a row of a table, read as one sentence ({@link TableRows}), so that a
 *                table stays in one passage with the line that introduces it
 * @param turn    true when it opens a speaker's turn of a transcript ({@link TranscriptTurns}), so that
 *                the turn starts a passage of its own
 */
record Block(String text, boolean heading, boolean row, boolean turn) {
    Block {
        text = text == null ? "" : text;
    }

    /** A paragraph or a row of a table, no transcript's turn. */
    Block(String text, boolean heading, boolean row) {
        this(text, heading, row, false);
    }

    /** A paragraph, or a heading. */
    Block(String text, boolean heading) {
        this(text, heading, false);
    }

    /** A paragraph of body text. */
    static Block paragraph(String text) {
        return new Block(text, false, false);
    }

    /** A row of a table, as one sentence. */
    static Block tableRow(String text) {
        return new Block(text, false, true);
    }

    /** The same kind of block with other text. */
    Block withText(String newText) {
        return new Block(newText, heading, row, turn);
    }
}
