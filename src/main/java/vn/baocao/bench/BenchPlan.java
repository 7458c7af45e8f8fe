package vn.baocao.bench;

import java.nio.file.Path;
import vn.baocao.report.Require;

/**
 * What one benchmark run does.
 *
 * @param reports   how many synthetic reports to generate and ingest
 * @param questions how many questions to time for each operation and thread count
 * @param threads   the thread count of the concurrent runs (a single-threaded run always comes first)
 * @param seed      the seed of the archive and the questions
 * @param dir       where to write the reports and the index and keep them; null for a temporary
 *                  directory removed afterwards
 */
public record BenchPlan(int reports, int questions, int threads, long seed, Path dir) {
    public BenchPlan {
        Require.that(reports > 0, "reports must be > 0, was " + reports);
        Require.that(questions > 0, "questions must be > 0, was " + questions);
        Require.that(threads > 0, "threads must be > 0, was " + threads);
    }

    /** True when the files are kept afterwards. */
    public boolean keepsFiles() {
        return dir != null;
    }
}
