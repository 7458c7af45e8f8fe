package vn.baocao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.baocao.bench.Bench;
import vn.baocao.bench.BenchPlan;
import vn.baocao.bench.BenchReport;

/**
 * {@code baocao bench [--reports N] [--questions M] [--threads T] [--seed S] [--llm off] [--json] [--dir DIR]}:
 * generates a synthetic archive, ingests it and times raw BM25, our retrieval and full answers; prints
 * one table (or one JSON object) on standard output, progress on standard error.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark ingest, retrieval and answers on a synthetic archive of reports.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--reports", paramLabel = "N", defaultValue = "10000", description = "synthetic reports (default: ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--questions", paramLabel = "M", defaultValue = "2000", description = "questions per operation (default: ${DEFAULT-VALUE})")
    int questions;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "threads of the concurrent run (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the archive and the questions (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--llm", paramLabel = "off", defaultValue = "off", description = "answer composer to time; only 'off' (extractive) for now")
    String llm;

    @Option(names = "--json", description = "print one JSON object instead of the table")
    boolean json;

    @Option(names = "--dir", paramLabel = "DIR", description = "write reports and index here and keep them (default: a temporary directory, removed)")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BenchPlan plan = plan();
        BenchReport report = Bench.run(plan);
        if (json) {
            spec.commandLine().getOut().println(report.json());
        } else {
            spec.commandLine().getOut().print(report.table());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private BenchPlan plan() {
        if (reports <= 0 || questions <= 0 || threads <= 0) {
            throw new ParameterException(spec.commandLine(), "--reports, --questions and --threads must be > 0");
        }
        if (!"off".equals(llm)) {
            throw new ParameterException(spec.commandLine(), "--llm: only 'off' can be benchmarked (no LLM composer yet), was '" + llm + "'");
        }
        if (dir != null && !isEmptyOrMissing(dir)) {
            throw new ParameterException(spec.commandLine(), "--dir " + dir + " must be an empty or missing directory");
        }
        return new BenchPlan(reports, questions, threads, seed, dir);
    }

    private static boolean isEmptyOrMissing(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
