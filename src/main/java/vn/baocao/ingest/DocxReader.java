package vn.baocao.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamException;

/**
 * Reads a Word (.docx) file with the JDK alone: finds {@code word/document.xml} in the zip and
 * hands it to {@link DocxParagraphs}.
 *
 * <p>The uncompressed part is capped, so a zip bomb is refused instead of filling the memory.
 */
final class DocxReader implements DocumentReader {
    private static final String DOCUMENT_PART = "word/document.xml";
    /** Far above the XML of a thousand-page report; a run that expands beyond it is refused before it is held. */
    private static final long MAX_DOCUMENT_XML = 64L * 1024 * 1024;

    @Override
    public RawDocument read(String name, byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DOCUMENT_PART)) {
                    return DocxParagraphs.read(name, new CappedInputStream(zip, MAX_DOCUMENT_XML));
                }
            }
            throw new IngestException(name, "corrupt DOCX (not a zip with " + DOCUMENT_PART + ")");
        } catch (IOException | XMLStreamException e) {
            if (expandsTooFar(e)) {
                throw new IngestException(name, "too large: its text expands beyond " + MAX_DOCUMENT_XML / (1024 * 1024)
                        + " MB unzipped, far beyond a report", e);
            }
            throw new IngestException(name, "corrupt DOCX (" + String.valueOf(e.getMessage()).replaceAll("\\s+", " ") + ")", e);
        }
    }

    /** True when {@code e} comes from the cap on the unzipped document, however the XML reader wrapped it. */
    private static boolean expandsTooFar(Exception e) {
        for (Throwable t = e; t != null; t = t instanceof XMLStreamException x && x.getNestedException() != null
                ? x.getNestedException() : t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** The unzipped document passed the cap. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super(DOCUMENT_PART + " is larger than " + MAX_DOCUMENT_XML + " bytes unzipped");
        }
    }

    /** Reads at most a given number of bytes from a stream and fails beyond it. */
    private static final class CappedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        CappedInputStream(InputStream in, long cap) {
            this.in = in;
            this.remaining = cap;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            remaining -= n;
            if (remaining < 0) {
                throw new TooLarge();
            }
        }
    }
}
