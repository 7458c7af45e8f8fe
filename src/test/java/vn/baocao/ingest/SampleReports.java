package vn.baocao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.Report;

/** The five bundled sample reports, read from the class path as the application reads them. */
final class SampleReports {
    static final String S000 = "000_47e75d3c86d27e21.txt";
    static final String S001 = "001_8430b1541a21d71d.txt";
    static final String S002 = "002_0e1cf19fdeddcf6d.txt";
    static final String S003 = "003_60cdc4bfe3deff94.txt";
    static final String S004 = "004_771f5d769968830d.txt";

    private SampleReports() {
    }

    /** The raw bytes of sample {@code name}. */
    static byte[] bytes(String name) {
        try (InputStream in = SampleReports.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sample not on the class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sample {@code name} parsed with source "samples/NAME". */
    static Report parse(String name) {
        return new ReportParser().parse(name, bytes(name), "samples/" + name);
    }

    /** All passage texts of {@code report}, one per line. */
    static String text(Report report) {
        return report.passages().stream().map(Passage::text).collect(Collectors.joining("\n"));
    }

    /** The passage whose text contains {@code words}; fails when none does. */
    static Passage passageWith(Report report, String words) {
        return report.passages().stream().filter(passage -> passage.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage contains: " + words));
    }

    /** The names of {@code people}, in order. */
    static List<String> names(List<Person> people) {
        return people.stream().map(Person::name).toList();
    }
}
