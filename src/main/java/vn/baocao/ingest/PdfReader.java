package vn.baocao.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text of a PDF with PDFBox, in reading order, and rebuilds its paragraphs from the
 * visual lines (see {@link PdfParagraphs}).
 *
 * <p>PDFBox marks a paragraph where the vertical gap or the indentation grows; those marks and the
 * page ends are kept as separators for the rebuild. A PDF that needs a password, or forbids text
 * extraction, is refused as encrypted; anything PDFBox cannot parse is refused as corrupt.
 */
final class PdfReader implements DocumentReader {
    @Override
    public RawDocument read(String name, byte[] content) {
        return RawDocument.of(PdfParagraphs.of(extractText(name, content)));
    }

    private static String extractText(String name, byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestException(name, "encrypted PDF whose permissions forbid text extraction");
            }
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd(PdfParagraphs.PARAGRAPH_END);
            stripper.setPageEnd(PdfParagraphs.PAGE_END);
            return stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new IngestException(name, "encrypted PDF (it cannot be opened without a password)", e);
        } catch (IngestException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file as IOException, and some kinds of damage as unchecked exceptions
            throw new IngestException(name, "corrupt PDF (" + e.getMessage() + ")", e);
        }
    }
}
