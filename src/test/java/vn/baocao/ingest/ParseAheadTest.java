package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.report.Report;

class ParseAheadTest {
    @TempDir
    Path dir;

    @Test
    void handsOverEachFilesReportOrFailureInTheFilesOrder() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Path file = dir.resolve(String.format("%02d", i) + (i % 7 == 3 ? ".pdf" : ".txt"));
            Files.writeString(file, i % 7 == 3 ? "not a PDF" : "Hội nghị số " + i + "\n\nBộ Ngoại giao tổ chức hội nghị lần " + i + ".");
            files.add(file);
        }
        List<String> seen = new ArrayList<>();
        ReportParser parser = new ReportParser();
        try (ParseAhead<Report> parsing = new ParseAhead<>(parser::parse)) {
            parsing.forEach(files, (file, report) -> {
                try {
                    Report r = report.get();
                    seen.add(file.getFileName() + " " + r.info().title());
                } catch (IngestException e) {
                    seen.add(file.getFileName() + " failed: " + e.file());
                }
            });
        }
        assertThat(seen).hasSize(30);
        assertThat(seen.get(2)).isEqualTo("02.txt Hội nghị số 2");
        assertThat(seen.get(3)).isEqualTo("03.pdf failed: " + files.get(3));
        assertThat(seen.get(29)).isEqualTo("29.txt Hội nghị số 29");
    }
}
