package vn.baocao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.PlainBm25;
import vn.baocao.search.Retriever;
import vn.baocao.summary.ExtractiveSummarizer;
import vn.baocao.summary.SummaryAnswerer;
import vn.baocao.summary.Summaries;

/**
 * Measures the CPU time of the bench's questions over an existing index, per question kind, on one
 * thread — robust to other work on the machine, unlike the bench's wall-clock latencies. A development
 * tool, not a test: {@code AnswerCost <index dir> [questions] [seed]}, the archive written by
 * {@code baocao bench --dir DIR} with the same seed. With {@code -Danswers=FILE} it also writes every
 * question and its answer there, so that a change meant to keep answers can be checked to keep them.
 */
public final class AnswerCost {
    private AnswerCost() {
    }

    public static void main(String[] args) {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (ReportIndex index = ReportIndex.open(Path.of(args[0]))) {
            Retriever retriever = new Retriever(index);
            PlainBm25 plain = new PlainBm25(index);
            Answerer answerer = new SummaryAnswerer(new ExtractiveAnswerer(retriever),
                    new Summaries(retriever, new ExtractiveSummarizer(retriever)));
            List<QuestionMix.Question> questions = QuestionMix.of(seed, count, new Cast(seed));
            for (int round = 0; round < 2; round++) { // the first round warms the JIT up
                Map<QuestionMix.Kind, long[]> byKind = new EnumMap<>(QuestionMix.Kind.class);
                long[] all = new long[questions.size()];
                long[] bm25 = new long[questions.size()];
                for (int i = 0; i < questions.size(); i++) {
                    QuestionMix.Question q = questions.get(i);
                    long start = cpu.getCurrentThreadCpuTime();
                    plain.top(q.text(), 10);
                    long middle = cpu.getCurrentThreadCpuTime();
                    answerer.answer(q.text());
                    all[i] = cpu.getCurrentThreadCpuTime() - middle;
                    bm25[i] = middle - start;
                    long[] kind = byKind.computeIfAbsent(q.kind(), k -> new long[0]);
                    kind = Arrays.copyOf(kind, kind.length + 1);
                    kind[kind.length - 1] = all[i];
                    byKind.put(q.kind(), kind);
                }
                System.out.printf("round %d: answer %s | bm25 %s%n", round, line(all), line(bm25));
                if (round == 0 && System.getProperty("answers") != null) {
                    writeAnswers(Path.of(System.getProperty("answers")), questions, answerer);
                }
                byKind.forEach((kind, times) -> System.out.printf("  %-12s %s%n", kind, line(times)));
            }
        }
    }

    private static void writeAnswers(Path file, List<QuestionMix.Question> questions, Answerer answerer) {
        StringBuilder out = new StringBuilder();
        for (QuestionMix.Question q : questions) {
            out.append("Q ").append(q.text()).append('\n').append(answerer.answer(q.text())).append("\n\n");
        }
        try {
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String line(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f p95 %.2f max %.2f mean %.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 95 / 100] / 1e6, sorted[sorted.length - 1] / 1e6,
                Arrays.stream(sorted).average().orElse(0) / 1e6);
    }
}
