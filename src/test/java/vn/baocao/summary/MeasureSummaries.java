package vn.baocao.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.baocao.answer.Answer;
import vn.baocao.chat.PlainText;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.Retriever;
import vn.baocao.testing.SampleIndex;

/**
 * Prints the extractive summary of each sample report and of a person, a year and a comparison, with
 * its length (text, and as a plain-text channel shows it with its sources), its number of citations,
 * and the median and 90th-percentile time to produce it over repeated runs (after a warm-up). Not a
 * test: run it by hand (the README has the command); pass {@code --quiet} to print only the figures.
 */
public final class MeasureSummaries {
    private static final int RUNS = 30;

    private MeasureSummaries() {
    }

    public static void main(String[] args) throws IOException {
        boolean quiet = List.of(args).contains("--quiet");
        Path dir = Files.createTempDirectory("baocao-summaries");
        try (ReportIndex index = SampleIndex.open(dir)) {
            Retriever retriever = new Retriever(index);
            Summaries summaries = new Summaries(retriever, new ExtractiveSummarizer(retriever));
            List<String> requests = new ArrayList<>();
            for (ReportInfo r : retriever.reports()) {
                requests.add(r.id());
            }
            requests.addAll(Arrays.asList("Bùi Thanh Sơn", "năm 2023", "so sánh sơ kết 2019 và 2023",
                    "tổng kết 2022 xem thêm"));
            for (String request : requests) {
                measure(summaries, request, quiet);
            }
        }
    }

    private static void measure(Summaries summaries, String request, boolean quiet) {
        for (int i = 0; i < 5; i++) {
            summaries.summarize(request);
        }
        long[] nanos = new long[RUNS];
        Answer answer = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            answer = summaries.summarize(request).answer();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String shown = PlainText.answer(answer, false);
        System.out.printf("%s: %d characters (%d with sources), %d citations, median %.1f ms, p90 %.1f ms%n", request,
                answer.text().length(), shown.length(), answer.citations().size(), nanos[RUNS / 2] / 1e6,
                nanos[RUNS * 9 / 10] / 1e6);
        if (!quiet) {
            System.out.println(shown);
            System.out.println("----");
        }
    }
}
