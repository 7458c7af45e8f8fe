package vn.baocao.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.LockObtainFailedException;

/** Translates Lucene's I/O failures into an {@link IndexException} whose message a user can act on. */
final class Failures {
    private Failures() {
    }

    /** The plain-words exception for {@code e}, raised while {@code doing} (e.g. "reading", "committing"). */
    static IndexException of(Path directory, String doing, IOException e) {
        if (e instanceof LockObtainFailedException) {
            return new IndexException(directory, "is in use by another baocao process (only one may write it"
                    + " at a time; stop the other one or use another --index)", e);
        }
        if (isPermission(e)) {
            return new IndexException(directory, "cannot be " + (doing.startsWith("reading") || doing.startsWith("opening")
                    ? "read" : "written") + ": permission denied or read-only file system (while " + doing
                    + "); check the folder's permissions or use another --index", e);
        }
        if (isDamage(e)) {
            return new IndexException(directory, "is damaged or was written by an incompatible version"
                    + " (while " + doing + "); delete the directory and ingest the reports again", e);
        }
        return new IndexException(directory, "failed while " + doing + ": " + e.getMessage(), e);
    }

    private static boolean isPermission(IOException e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof ReadOnlyFileSystemException
                    || cause instanceof FileSystemException fs && fs.getReason() != null
                    && (fs.getReason().contains("Read-only") || fs.getReason().contains("Permission denied"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDamage(IOException e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof EOFException
                || e instanceof NoSuchFileException || e instanceof FileNotFoundException;
    }
}
