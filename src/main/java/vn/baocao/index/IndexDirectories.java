package vn.baocao.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.FSDirectory;

/** Opens the directory of an index, refusing one that holds something other than an index. */
final class IndexDirectories {
    /**
     * Files that may sit in a directory that holds no index yet: the repository's {@code index/README.md}
     * and a write lock left behind by a process that never committed (dot-files such as {@code .gitkeep} too).
     */
    private static final List<String> HARMLESS = List.of("README.md", "write.lock");
    /** Segment files of a first ingest that crashed before committing; the writer deletes them. */
    private static final Pattern UNCOMMITTED_SEGMENT = IndexFileNames.CODEC_FILE_PATTERN;

    private IndexDirectories() {
    }

    /** Creates {@code path} if missing and opens it; throws {@link IndexException} if it is unusable. */
    static FSDirectory open(Path path) {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new IndexException(path, "is a file, not a directory");
        }
        try {
            Files.createDirectories(path);
            FSDirectory directory = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(directory)) {
                refuseForeignFiles(path, directory);
            }
            return directory;
        } catch (IOException e) {
            throw Failures.of(path, "opening", e);
        }
    }

    private static void refuseForeignFiles(Path path, FSDirectory directory) throws IOException {
        List<String> foreign;
        try (Stream<Path> entries = Files.list(path)) {
            foreign = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !HARMLESS.contains(name)
                            && !UNCOMMITTED_SEGMENT.matcher(name).matches())
                    .sorted().limit(3).toList();
        }
        if (!foreign.isEmpty()) {
            directory.close();
            throw new IndexException(path, "is not a baocao index and is not empty (it holds "
                    + String.join(", ", foreign) + "); give an empty or new directory");
        }
    }
}
