package vn.baocao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.ingest.ReportParser;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.Report;
import vn.baocao.text.Sentences;

/**
 * The raw material of the synthetic archive: every sentence of the bundled sample reports, as ingest
 * cleans them, with the year each report is about, and the people the samples name.
 *
 * <p>Read through {@link ReportParser}, so site chrome and "Tin khác" lists never become material.
 * Immutable once loaded.
 */
final class SampleSentences {
    private static final String SAMPLES = "samples/";

    /** A sentence and the year its report is about, so its years can be moved with the report's. */
    record Sentence(String text, int year) {
    }

    private final List<Sentence> sentences;
    private final List<Person> people;

    private SampleSentences(List<Sentence> sentences, List<Person> people) {
        this.sentences = List.copyOf(sentences);
        this.people = List.copyOf(people);
    }

    /** The sentences and people of the bundled samples. */
    static SampleSentences load() {
        ReportParser parser = new ReportParser();
        List<Sentence> sentences = new ArrayList<>();
        Map<String, Person> people = new LinkedHashMap<>();
        for (String name : sampleNames()) {
            Report report = parser.parse(name, resource(SAMPLES + name), SAMPLES + name);
            int year = yearOf(report);
            for (Passage passage : report.passages()) {
                Sentences.split(passage.text()).forEach(s -> sentences.add(new Sentence(s, year)));
            }
            report.people().forEach(p -> people.putIfAbsent(p.name(), p));
        }
        List<Person> byLength = new ArrayList<>(people.values());
        // longest names first, so that replacing a name never leaves half of a longer one behind
        byLength.sort(Comparator.comparingInt((Person p) -> p.name().length()).reversed());
        return new SampleSentences(sentences, byLength);
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** The people the samples name, longest name first. */
    List<Person> people() {
        return people;
    }

    private static int yearOf(Report report) {
        var info = report.info();
        if (info.conference() != null && info.conference().periodYear() != 0) {
            return info.conference().periodYear();
        }
        return info.date() != null ? info.date().getYear() : 0;
    }

    private static List<String> sampleNames() {
        return new String(resource(SAMPLES + "samples.list"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleSentences.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }
}
