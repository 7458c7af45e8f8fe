package vn.baocao.store;

import java.nio.file.Path;

/** The conversation store at a path cannot be opened, read or written; the message says which and why. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(Path file, String problem, Throwable cause) {
        super("conversation store " + file + " " + problem, cause);
    }
}
