package vn.baocao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.baocao.ingest.ReportParser;
import vn.baocao.ingest.StatementFinder;
import vn.baocao.report.Statement;

/**
 * Measures statement extraction against the statements hand-labelled in the sample reports
 * ({@code eval/statements.tsv}): precision and recall of (report, speaker, sentence) triples.
 */
class StatementExtractionTest {
    private static final String[] SAMPLES = {"000_47e75d3c86d27e21.txt", "001_8430b1541a21d71d.txt",
        "002_0e1cf19fdeddcf6d.txt", "003_60cdc4bfe3deff94.txt", "004_771f5d769968830d.txt"};
    private static final Set<String> GOLD = new HashSet<>();
    private static final Set<String> FOUND = new HashSet<>();

    @BeforeAll
    static void extract() {
        read("eval/statements.tsv").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
            String[] f = l.split("\t");
            GOLD.add(f[0] + "|" + f[2] + "|" + f[4]);
        });
        for (String name : SAMPLES) {
            byte[] bytes = read("samples/" + name).getBytes(StandardCharsets.UTF_8);
            var report = new ReportParser().parse(name, bytes, "samples/" + name);
            for (Statement s : new StatementFinder().find(report)) {
                FOUND.add(name.substring(0, 3) + "|" + s.speaker().name() + "|" + s.sentence());
            }
        }
        Set<String> right = new HashSet<>(FOUND);
        right.retainAll(GOLD);
        System.out.printf("statements: %d labelled, %d found, %d right: precision %.2f, recall %.2f%n", GOLD.size(),
                FOUND.size(), right.size(), precision(), recall());
        FOUND.stream().filter(f -> !GOLD.contains(f)).sorted()
                .forEach(f -> System.out.println("  EXTRA " + f.substring(0, Math.min(140, f.length()))));
        GOLD.stream().filter(g -> !FOUND.contains(g)).sorted()
                .forEach(g -> System.out.println("  MISSED " + g.substring(0, Math.min(140, g.length()))));
    }

    private static double precision() {
        return FOUND.isEmpty() ? 0 : (double) FOUND.stream().filter(GOLD::contains).count() / FOUND.size();
    }

    private static double recall() {
        return (double) GOLD.stream().filter(FOUND::contains).count() / GOLD.size();
    }

    private static String read(String resource) {
        try (InputStream in = StatementExtractionTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Test
    void findsTheLabelledStatementsPrecisely() {
        assertThat(precision()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void findsMostOfTheLabelledStatements() {
        assertThat(recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void recordsTheVerbOrNoneForAContinuation() {
        var report = new ReportParser().parse(SAMPLES[1], read("samples/" + SAMPLES[1]).getBytes(StandardCharsets.UTF_8),
                "samples/" + SAMPLES[1]);
        var statements = new StatementFinder().find(report);
        assertThat(statements).filteredOn(s -> s.sentence().startsWith("Thủ tướng yêu cầu ngành Ngoại giao"))
                .singleElement().satisfies(s -> {
                    assertThat(s.speaker().name()).isEqualTo("Phạm Minh Chính");
                    assertThat(s.verb()).isEqualTo("yêu cầu");
                });
        assertThat(statements).filteredOn(s -> s.sentence().startsWith("Trong đó, cần có những đối sách"))
                .singleElement().satisfies(s -> assertThat(s.verb()).isEmpty());
    }
}
