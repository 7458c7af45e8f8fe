package vn.baocao.store;

import java.nio.file.Path;

/** A store file (conversations, delivery journal) cannot be opened, read or written; the message says which and why. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(Path file, String problem, Throwable cause) {
        super(file + " " + problem, cause);
    }
}
