package vn.baocao.ingest;

/** Reads the bytes of one file format into paragraphs and format-level hints. */
interface DocumentReader {
    /**
     * Returns the paragraphs of {@code content}; never null.
     *
     * @param name    the file's name for error messages
     * @param content the whole file
     * @throws IngestException naming {@code name} when the content is corrupt, encrypted or not text
     */
    RawDocument read(String name, byte[] content);
}
