package vn.baocao.ingest;

/**
 * Thrown when a file cannot be turned into a report; the message names the file and says why in
 * plain words ("Cannot ingest reports/a.pdf: corrupt PDF (…)").
 *
 * <p>The one exception type of this package: callers that ingest many files catch it per file,
 * report it and go on. A library failure behind it is kept as the cause.
 */
public class IngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;

    /** A failure of {@code file} for {@code reason}, with no underlying exception. */
    public IngestException(String file, String reason) {
        super(message(file, reason));
        this.file = file;
    }

    /** A failure of {@code file} for {@code reason}, caused by {@code cause}. */
    public IngestException(String file, String reason, Throwable cause) {
        super(message(file, reason), cause);
        this.file = file;
    }

    /** The file (path, URL or upload name) that could not be ingested. */
    public String file() {
        return file;
    }

    private static String message(String file, String reason) {
        return "Cannot ingest " + file + ": " + reason;
    }
}
