package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.testing.SampleIndex;

class SpeakersCommandTest {
    @TempDir
    static Path dir;
    private static String index;

    @BeforeAll
    static void indexTheSamples() {
        index = SampleIndex.createIn(dir.resolve("index"));
    }

    @Test
    void listsThePeopleTheReportsQuoteMostStatementsFirst() {
        Cli run = Cli.run("speakers", "--index", index);
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "Phạm Minh Chính – Thủ tướng Chính phủ – 15 phát biểu tại 2 báo cáo (10/1/2023, 6/1/2025)",
                "Bùi Thanh Sơn – Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao – 13 phát biểu tại 3 báo cáo (10/1/2023, 31/1/2023, 5/7/2023)",
                "Phạm Bình Minh – Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Ngoại giao – 7 phát biểu tại 1 báo cáo (22/7/2019)",
                "Trần Lưu Quang – Phó Thủ tướng Chính phủ – 5 phát biểu tại 1 báo cáo (31/1/2023)");
    }

    @Test
    void printsOneJsonObjectPerSpeaker() throws Exception {
        Cli run = Cli.run("speakers", "--index", index, "--json");
        var first = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(first.get("name").asText()).isEqualTo("Phạm Minh Chính");
        assertThat(first.get("statements").asInt()).isEqualTo(15);
        assertThat(first.get("reports")).hasSize(2);
        assertThat(run.out().lines()).hasSize(4);
    }
}
