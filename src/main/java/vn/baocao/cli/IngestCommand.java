package vn.baocao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.IngestSummary;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;

/** {@code baocao ingest [--index DIR] PATH...}: files and folders into the index, idempotently. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest report files (txt, md, html, pdf, docx) and folders, recursively.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        IngestSummary summary;
        OlderIndexes.reingestIfOlder(index.dir());
        try (ReportIndex idx = ReportIndex.open(index.dir())) {
            summary = new Ingestor(new ReportParser(), idx).ingest(paths);
        }
        summary.skipped().forEach(s -> spec.commandLine().getErr().println("skipped " + Printable.of(s.path()) + ": " + s.reason()));
        spec.commandLine().getOut().printf("%s in %.1f s%n", summary.line(), (System.nanoTime() - start) / 1e9);
        return summary.skipped().isEmpty() ? 0 : 1;
    }
}
