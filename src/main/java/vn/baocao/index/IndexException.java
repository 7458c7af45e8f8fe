package vn.baocao.index;

import java.nio.file.Path;

/**
 * The index at a path cannot be used: it is not a baocao index, it is corrupt, another process is
 * writing it, or the disk failed. The message names the path and the reason in plain words, fit to
 * show a user; the Lucene exception, if any, is the cause.
 */
public class IndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path directory;

    /** An exception reading "index {@code directory} {@code problem}". */
    public IndexException(Path directory, String problem, Throwable cause) {
        super("index " + directory + " " + problem, cause);
        this.directory = directory;
    }

    /** An exception without an underlying cause. */
    public IndexException(Path directory, String problem) {
        this(directory, problem, null);
    }

    /** The index directory concerned. */
    public Path directory() {
        return directory;
    }
}
