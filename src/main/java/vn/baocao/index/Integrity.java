package vn.baocao.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Verifies the checksums of every file of the index's commit when it is opened, so that an index damaged
 * on disk is reported before it answers instead of answering from broken data. Reading every file costs
 * time in proportion to the index, so it is done once per change of its files: the names, sizes and
 * modification times verified are kept in {@value #STAMP} beside them, and an index whose files still
 * match is not read again. (Damage that changes a file without changing its size or time — a failing
 * disk — is what Lucene's own checks on each read are for.)
 */
final class Integrity {
    static final String STAMP = "verified.stamp";

    private Integrity() {
    }

    /**
     * Verifies the commit {@code reader} is open on, unless it was verified as it is.
     *
     * @throws org.apache.lucene.index.CorruptIndexException when a file's checksum does not match
     */
    static void verifyIfChanged(Path dir, DirectoryReader reader) throws IOException {
        String stamp = stampOf(dir, reader);
        Path file = dir.resolve(STAMP);
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(stamp)) {
            return;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            leaf.reader().checkIntegrity();
        }
        remember(dir, file, stamp);
    }

    /** Notes that the commit {@code reader} is open on is whole: this process just wrote it. */
    static void trust(Path dir, DirectoryReader reader) throws IOException {
        remember(dir, dir.resolve(STAMP), stampOf(dir, reader));
    }

    private static void remember(Path dir, Path file, String stamp) {
        try {
            Path temp = Files.createTempFile(dir, STAMP, ".tmp");
            Files.writeString(temp, stamp, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a read-only index cannot keep the stamp: it is verified at each open instead
        }
    }

    private static String stampOf(Path dir, DirectoryReader reader) throws IOException {
        List<String> names = new ArrayList<>(reader.getIndexCommit().getFileNames());
        names.sort(null);
        StringBuilder stamp = new StringBuilder();
        for (String name : names) {
            Path f = dir.resolve(name);
            try {
                stamp.append(name).append(' ').append(Files.size(f)).append(' ')
                        .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
            } catch (NoSuchFileException e) {
                throw new org.apache.lucene.index.CorruptIndexException("a file of the commit is missing", name, e);
            }
        }
        return stamp.toString();
    }
}
