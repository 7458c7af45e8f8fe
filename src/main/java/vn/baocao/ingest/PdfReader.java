package vn.baocao.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text of a PDF with PDFBox, in reading order, and rebuilds its paragraphs from the
 * visual lines (see {@link PdfParagraphs}).
 *
 * <p>PDFBox marks a paragraph where the vertical gap or the indentation grows; those marks and the
 * page ends are kept as separators for the rebuild. The title is the largest text on the first page
 * when it stands out from the rest (a printed report's headline), not a small letterhead above it. A PDF that needs a password, or forbids text
 * extraction, is refused as encrypted; anything PDFBox cannot parse is refused as corrupt.
 */
final class PdfReader implements DocumentReader {
    @Override
    public RawDocument read(String name, byte[] content) {
        FirstPageSizes sizes = new FirstPageSizes();
        String text = extractText(name, content, sizes);
        return new RawDocument(PdfParagraphs.of(text), sizes.title(), "", null);
    }

    private static String extractText(String name, byte[] content, FirstPageSizes stripper) {
        // Decoded streams are cached in a temporary file, not in memory: a page's compressed stream may
        // expand to far more than the file's size.
        try (PDDocument pdf = Loader.loadPDF(new org.apache.pdfbox.io.RandomAccessReadBuffer(content), "", null, null,
                org.apache.pdfbox.io.IOUtils.createTempFileOnlyStreamCache())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestException(name, "encrypted PDF whose permissions forbid text extraction");
            }
            if (pdf.getNumberOfPages() > TextLimits.MAX_PDF_PAGES) {
                throw new IngestException(name, "too long: " + pdf.getNumberOfPages() + " pages, more than "
                        + TextLimits.MAX_PDF_PAGES + " (split it into several files)");
            }
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd(PdfParagraphs.PARAGRAPH_END);
            stripper.setPageEnd(PdfParagraphs.PAGE_END);
            java.io.StringWriter text = new java.io.StringWriter();
            stripper.writeText(pdf, new java.io.FilterWriter(text) {
                private long written;

                @Override
                public void write(char[] chars, int offset, int length) throws IOException {
                    count(length);
                    super.write(chars, offset, length);
                }

                @Override
                public void write(String chars, int offset, int length) throws IOException {
                    count(length);
                    super.write(chars, offset, length);
                }

                @Override
                public void write(int c) throws IOException {
                    count(1);
                    super.write(c);
                }

                private void count(int length) {
                    written += length;
                    if (written > TextLimits.MAX_TEXT_CHARS) {
                        throw TextLimits.tooMuchText(name);
                    }
                }
            });
            return text.toString();
        } catch (InvalidPasswordException e) {
            throw new IngestException(name, "encrypted PDF (it cannot be opened without a password)", e);
        } catch (IngestException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file as IOException, and some kinds of damage as unchecked exceptions
            throw new IngestException(name, "corrupt PDF (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A text stripper that also notes the size of the text on the first page: the title of a printed
     * report is its largest text there, whatever small letterhead or header stands above it.
     */
    private static final class FirstPageSizes extends PDFTextStripper {
        /** How much larger than the page's usual text a title is, at least. */
        private static final double TITLE_RATIO = 1.2;
        /** How much two runs' sizes may differ and still be one size, in points. */
        private static final double SAME_SIZE = 0.5;
        private final List<Run> runs = new ArrayList<>();

        private record Run(String text, float size) {
        }

        FirstPageSizes() {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (getCurrentPageNo() == 1 && !text.isBlank()) {
                float size = (float) positions.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElse(0);
                runs.add(new Run(text.strip(), size));
            }
            super.writeString(text, positions);
        }

        /** The first page's largest text, its runs in order joined, when it stands out; else empty. */
        String title() {
            if (runs.isEmpty()) {
                return "";
            }
            float largest = (float) runs.stream().mapToDouble(Run::size).max().orElse(0);
            double[] sorted = runs.stream().mapToDouble(Run::size).sorted().toArray();
            double usual = sorted[sorted.length / 2];
            if (largest < TITLE_RATIO * usual) {
                return "";
            }
            StringBuilder title = new StringBuilder();
            boolean started = false;
            for (Run run : runs) {
                // a line of digits ("2023") may measure a shade smaller than the letters above it
                if (run.size() >= largest - SAME_SIZE) {
                    title.append(title.isEmpty() ? "" : " ").append(run.text());
                    started = true;
                } else if (started) {
                    break; // the title's lines are together
                }
            }
            return title.toString();
        }
    }
}
