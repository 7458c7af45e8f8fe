package vn.baocao.testing;

import java.nio.file.Path;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;

/** An index of the five bundled sample reports, for tests that need real retrieval and answers. */
public final class SampleIndex {
    private SampleIndex() {
    }

    /** Opens an index in {@code dir} holding the bundled sample reports; the caller closes it. */
    public static ReportIndex open(Path dir) {
        ReportIndex index = ReportIndex.open(dir);
        new Ingestor(new ReportParser(), index).ingestSamples();
        return index;
    }

    /** Builds the sample index in {@code dir}, closes it, and returns its path for the command line. */
    public static String createIn(Path dir) {
        open(dir).close();
        return dir.toString();
    }
}
