package vn.baocao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of the whole benchmark with tiny numbers: every figure is there (speed is never asserted). */
class BenchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static BenchReport report;

    @BeforeAll
    static void runATinyBenchmark() {
        report = Bench.run(new BenchPlan(30, 20, 2, 7, dir.resolve("kept")));
    }

    @Test
    void tableHasEveryFigure() {
        String table = report.table();
        assertThat(table).contains("30 reports, 20 questions, 2 thread(s), seed 7", "reports/s", "MB/s",
                "x raw text", "heap, ingest", "heap, questions", "peak used", "1 thread", "2 threads",
                "p50", "p95", "p99", "q/s", "(c)/(a) at p50", "start-up to first answer", "answers (1 thread)");
        for (String row : List.of("(a) raw BM25 top-10", "(b) our retrieval top-10", "(c) full extractive answer")) {
            // the row label, then three latencies and a throughput for each of the two thread counts
            assertThat(table).containsPattern("(?m)^" + java.util.regex.Pattern.quote(row)
                    + " +(\\| +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ *){2}$");
        }
    }

    @Test
    void jsonHasEveryFigure() throws Exception {
        JsonNode json = JSON.readTree(report.json());
        assertThat(json.fieldNames()).toIterable().containsExactly("plan", "machine", "corpus", "ingest", "query_heap",
                "timings", "answer_over_bm25_p50", "answers", "startup_to_first_answer_seconds", "startup_first_run_seconds");
        assertThat(json.at("/corpus/reports").asInt()).isEqualTo(30);
        assertThat(json.at("/ingest/reports").asInt()).isEqualTo(30);
        for (String figure : List.of("/corpus/raw_bytes", "/ingest/passages", "/ingest/seconds", "/ingest/reports_per_second",
                "/ingest/mb_per_second", "/ingest/index_bytes", "/ingest/index_to_raw", "/ingest/heap/peak_used_bytes",
                "/query_heap/peak_used_bytes", "/answer_over_bm25_p50/1",
                "/answer_over_bm25_p50/2", "/startup_to_first_answer_seconds", "/startup_first_run_seconds")) {
            assertThat(json.at(figure).asDouble()).as(figure).isPositive();
        }
        // 0 when no collection ran during a phase this short
        assertThat(json.at("/ingest/heap/peak_after_gc_bytes").asLong()).isNotNegative();
        assertThat(json.get("timings")).hasSize(6);
        for (JsonNode timing : json.get("timings")) {
            assertThat(timing.get("questions").asInt()).isEqualTo(20);
            for (String figure : List.of("p50_ms", "p95_ms", "p99_ms", "mean_ms", "max_ms", "per_second")) {
                assertThat(timing.get(figure).asDouble()).as(timing + " " + figure).isPositive();
            }
        }
        assertThat(json.get("timings").findValuesAsText("operation")).containsExactly("plain_bm25", "retrieval", "answer",
                "plain_bm25", "retrieval", "answer");
        int counted = 0;
        for (JsonNode kind : json.get("answers")) {
            counted += kind.get("answered").asInt() + kind.get("abstained").asInt();
        }
        assertThat(counted).isEqualTo(20);
    }

    @Test
    void keepsTheReportsAndTheIndexInTheGivenDirectory() {
        assertThat(dir.resolve("kept/reports/0000/report-0000029.txt")).isRegularFile();
        assertThat(dir.resolve("kept/index")).isDirectory();
    }

    @Test
    void removesItsTemporaryDirectory() {
        // asked of the run itself, not by listing the temporary folder, where another bench may be writing
        BenchReport report = Bench.run(new BenchPlan(3, 2, 1, 7, null));

        assertThat(report.dir().getFileName().toString()).startsWith("baocao-bench-");
        assertThat(report.dir().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(report.dir()).doesNotExist();
    }
}
