package vn.baocao.answer.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.baocao.answer.Answer;
import vn.baocao.config.LlmSettings.Provider;
import vn.baocao.testing.FakeModelServer;

/**
 * Measures, against the local fake model server, (1) the share of canned failure cases
 * ({@link FailureCases}, both APIs) that end in the extractive answer, and (2) the latency the LLM path
 * adds to the extractive one when the server answers at once: our own overhead (condensing aside:
 * retrieval of the sources, prompt, HTTP round trip, JSON, checks). A runnable measurement, not a test:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) vn.baocao.answer.llm.MeasureLlmPath
 * </pre>
 */
public final class MeasureLlmPath {
    private static final int ROUNDS = 5;

    private MeasureLlmPath() {
    }

    public static void main(String[] args) {
        Composers composers = Composers.shared();
        fallbackShare(composers);
        overhead(composers);
        System.exit(0);
    }

    private static void fallbackShare(Composers composers) {
        Answer expected = composers.extractive.answer(FailureCases.QUESTION);
        int right = 0;
        int all = 0;
        for (Provider provider : List.of(Provider.OPENAI, Provider.OLLAMA)) {
            for (FailureCases.Case failure : FailureCases.all()) {
                try (FakeModelServer server = new FakeModelServer()) {
                    if (failure.canned() != null) {
                        server.then(failure.canned());
                    }
                    LlmAnswerer llm = composers.llm(provider, failure.canned() == null ? null : server,
                            Duration.ofMillis(500));
                    boolean ok = llm.answer(FailureCases.QUESTION).equals(expected);
                    right += ok ? 1 : 0;
                    all++;
                    System.out.printf("%-7s %-36s %s%n", provider, failure.name(), ok ? "extractive answer" : "WRONG");
                }
            }
        }
        System.out.printf("canned failure cases that fall back to the extractive answer: %d/%d%n", right, all);
    }

    private static void overhead(Composers composers) {
        List<String> questions = answerable(composers);
        try (FakeModelServer server = new FakeModelServer()) {
            LlmAnswerer llm = composers.llm(Provider.OPENAI, server, Duration.ofSeconds(10));
            server.respondWith(MeasureLlmPath::quoteOfTheFirstSource);
            for (String q : questions) { // warm-up: class loading, JIT, connection set-up
                llm.answer(q);
            }
            List<Double> extractive = new ArrayList<>();
            List<Double> withModel = new ArrayList<>();
            List<Answer> composed = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : questions) {
                    extractive.add(millis(() -> composers.extractive.answer(q)));
                    withModel.add(millis(() -> composed.add(llm.answer(q))));
                }
            }
            System.out.printf("%d answerable questions x %d rounds; answers composed by the model: %d/%d%n",
                    questions.size(), ROUNDS, composed.stream().filter(a -> a.composer().equals("llm")).count(),
                    composed.size());
            System.out.printf("extractive: median %.1f ms, p90 %.1f ms%n", pct(extractive, 50), pct(extractive, 90));
            System.out.printf("LLM path:   median %.1f ms, p90 %.1f ms%n", pct(withModel, 50), pct(withModel, 90));
            System.out.printf("added by the LLM path: median %.1f ms, p90 %.1f ms%n",
                    pct(withModel, 50) - pct(extractive, 50), pct(withModel, 90) - pct(extractive, 90));
        }
    }

    /** A reply that passes the checks: the first sentence the prompt shows of source 1, cited. */
    private static FakeModelServer.Canned quoteOfTheFirstSource(FakeModelServer.Request request) {
        String user = request.message(1);
        int start = user.indexOf('\n', user.indexOf("\n[1] ") + 1) + 1;
        String excerpt = user.substring(start, user.indexOf('\n', start)).replaceFirst("^… ", "");
        String first = vn.baocao.text.Sentences.split(excerpt).getFirst().replaceAll("[.…]+$", "");
        return FakeModelServer.reply(first + " [1].");
    }

    /** The questions of the eval set the extractive composer answers (the others never reach the model). */
    private static List<String> answerable(Composers composers) {
        try (InputStream in = MeasureLlmPath.class.getResourceAsStream("/eval/questions.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0])
                    .filter(q -> !composers.extractive.answer(q).abstained()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read eval/questions.tsv", e);
        }
    }

    private static double millis(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double pct(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
