package vn.baocao.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.baocao.index.PreparedReport;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.Report;

/**
 * Measures, in CPU time of the calling thread (robust to other work on the machine), what each stage
 * of an ingest costs per report: parsing, preparing the index documents, and staging plus committing
 * them. A development tool, not a test: {@code IndexingCost <reports dir> [n] [rounds]}, after {@code
 * mvn test-compile dependency:build-classpath}; it writes a throw-away index under the temp directory.
 */
public final class IndexingCost {
    private IndexingCost() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.walk(Path.of(args[0]))) {
            files = listed.filter(Files::isRegularFile).sorted().limit(args.length > 1 ? Integer.parseInt(args[1]) : 2000).toList();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ReportParser parser = new ReportParser();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        for (int round = 0; round < rounds; round++) { // the first rounds warm the JIT up
            long start = cpu.getCurrentThreadCpuTime();
            List<Report> reports = new ArrayList<>();
            files.forEach(f -> reports.add(parser.parse(f)));
            long parsed = cpu.getCurrentThreadCpuTime();
            List<PreparedReport> prepared = new ArrayList<>();
            reports.forEach(r -> prepared.add(PreparedReport.of(r)));
            long preparedAt = cpu.getCurrentThreadCpuTime();
            Path dir = Files.createTempDirectory("baocao-indexing-cost");
            try (ReportIndex index = ReportIndex.open(dir)) {
                prepared.forEach(index::put);
                index.commit();
            }
            long indexed = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d, %d reports, CPU ms per report: parse %.2f, prepare %.2f, put+commit %.2f%n",
                    round, files.size(), (parsed - start) / 1e6 / files.size(), (preparedAt - parsed) / 1e6 / files.size(),
                    (indexed - preparedAt) / 1e6 / files.size());
        }
    }
}
