package vn.baocao.bench;

import java.util.List;
import java.util.Locale;

/** Renders a {@link BenchResult} as the one table {@code baocao bench} prints. */
final class BenchTable {
    private static final double MB = 1024.0 * 1024.0;

    private BenchTable() {
    }

    static String render(BenchResult r) {
        StringBuilder out = new StringBuilder();
        BenchPlan plan = r.plan();
        line(out, "baocao bench: %d reports, %d questions, %d thread(s), seed %d, llm off; Java %s, %d cores, max heap %.0f MB",
                plan.reports(), plan.questions(), plan.threads(), plan.seed(), r.machine().java(), r.machine().cores(),
                r.machine().maxHeapBytes() / MB);
        var corpus = r.corpus();
        var ingest = r.ingest();
        line(out, "%-28s %s", "corpus", String.format(Locale.ROOT, "%d reports, %.1f MB raw text (written in %.1f s)",
                corpus.reports(), corpus.rawBytes() / MB, corpus.seconds()));
        line(out, "%-28s %s", "ingest", String.format(Locale.ROOT, "%d reports, %d passages in %.1f s: %.0f reports/s, %.2f MB/s",
                ingest.reports(), ingest.passages(), ingest.seconds(), ingest.reports() / ingest.seconds(),
                corpus.rawBytes() / MB / ingest.seconds()));
        line(out, "%-28s %s", "index size", String.format(Locale.ROOT, "%.1f MB = %.2f x raw text",
                ingest.indexBytes() / MB, (double) ingest.indexBytes() / corpus.rawBytes()));
        line(out, "%-28s %s", "heap, ingest", heap(ingest.heap()));
        line(out, "%-28s %s", "heap, questions", heap(r.queryHeap()));
        out.append('\n');
        List<Integer> threads = r.threadCounts();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-28s", "latency ms / throughput"));
        threads.forEach(t -> head.append(String.format(Locale.ROOT, " | %-33s", t + (t == 1 ? " thread" : " threads"))));
        line(out, "%s", head);
        StringBuilder sub = new StringBuilder(String.format(Locale.ROOT, "%-28s", ""));
        threads.forEach(t -> sub.append(String.format(Locale.ROOT, " | %7s %7s %7s %9s", "p50", "p95", "p99", "q/s")));
        line(out, "%s", sub);
        for (BenchResult.Operation op : BenchResult.Operation.values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-28s", op.label()));
            for (int t : threads) {
                Load.Run run = r.timing(op, t);
                Latencies l = run.latencies();
                row.append(String.format(Locale.ROOT, " | %7.2f %7.2f %7.2f %9.1f", l.percentileMillis(50),
                        l.percentileMillis(95), l.percentileMillis(99), run.throughput()));
            }
            line(out, "%s", row);
        }
        StringBuilder ratio = new StringBuilder(String.format(Locale.ROOT, "%-28s", "(c)/(a) at p50"));
        threads.forEach(t -> ratio.append(String.format(Locale.ROOT, " | %7.1f %25s", r.answerOverBm25AtMedian(t), "")));
        line(out, "%s", ratio.toString().stripTrailing());
        out.append('\n');
        line(out, "%-28s %.2f s (fresh JVM: `ask --index DIR QUESTION`; %.2f s on the first run after a build,"
                + " which records the class-data archive)", "start-up to first answer", r.startup().seconds(), r.startup().firstRun());
        line(out, "%-28s %s", "answers (1 thread)", tally(r.answers()));
        return out.toString();
    }

    private static String heap(HeapWatch.Peaks peaks) {
        // a short phase may see no collection at all: then nothing is known of the live heap
        String afterGc = peaks.liveBytes() == 0 ? "no GC ran"
                : String.format(Locale.ROOT, "peak after GC %.0f MB", peaks.liveBytes() / MB);
        return String.format(Locale.ROOT, "peak used %.0f MB, %s", peaks.usedBytes() / MB, afterGc);
    }

    private static String tally(AnswerTally tally) {
        StringBuilder text = new StringBuilder();
        for (QuestionMix.Kind kind : QuestionMix.Kind.values()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(kind.name().toLowerCase(Locale.ROOT)).append(' ').append(tally.answered(kind)).append('/')
                    .append(tally.answered(kind) + tally.abstained(kind));
        }
        return text + " answered (the rest abstained)";
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
