package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.testing.SampleIndex;

class ConferencesCommandTest {
    @TempDir
    static Path dir;
    private static String index;

    @BeforeAll
    static void indexTheSamples() {
        index = SampleIndex.createIn(dir.resolve("index"));
    }

    @Test
    void listsTheSampleConferencesEarliestFirstWithWhoPresided() {
        Cli run = Cli.run("conferences", "--index", index);
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "22/7/2019 – Hội nghị sơ kết công tác 06 tháng đầu năm và phương hướng công tác 06 tháng cuối năm 2019 "
                        + "– sơ kết 6 tháng năm 2019 – 1 báo cáo",
                "10/1/2023 – Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 – tổng kết năm 2022 "
                        + "– chủ trì: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn – 1 báo cáo",
                "31/1/2023 – Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao – buổi làm việc năm 2023 "
                        + "– làm việc với Bộ Ngoại giao: Phó Thủ tướng Chính phủ Trần Lưu Quang – 1 báo cáo",
                "5/7/2023 – Hội nghị sơ kết công tác 6 tháng đầu năm 2023 – sơ kết 6 tháng năm 2023 – 1 báo cáo",
                "6/1/2025 – Hội nghị tổng kết công tác ngành ngoại giao năm 2024 – tổng kết năm 2024 "
                        + "– dự và chỉ đạo: Thủ tướng Chính phủ Phạm Minh Chính – 1 báo cáo");
    }

    @Test
    void printsOneJsonObjectPerConference() throws Exception {
        Cli run = Cli.run("conferences", "--index", index, "--json");
        assertThat(run.out().lines()).hasSize(5);
        JsonNode review2022 = new ObjectMapper().readTree(run.out().lines().skip(1).findFirst().orElseThrow());
        assertThat(review2022.get("kind").asText()).isEqualTo("YEAR_END_REVIEW");
        assertThat(review2022.get("periodYear").asInt()).isEqualTo(2022);
        assertThat(review2022.get("date").asText()).isEqualTo("2023-01-10");
        assertThat(review2022.get("participants")).extracting(p -> p.get("name").asText() + "/" + p.get("part").asText()
                + "/" + p.get("point").asText()).containsExactly("Phạm Minh Chính/ATTENDED/", "Bùi Thanh Sơn/CHAIRED/",
                "Nguyễn Bích Ngọc/ATTENDED/Cao Bằng");
        assertThat(review2022.get("speakers")).extracting(p -> p.get("name").asText())
                .containsExactly("Bùi Thanh Sơn", "Phạm Minh Chính");
        assertThat(review2022.get("reports")).hasSize(1);
    }

    @Test
    void refusesAnIndexThatDoesNotExist() {
        Cli run = Cli.run("conferences", "--index", dir.resolve("nothing").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("does not exist");
    }
}
