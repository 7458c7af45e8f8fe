package vn.baocao.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.baocao.report.Report;
import vn.baocao.report.Require;

/**
 * Turns one report file (.txt, .md, .html/.htm, .pdf, .docx, .eml) into a {@link Report}: cleaned text
 * cut into passages, with headline, date held, venue, meeting, URL and the people named.
 *
 * <p>Pure apart from reading the file: no index, no network. The same file always gives the same
 * report, so re-ingesting is idempotent: the id depends only on where the report came from, and the
 * content hash only on its cleaned text. Every failure — unsupported type, unreadable, too large,
 * corrupt or encrypted, not text, nothing left after cleaning — is an {@link IngestException} whose
 * message names the file. Instances are stateless and may be shared between threads.
 */
public final class ReportParser {
    /** The default size limit: 50 MB, far above any report, low enough to refuse a stray archive. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    private static final int ID_LENGTH = 16;

    private final long maxBytes;
    private final ReportAssembler assembler = new ReportAssembler();

    /** A parser that refuses files over {@link #DEFAULT_MAX_BYTES}. */
    public ReportParser() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A parser that refuses files over {@code maxBytes} bytes. */
    public ReportParser(long maxBytes) {
        Require.that(maxBytes > 0, "maxBytes must be > 0, was " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** True when {@code fileName}'s extension is one this parser reads (case-insensitive). */
    public static boolean supports(String fileName) {
        return DocumentFormat.of(Require.notNull(fileName, "file name")).isPresent();
    }

    /**
     * Parses a file. The report's source is {@code file.toString()} (or its URL when the text gives
     * one); its id is the first 16 hex digits of the SHA-256 of the absolute, normalised path.
     *
     * @throws IngestException naming the file when it cannot be read or is not a usable report
     */
    public Report parse(Path file) {
        Require.notNull(file, "file");
        String source = file.toString();
        if (DocumentFormat.of(String.valueOf(file.getFileName())).isEmpty() && !Files.exists(file)) {
            // "reports/2023" mistyped is a missing folder, not a file of an unsupported type
            throw new IngestException(source, "unreadable: no such file or folder");
        }
        DocumentFormat format = formatOf(String.valueOf(file.getFileName()), source);
        byte[] content = read(file, source);
        return parse(format, content, source, id(file.toAbsolutePath().normalize().toString()));
    }

    /**
     * Parses content that is not a file of its own: a sample on the class path, an uploaded document.
     *
     * @param fileName its name, whose extension gives the format
     * @param content  the bytes
     * @param source   where it came from, e.g. "samples/000.txt"; the report's id is derived from it
     * @throws IngestException naming {@code source} when the content is not a usable report
     */
    public Report parse(String fileName, byte[] content, String source) {
        Require.notBlank(fileName, "file name");
        Require.notNull(content, "content");
        Require.notBlank(source, "source");
        DocumentFormat format = formatOf(fileName, source);
        checkSize(content.length, source);
        return parse(format, content, source, id(source));
    }

    private Report parse(DocumentFormat format, byte[] content, String source, String id) {
        RawDocument document = format.reader().read(source, content);
        TextLimits.checkText(source, TextLimits.textOf(document));
        return assembler.assemble(id, source, document);
    }

    private static DocumentFormat formatOf(String fileName, String source) {
        return DocumentFormat.of(fileName).orElseThrow(() -> new IngestException(source,
                "unsupported file type (supported: " + supportedExtensions() + ")"));
    }

    private byte[] read(Path file, String source) {
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException(source, "unreadable: it is a directory, not a file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a FIFO or a device would block the read, or never end it
                throw new IngestException(source, "not a regular file (a pipe, socket or device)");
            }
            checkSize(Files.size(file), source);
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(source, "unreadable: no such file", e);
        } catch (AccessDeniedException e) {
            throw new IngestException(source, "unreadable: permission denied", e);
        } catch (IOException e) {
            throw new IngestException(source, "unreadable: " + e.getMessage(), e);
        }
    }

    private void checkSize(long size, String source) {
        if (size > maxBytes) {
            throw new IngestException(source, "too large (" + size + " bytes; the limit is " + maxBytes + ")");
        }
    }

    private static String id(String origin) {
        return Digests.sha256(origin).substring(0, ID_LENGTH);
    }

    private static String supportedExtensions() {
        return Arrays.stream(DocumentFormat.values()).map(DocumentFormat::extensions)
                .flatMap(Arrays::stream).map(extension -> "." + extension).collect(Collectors.joining(", "));
    }
}
