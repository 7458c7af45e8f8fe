package vn.baocao.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
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
        if (isDamage(e)) {
            return new IndexException(directory, "is damaged or was written by an incompatible version"
                    + " (while " + doing + "); delete the directory and ingest the reports again", e);
        }
        return new IndexException(directory, "failed while " + doing + ": " + e.getMessage(), e);
    }

    private static boolean isDamage(IOException e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof EOFException
                || e instanceof NoSuchFileException || e instanceof FileNotFoundException;
    }
}
