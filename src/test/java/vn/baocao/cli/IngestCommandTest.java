package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.index.ReportIndex;

class IngestCommandTest {
    private static final String[] SAMPLES = {"000_47e75d3c86d27e21.txt", "001_8430b1541a21d71d.txt",
        "002_0e1cf19fdeddcf6d.txt", "003_60cdc4bfe3deff94.txt", "004_771f5d769968830d.txt"};

    @TempDir
    Path dir;

    private Path reports() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        for (String name : SAMPLES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("samples/" + name)) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
        return folder;
    }

    private String index() {
        return dir.resolve("index").toString();
    }

    private int passages() {
        try (ReportIndex idx = ReportIndex.open(dir.resolve("index"))) {
            return idx.stats().passages();
        }
    }

    @Test
    void ingestsAFolderAndEndsWithASummaryLine() throws IOException {
        Cli run = Cli.run("ingest", "--index", index(), reports().toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).matches("5 reports \\(47 passages\\) ingested, 0 unchanged, 0 skipped in \\d+\\.\\d s\\R");
    }

    @Test
    void takesTheIndexGivenBeforeTheCommandAsWellAsAfterIt() throws IOException {
        Cli run = Cli.run("--index", index(), "ingest", reports().toString());
        assertThat(run.code()).isZero();
        assertThat(passages()).isEqualTo(47);
        assertThat(Cli.run("--index", index(), "conferences").out().lines()).hasSize(5);
    }

    @Test
    void changesNothingWhenTheSameFilesAreIngestedAgain() throws IOException {
        Path folder = reports();
        Cli.run("ingest", "--index", index(), folder.toString());
        int before = passages();
        Cli again = Cli.run("ingest", "--index", index(), folder.toString());
        assertThat(again.out()).startsWith("0 reports (0 passages) ingested, 5 unchanged, 0 skipped");
        assertThat(passages()).isEqualTo(before);
    }

    @Test
    void replacesTheOldPassagesOfAChangedFile() throws IOException {
        Path folder = reports();
        Cli.run("ingest", "--index", index(), folder.toString());
        Path file = folder.resolve(SAMPLES[2]);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("Nhận định về tình hình")));
        Cli again = Cli.run("ingest", "--index", index(), folder.toString());
        assertThat(again.out()).startsWith("1 report (3 passages) ingested, 4 unchanged, 0 skipped");
        assertThat(passages()).isEqualTo(47 - 6 + 3);
    }

    @Test
    void skipsACorruptPdfWithItsPathAndReasonAndIngestsTheRest() throws IOException {
        Path folder = reports();
        Path corrupt = folder.resolve("hong.pdf");
        Files.writeString(corrupt, "%PDF-1.4\ngarbage without objects\n");
        Cli run = Cli.run("ingest", "--index", index(), folder.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("skipped " + corrupt + ": ");
        assertThat(run.out()).startsWith("5 reports (47 passages) ingested, 0 unchanged, 1 skipped");
        assertThat(passages()).isEqualTo(47);
    }

    @Test
    void reportsAMissingPathAndAnUnsupportedFileNamedOnTheCommandLine() throws IOException {
        Path image = Files.writeString(dir.resolve("anh.jpg"), "not an image");
        Cli run = Cli.run("ingest", "--index", index(), dir.resolve("missing.txt").toString(), image.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("skipped " + dir.resolve("missing.txt") + ": ", "skipped " + image + ": ");
        assertThat(run.out()).startsWith("0 reports (0 passages) ingested, 0 unchanged, 2 skipped");
    }

    @Test
    void ignoresHiddenAndUnsupportedFilesInsideFolders() throws IOException {
        Path folder = reports();
        Files.writeString(folder.resolve(".nhap.txt"), "bản nháp ẩn");
        Files.writeString(folder.resolve("anh.jpg"), "not an image");
        Cli run = Cli.run("ingest", "--index", index(), folder.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("5 reports (47 passages) ingested, 0 unchanged, 0 skipped");
    }

    @Test
    void chatsOverTheSamplesWhenRunWithoutACommandOnAnEmptyIndex() {
        Cli run = Cli.withInput("Ai chủ trì hội nghị tổng kết năm 2022?\n/nguon 1\n", "--index", index());
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị tổng kết")
                .contains("\n[1] Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022\nNgày: 10/1/2023");
        assertThat(passages()).isEqualTo(47);
    }

    @Test
    void ingestsTheSameFileGivenTwiceOnce() throws IOException {
        Path file = reports().resolve(SAMPLES[0]);
        Cli run = Cli.run("ingest", "--index", index(), file.toString(), file.toString());
        assertThat(run.out()).startsWith("1 report (11 passages) ingested, 0 unchanged, 0 skipped");
    }

    @Test
    void takesACopyOfAnIngestedArticleForTheSameReport() throws IOException {
        Path folder = reports();
        Files.copy(folder.resolve(SAMPLES[1]), folder.resolve("ban-sao.txt"));
        Cli run = Cli.run("ingest", "--index", index(), folder.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("5 reports (47 passages) ingested, 1 unchanged, 0 skipped");
        assertThat(passages()).isEqualTo(47);
    }

    @Test
    void replacesAReportWhoseFileWasRenamed() throws IOException {
        Path folder = reports().toAbsolutePath();
        Cli.run("ingest", "--index", index(), folder.toString());
        Files.move(folder.resolve(SAMPLES[3]), folder.resolve("so-ket-2019.txt"));
        Cli run = Cli.run("ingest", "--index", index(), folder.toString());
        assertThat(run.out()).startsWith("1 report (7 passages) ingested, 4 unchanged, 0 skipped");
        assertThat(passages()).isEqualTo(47);
    }

    @Test
    void refusesAnEmptyPathInsteadOfIngestingTheWorkingDirectory() {
        Cli run = Cli.run("ingest", "--index", index(), "");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("skipped \"\": empty path");
    }
}
