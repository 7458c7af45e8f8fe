package vn.baocao.summary;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.answer.Answer;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.Meeting;
import vn.baocao.report.Person;
import vn.baocao.search.Retriever;
import vn.baocao.text.VietnameseText;

/**
 * Times summaries over an existing index (a synthetic archive from {@code baocao bench}, say) as the
 * answerer meets them: the benchmark's two summary questions over every year and diplomatic conference
 * number the archive has (a conference), then a few years and the most frequent speaker (a period, a
 * person). After a warm-up round, prints p50, p95 and max milliseconds of each group, wall clock and
 * the answering thread's CPU time (the steadier figure on a shared machine), and each request's title line. Not a test: run it by hand,
 * {@code java -cp … vn.baocao.summary.SummaryLatency <indexDir> [rounds]}; it only reads the index.
 */
public final class SummaryLatency {
    // the years and numbers of bench.SyntheticReports, whose question templates these are (bench.QuestionMix)
    private static final int FIRST_YEAR = 2001;
    private static final int LAST_YEAR = 2025;
    private static final int FIRST_ORDINAL = 23;
    private static final int YEARS_PER_ORDINAL = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SummaryLatency() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: SummaryLatency <indexDir> [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (ReportIndex index = ReportIndex.open(Path.of(args[0]))) {
            Retriever retriever = new Retriever(index);
            Summaries summaries = new Summaries(retriever, new ExtractiveSummarizer(retriever));
            long start = System.nanoTime();
            int meetings = retriever.meetings().size();
            System.out.printf("%d reports, %d conferences (catalogue read in %.0f ms)%n", retriever.reports().size(),
                    meetings, (System.nanoTime() - start) / 1e6);
            time("conference (bench mix)", conferenceQuestions(), summaries, rounds);
            time("period and person", periodAndPersonQuestions(retriever), summaries, rounds);
        }
    }

    /** The two summary templates of the benchmark's mix, every other one without diacritics as the mix types them. */
    private static List<String> conferenceQuestions() {
        List<String> questions = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int ordinal = FIRST_ORDINAL + Math.floorDiv(year - FIRST_YEAR, YEARS_PER_ORDINAL);
            questions.add("Tóm tắt hội nghị tổng kết công tác ngoại giao năm " + (year - 1));
            questions.add(VietnameseText.fold("Tóm tắt Hội nghị Ngoại giao lần thứ " + ordinal));
        }
        return questions;
    }

    private static List<String> periodAndPersonQuestions(Retriever retriever) {
        Map<String, Integer> spoken = new HashMap<>();
        Map<String, Person> byName = new HashMap<>();
        for (Meeting m : retriever.meetings()) {
            for (Person p : m.speakers()) {
                spoken.merge(p.name(), 1, Integer::sum);
                byName.put(p.name(), p);
            }
        }
        String busiest = spoken.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElseThrow();
        return List.of("Tóm tắt năm 2014", "tom tat nam 2020", "Tóm tắt các năm 2010–2012",
                "Tóm tắt phát biểu của " + byName.get(busiest).name());
    }

    private static void time(String group, List<String> questions, Summaries summaries, int rounds) {
        for (String q : questions) {
            Answer a = summaries.answer(q).orElseThrow(() -> new IllegalStateException("no summary for " + q));
            System.out.printf("  %s → %s (%d characters, %d citations)%n", q, a.text().lines().findFirst().orElse(""),
                    a.text().length(), a.citations().size());
        }
        long[] wall = new long[questions.size() * rounds];
        long[] cpu = new long[wall.length];
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (String q : questions) {
                long start = System.nanoTime();
                long startCpu = THREADS.getCurrentThreadCpuTime();
                summaries.answer(q);
                cpu[i] = THREADS.getCurrentThreadCpuTime() - startCpu;
                wall[i++] = System.nanoTime() - start;
            }
        }
        System.out.printf("%s: %d summaries × %d rounds: wall %s; cpu %s%n", group, questions.size(), rounds,
                percentiles(wall), percentiles(cpu));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
