package vn.baocao.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The file formats a report can come in, told apart by file extension (case-insensitive). */
enum DocumentFormat {
    TEXT(PlainTextReader::new, "txt"),
    MARKDOWN(MarkdownReader::new, "md", "markdown"),
    HTML(HtmlReader::new, "html", "htm"),
    PDF(PdfReader::new, "pdf"),
    DOCX(DocxReader::new, "docx"),
    EMAIL(EmailReader::new, "eml");

    private final Supplier<DocumentReader> reader;
    private final String[] extensions;

    DocumentFormat(Supplier<DocumentReader> reader, String... extensions) {
        this.reader = reader;
        this.extensions = extensions;
    }

    /** The format of a file called {@code fileName}, or empty when its extension is not supported. */
    static Optional<DocumentFormat> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> Arrays.asList(format.extensions).contains(extension))
                .findFirst();
    }

    /** The extensions of this format, lower case, without the dot. */
    String[] extensions() {
        return extensions.clone();
    }

    /** A reader for this format. */
    DocumentReader reader() {
        return reader.get();
    }
}
