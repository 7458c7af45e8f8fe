package vn.baocao.bench;

import java.util.List;

/**
 * Every figure of one benchmark run, for the table and the JSON.
 *
 * @param plan        what was run
 * @param machine     where: Java version, cores, maximum heap
 * @param corpus      the synthetic archive
 * @param ingest      ingesting it
 * @param timings     one per operation and thread count, single-threaded first, operations in order
 * @param queryHeap   heap peaks while the questions ran
 * @param answers     how the timed single-threaded answers went, per question kind
 * @param startup     launch of a fresh JVM to the first line of its answer
 */
record BenchResult(BenchPlan plan, Machine machine, Corpus corpus, Ingest ingest, List<Timing> timings,
                   HeapWatch.Peaks queryHeap, AnswerTally answers, StartupProbe.Startup startup) {

    /** The JVM the benchmark ran in. */
    record Machine(String java, int cores, long maxHeapBytes) {
    }

    /** The archive: how many reports, their raw text, how long it took to write them. */
    record Corpus(int reports, long rawBytes, double seconds) {
    }

    /**
     * Ingesting the archive.
     *
     * @param passages   passages indexed
     * @param seconds    reading, parsing, indexing and the one commit
     * @param indexBytes size of the index directory once committed
     * @param heap       heap peaks during ingest
     */
    record Ingest(int reports, int passages, double seconds, long indexBytes, HeapWatch.Peaks heap) {
    }

    /** The operations timed, in order: the floor, then what our pipeline adds. */
    enum Operation {
        PLAIN_BM25("(a) raw BM25 top-10"), RETRIEVAL("(b) our retrieval top-10"), ANSWER("(c) full extractive answer");

        private final String label;

        Operation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One operation's run on some threads. */
    record Timing(Operation operation, Load.Run run) {
    }

    /** The timing of {@code operation} on {@code threads} threads. */
    public Load.Run timing(Operation operation, int threads) {
        return timings.stream().filter(t -> t.operation() == operation && t.run().threads() == threads)
                .map(Timing::run).findFirst().orElseThrow(() -> new IllegalArgumentException("no timing of " + operation
                        + " on " + threads + " threads"));
    }

    /** The thread counts timed: 1, then the plan's when it is more. */
    public List<Integer> threadCounts() {
        return plan.threads() == 1 ? List.of(1) : List.of(1, plan.threads());
    }

    /** Full answer over raw BM25 at the median, on {@code threads} threads. */
    public double answerOverBm25AtMedian(int threads) {
        return timing(Operation.ANSWER, threads).latencies().percentileMillis(50)
                / timing(Operation.PLAIN_BM25, threads).latencies().percentileMillis(50);
    }
}
