package vn.baocao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic archive to disk, one report at a time, so that 100,000 reports cost the disk
 * and never the heap. Reports go into sub-folders of {@value #PER_FOLDER}, as an archive sorted by
 * batch would be, which also keeps directory listings short.
 */
final class Corpus {
    private static final int PER_FOLDER = 1_000;

    /**
     * What was written.
     *
     * @param folder  the folder holding the reports
     * @param reports how many report files
     * @param bytes   their total size: the raw text an index is compared with
     */
    record Written(Path folder, int reports, long bytes) {
    }

    private Corpus() {
    }

    /** Writes reports {@code 0..count-1} of {@code reports} as .txt files under {@code folder}, which must be empty or missing. */
    static Written write(SyntheticReports reports, int count, Path folder) {
        long bytes = 0;
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Path sub = folder.resolve(String.format("%04d", i / PER_FOLDER));
                if (i % PER_FOLDER == 0) {
                    Files.createDirectories(sub);
                }
                byte[] text = reports.text(i).getBytes(StandardCharsets.UTF_8);
                Files.write(sub.resolve(String.format("report-%07d.txt", i)), text);
                bytes += text.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic reports to " + folder, e);
        }
        return new Written(folder, count, bytes);
    }
}
