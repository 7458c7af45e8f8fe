package vn.baocao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.baocao.index.ReportIndex;

/**
 * One index of the sample reports for every test in a test run that only reads it: ingesting the samples takes
 * seconds, and these tests only read it. Closed and deleted when the JVM exits.
 */
public final class SharedIndex {
    private static ReportIndex index;

    private SharedIndex() {
    }

    public static synchronized ReportIndex get() {
        if (index == null) {
            try {
                Path dir = Files.createTempDirectory("baocao-shared-index");
                index = SampleIndex.open(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    index.close();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
