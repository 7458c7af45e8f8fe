package vn.baocao.ingest;

import java.util.List;

/**
 * The outcome of one ingest run.
 *
 * @param reports   reports added or replaced
 * @param passages  passages of those reports
 * @param unchanged files whose text is already in the index (unchanged, or a copy of another file), left alone
 * @param skipped   files that could not be ingested, each with its reason
 */
public record IngestSummary(int reports, int passages, int unchanged, List<Skipped> skipped) {

    /** A file left out, and why. */
    public record Skipped(String path, String reason) {
    }

    public IngestSummary {
        skipped = List.copyOf(skipped);
    }

    /** "5 reports (89 passages) ingested, 0 unchanged, 0 skipped". */
    public String line() {
        return reports + " report" + (reports == 1 ? "" : "s") + " (" + passages + " passages) ingested, "
                + unchanged + " unchanged, " + skipped.size() + " skipped";
    }
}
