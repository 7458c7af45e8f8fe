package vn.baocao.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.baocao.index.ReportIndex;
import vn.baocao.testing.SampleIndex;

/**
 * One index of the sample reports for all the bot's tests in a test run: ingesting the samples takes
 * seconds, and these tests only read it. Closed and deleted when the JVM exits.
 */
public final class SharedIndex {
    private static ReportIndex index;

    private SharedIndex() {
    }

    public static synchronized ReportIndex get() {
        if (index == null) {
            try {
                Path dir = Files.createTempDirectory("baocao-telegram-tests");
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
