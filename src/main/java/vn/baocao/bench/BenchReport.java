package vn.baocao.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The figures of a benchmark run, as one table for people or one JSON object for machines. Both carry
 * every figure; the JSON keeps full precision and plain units (bytes, milliseconds, seconds).
 */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double MB = 1024.0 * 1024.0;

    private final BenchResult result;
    private final Path dir;

    BenchReport(BenchResult result, Path dir) {
        this.result = result;
        this.dir = dir;
    }

    /** Where the run wrote its archive and index: the folder asked for, or a temporary one it has removed. */
    public Path dir() {
        return dir;
    }

    /** The table, several lines ending with a line break. */
    public String table() {
        return BenchTable.render(result);
    }

    /** One JSON object on one line, without a line break. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        BenchPlan plan = result.plan();
        root.putObject("plan").put("reports", plan.reports()).put("questions", plan.questions())
                .put("threads", plan.threads()).put("seed", plan.seed()).put("llm", "off");
        root.putObject("machine").put("java", result.machine().java()).put("cores", result.machine().cores())
                .put("max_heap_bytes", result.machine().maxHeapBytes());
        var corpus = result.corpus();
        root.putObject("corpus").put("reports", corpus.reports()).put("raw_bytes", corpus.rawBytes())
                .put("seconds", corpus.seconds());
        var ingest = result.ingest();
        ObjectNode in = root.putObject("ingest").put("reports", ingest.reports()).put("passages", ingest.passages())
                .put("seconds", ingest.seconds()).put("reports_per_second", ingest.reports() / ingest.seconds())
                .put("mb_per_second", corpus.rawBytes() / MB / ingest.seconds())
                .put("index_bytes", ingest.indexBytes()).put("index_to_raw", (double) ingest.indexBytes() / corpus.rawBytes());
        heap(in.putObject("heap"), ingest.heap());
        heap(root.putObject("query_heap"), result.queryHeap());
        var timings = root.putArray("timings");
        for (BenchResult.Timing t : result.timings()) {
            Latencies l = t.run().latencies();
            timings.addObject().put("operation", t.operation().name().toLowerCase(Locale.ROOT))
                    .put("threads", t.run().threads()).put("questions", l.count())
                    .put("p50_ms", l.percentileMillis(50)).put("p95_ms", l.percentileMillis(95))
                    .put("p99_ms", l.percentileMillis(99)).put("mean_ms", l.meanMillis()).put("max_ms", l.maxMillis())
                    .put("per_second", t.run().throughput());
        }
        ObjectNode ratio = root.putObject("answer_over_bm25_p50");
        result.threadCounts().forEach(threads -> ratio.put(Integer.toString(threads), result.answerOverBm25AtMedian(threads)));
        ObjectNode answers = root.putObject("answers");
        for (QuestionMix.Kind kind : QuestionMix.Kind.values()) {
            answers.putObject(kind.name().toLowerCase(Locale.ROOT)).put("answered", result.answers().answered(kind))
                    .put("abstained", result.answers().abstained(kind));
        }
        root.put("startup_to_first_answer_seconds", result.startup().seconds());
        root.put("startup_first_run_seconds", result.startup().firstRun());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of numbers and strings always serialises", e);
        }
    }

    private static void heap(ObjectNode node, HeapWatch.Peaks peaks) {
        node.put("peak_used_bytes", peaks.usedBytes()).put("peak_after_gc_bytes", peaks.liveBytes());
    }
}
