package vn.baocao.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures how much CPU {@link ReportParser} spends per report: parses the first {@code n} files of a
 * folder (walked recursively, in path order) once to warm up, then again on one thread, and prints the
 * CPU milliseconds per report and the reports per second of the second pass.
 *
 * <p>A main, not a test: speed is measured, never asserted. CPU time of the current thread is what it
 * reports first because wall time on a shared machine depends on what else runs there; a file the
 * parser refuses counts as parsed, as ingest would report and skip it.
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) vn.baocao.ingest.ParseThroughput DIR [N]</pre>
 */
public final class ParseThroughput {
    private static final int DEFAULT_COUNT = 2_000;

    private ParseThroughput() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ParseThroughput <dir> [n]");
            System.exit(2);
        }
        int count = args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_COUNT;
        List<Path> files = firstFiles(Path.of(args[0]), count);
        ReportParser parser = new ReportParser();
        parseAll(parser, files);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        int refused = parseAll(parser, files);
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        double wallMs = (System.nanoTime() - wallStart) / 1e6;
        System.out.printf("%d reports (%d refused): %.3f CPU ms/report, %.0f reports/s (wall %.0f ms)%n",
                files.size(), refused, cpuMs / files.size(), files.size() * 1000 / wallMs, wallMs);
    }

    private static List<Path> firstFiles(Path dir, int count) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).filter(p -> ReportParser.supports(p.toString()))
                    .sorted().limit(count).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Parses every file; returns how many were refused. */
    private static int parseAll(ReportParser parser, List<Path> files) {
        int refused = 0;
        for (Path file : files) {
            try {
                parser.parse(file);
            } catch (IngestException e) {
                refused++;
            }
        }
        return refused;
    }
}
