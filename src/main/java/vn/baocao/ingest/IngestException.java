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
    private final String reason;

    /** A failure of {@code file} for {@code reason}, with no underlying exception. */
    public IngestException(String file, String reason) {
        super(message(file, reason));
        this.file = file;
        this.reason = reason;
    }

    /** A failure of {@code file} for {@code reason}, caused by {@code cause}. */
    public IngestException(String file, String reason, Throwable cause) {
        super(message(file, reason), cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file (path, URL or upload name) that could not be ingested. */
    public String file() {
        return file;
    }

    /** Why it could not be ingested, in plain words ("corrupt PDF (…)"). */
    public String reason() {
        return reason;
    }

    private static String message(String file, String reason) {
        return "Cannot ingest " + file + ": " + reason;
    }
}
