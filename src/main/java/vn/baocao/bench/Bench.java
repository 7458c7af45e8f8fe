package vn.baocao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.IngestSummary;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;
import vn.baocao.search.PlainBm25;
import vn.baocao.search.Retriever;
import vn.baocao.summary.ExtractiveSummarizer;
import vn.baocao.summary.Summaries;
import vn.baocao.summary.SummaryAnswerer;

/**
 * Runs the benchmark of a {@link BenchPlan}: writes the synthetic archive, ingests it, times raw BM25,
 * our retrieval and full answers on the same index side by side (one thread, then more), times a
 * fresh JVM's first answer, and removes the files unless asked to keep them. Progress goes to the log.
 */
public final class Bench {
    private static final Logger LOG = LoggerFactory.getLogger(Bench.class);
    /** Questions run through each operation before timing, so the JIT has compiled the hot paths. */
    private static final int WARM_UP = 500;
    private static final int TOP = 10;

    private final BenchPlan plan;
    private final Path root;

    private Bench(BenchPlan plan, Path root) {
        this.plan = plan;
        this.root = root;
    }

    /**
     * Runs {@code plan} and returns its figures.
     *
     * @throws IllegalStateException if a report fails to ingest or a step cannot run
     * @throws UncheckedIOException  if the files cannot be written or removed
     */
    public static BenchReport run(BenchPlan plan) {
        Path root = plan.keepsFiles() ? plan.dir() : temporaryDirectory();
        BenchResult result;
        try {
            result = new Bench(plan, root).run();
        } catch (RuntimeException e) {
            if (!plan.keepsFiles()) {
                try {
                    delete(root);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        if (!plan.keepsFiles()) {
            delete(root);
        }
        return new BenchReport(result, root);
    }

    private BenchResult run() {
        SyntheticReports reports = new SyntheticReports(plan.seed(), SampleSentences.load());
        BenchResult.Corpus corpus = generate(reports);
        BenchResult.Ingest ingest = ingest(corpus);
        List<QuestionMix.Question> questions = QuestionMix.of(plan.seed(), plan.questions(), reports.cast());
        AnswerTally answers = new AnswerTally();
        HeapWatch heap = HeapWatch.start();
        List<BenchResult.Timing> timings = time(questions, answers);
        HeapWatch.Peaks queryHeap = heap.stop();
        String first = questions.getFirst().text();
        LOG.info("timing start-up: a fresh JVM answering \"{}\"", first);
        StartupProbe.Startup startup = StartupProbe.toFirstAnswer(indexDir(), first, freshArchive());
        var machine = new BenchResult.Machine(Runtime.version().toString(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory());
        return new BenchResult(plan, machine, corpus, ingest, timings, queryHeap, answers, startup);
    }

    private BenchResult.Corpus generate(SyntheticReports reports) {
        LOG.info("writing {} synthetic reports (seed {}) to {}", plan.reports(), plan.seed(), corpusDir());
        long start = System.nanoTime();
        Corpus.Written written = Corpus.write(reports, plan.reports(), corpusDir());
        return new BenchResult.Corpus(written.reports(), written.bytes(), seconds(start));
    }

    private BenchResult.Ingest ingest(BenchResult.Corpus corpus) {
        LOG.info("ingesting {} reports into {}", corpus.reports(), indexDir());
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        IngestSummary summary;
        try (ReportIndex index = ReportIndex.open(indexDir())) {
            summary = new Ingestor(new ReportParser(), index).ingest(List.of(corpusDir()));
        }
        double seconds = seconds(start);
        HeapWatch.Peaks peaks = heap.stop();
        if (!summary.skipped().isEmpty() || summary.reports() != corpus.reports()) {
            throw new IllegalStateException("the synthetic archive did not ingest whole: " + summary.line()
                    + (summary.skipped().isEmpty() ? "" : "; first skipped: " + summary.skipped().getFirst()));
        }
        LOG.info("{} in {} s", summary.line(), String.format("%.1f", seconds));
        return new BenchResult.Ingest(summary.reports(), summary.passages(), seconds, sizeOf(indexDir()), peaks);
    }

    private List<BenchResult.Timing> time(List<QuestionMix.Question> questions, AnswerTally tally) {
        try (ReportIndex index = ReportIndex.open(indexDir())) {
            // as chat and the bots serve: with the catalogs built in the background, waited for here so that
            // no timed question races their build
            warmCatalogs(index);
            Operations operations = new Operations(index);
            List<QuestionMix.Question> warmUp = questions.subList(0, Math.min(WARM_UP, questions.size()));
            LOG.info("warming up: {} questions through each operation", warmUp.size());
            for (BenchResult.Operation operation : BenchResult.Operation.values()) {
                Load.run(warmUp, 1, operations.of(operation, new AnswerTally()));
            }
            List<BenchResult.Timing> timings = new ArrayList<>();
            for (int threads : plan.threads() == 1 ? List.of(1) : List.of(1, plan.threads())) {
                for (BenchResult.Operation operation : BenchResult.Operation.values()) {
                    LOG.info("timing {} on {} thread(s)", operation.label(), threads);
                    // the answers are the same on any thread count: the single-threaded run's are counted
                    AnswerTally counted = threads == 1 ? tally : new AnswerTally();
                    timings.add(new BenchResult.Timing(operation, Load.run(questions, threads,
                            operations.of(operation, counted))));
                }
            }
            return timings;
        }
    }

    private static void warmCatalogs(ReportIndex index) {
        try {
            index.keepCatalogsWarm(e -> {
                throw e;
            }).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("building the catalogs failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The three timed operations over one index. */
    private static final class Operations {
        private final Retriever retriever;
        private final PlainBm25 plain;
        private final Answerer answerer;

        Operations(ReportIndex index) {
            this.retriever = new Retriever(index);
            this.plain = new PlainBm25(index);
            // what a user of `ask` gets offline: summaries for summary questions, extractive answers otherwise
            this.answerer = new SummaryAnswerer(new ExtractiveAnswerer(retriever),
                    new Summaries(retriever, new ExtractiveSummarizer(retriever)));
        }

        /** {@code operation} as a function of a question; answers are counted in {@code tally}. */
        ToIntFunction<QuestionMix.Question> of(BenchResult.Operation operation, AnswerTally tally) {
            return switch (operation) {
                case PLAIN_BM25 -> q -> plain.top(q.text(), TOP).size();
                case RETRIEVAL -> q -> retriever.retrieve(retriever.parse(q.text()), TOP).size();
                case ANSWER -> q -> tally.count(q.kind(), answerer.answer(q.text()));
            };
        }
    }

    private Path corpusDir() {
        return root.resolve("reports");
    }

    private Path indexDir() {
        return root.resolve("index");
    }

    /** Where the start-up probe records its class-data archive; one left by an earlier run is removed. */
    private Path freshArchive() {
        Path archive = root.resolve("startup.jsa");
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the old class-data archive " + archive, e);
        }
        return archive;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(Bench::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the index in " + dir, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + file, e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("baocao-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the benchmark", e);
        }
    }

    private static void delete(Path root) {
        LOG.info("removing {}", root);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the benchmark's files in " + root, e);
        }
    }
}
