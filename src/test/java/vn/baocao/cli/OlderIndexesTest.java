package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.index.IndexException;
import vn.baocao.index.IndexSchemas;
import vn.baocao.index.OlderIndex;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;

/** An index written by an older version is ingested again from its recorded sources, losing nothing. */
class OlderIndexesTest {
    private static final String REPORT = "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm %d\n\n"
            + "Ngày 5/7/%d, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm %d. "
            + "Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị.\n";

    @TempDir
    Path dir;

    private Path olderIndexOf(int... years) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path index = dir.resolve("index");
        try (ReportIndex idx = ReportIndex.open(index)) {
            for (int year : years) {
                Path file = Files.writeString(reports.resolve("soket" + year + ".txt"), REPORT.formatted(year, year, year));
                new Ingestor(new ReportParser(), idx).ingest(java.util.List.of(file));
            }
        }
        IndexSchemas.stamp(index, "13");
        return index;
    }

    @Test
    void readsTheSchemaAndTheSourcesOfAnOlderIndex() throws IOException {
        Path index = olderIndexOf(2022, 2023);
        OlderIndex older = OlderIndex.in(index).orElseThrow();
        assertThat(older.schema()).isEqualTo("13");
        assertThat(older.sources()).extracting(s -> Path.of(s).getFileName().toString())
                .containsExactlyInAnyOrder("soket2022.txt", "soket2023.txt");
        assertThatThrownBy(() -> ReportIndex.open(index)).isInstanceOf(IndexException.class)
                .hasMessageContaining("has index schema 13");
    }

    @Test
    void reingestsTheSourcesThatStillExistAndKeepsTheOldIndexBeside() throws IOException {
        Path index = olderIndexOf(2022, 2023);
        Files.delete(dir.resolve("reports").resolve("soket2023.txt"));
        Files.writeString(index.resolve("README.md"), "Default index location.");

        OlderIndexes.reingestIfOlder(index);

        try (ReportIndex idx = ReportIndex.open(index)) {
            assertThat(idx.reports()).extracting(r -> r.title()).containsExactly(
                    "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2022");
        }
        assertThat(OlderIndex.in(index)).isEmpty();
        assertThat(dir.resolve("index.schema13")).isDirectory();
        assertThat(dir.resolve("index.rebuilding")).doesNotExist();
        assertThat(index.resolve("README.md")).hasContent("Default index location.");
    }

    @Test
    void refusesAnOlderIndexNoneOfWhoseSourcesRemainAndLeavesItAsItIs() throws IOException {
        Path index = olderIndexOf(2022);
        Files.delete(dir.resolve("reports").resolve("soket2022.txt"));

        assertThatThrownBy(() -> OlderIndexes.reingestIfOlder(index)).isInstanceOf(IndexException.class)
                .hasMessageContaining("has index schema 13 and none of its 1 recorded sources can be read any more");
        assertThat(OlderIndex.in(index)).isPresent();
    }

    @Test
    void leavesAnIndexOfThisVersionAlone() throws IOException {
        Path index = olderIndexOf(2022);
        IndexSchemas.stamp(index, vn.baocao.index.Fields.SCHEMA_VERSION);
        OlderIndexes.reingestIfOlder(index);
        assertThat(dir.resolve("index.schema13")).doesNotExist();
    }
}
