package vn.baocao.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.baocao.ingest.ReportParser;

/** The report id of a bundled sample, by its file-name prefix ("003"), as ingest assigns it. */
final class SampleIds {
    private static final String[] NAMES = {"000_47e75d3c86d27e21.txt", "001_8430b1541a21d71d.txt",
        "002_0e1cf19fdeddcf6d.txt", "003_60cdc4bfe3deff94.txt", "004_771f5d769968830d.txt"};

    private SampleIds() {
    }

    static String of(String prefix) {
        for (String name : NAMES) {
            if (name.startsWith(prefix)) {
                return new ReportParser().parse(name, read("samples/" + name), "samples/" + name).info().id();
            }
        }
        throw new IllegalArgumentException("no sample report starts with " + prefix);
    }

    private static byte[] read(String resource) {
        try (InputStream in = SampleIds.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
