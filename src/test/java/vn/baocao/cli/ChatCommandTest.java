package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.testing.SampleIndex;

/** The console chat over the sample reports: the who-said-what commands, typed without diacritics. */
class ChatCommandTest {
    @TempDir
    static Path dir;
    private static String index;

    @BeforeAll
    static void indexTheSamples() {
        index = SampleIndex.createIn(dir.resolve("index"));
    }

    @Test
    void answersWhoSaidSomethingWithAinoi() {
        Cli run = Cli.withInput("/ainoi bao ve to quoc tu som, tu xa\n/nguon 1\n", "chat", "--index", index);
        assertThat(run.out()).startsWith("Thủ tướng Chính phủ Phạm Minh Chính, tại Hội nghị tổng kết công tác ngành "
                + "Ngoại giao năm 2022 (10/1/2023) [1]:");
        assertThat(run.out()).contains("[1] Đồng chí Phạm Minh Chính dự Hội nghị tổng kết", "\"từ sớm\", \"từ xa\"");
    }

    @Test
    void answersWhatAPersonSaidWithPhatbieu() {
        Cli run = Cli.withInput("/phatbieu pham binh minh\n", "chat", "--index", index);
        assertThat(run.out()).startsWith("Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh, tại Hội nghị sơ kết "
                + "công tác 06 tháng đầu năm");
        assertThat(run.out()).contains("Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống – 22/7/2019");
    }

    @Test
    void withJsonPrintsOneObjectPerMessageWithHowEachWasReadAndTheFocus() throws Exception {
        Cli run = Cli.withInput("Ai chủ trì hội nghị tổng kết năm 2022?\n\nong ay nhan manh dieu gi?\n/nguon 1\n",
                "chat", "--index", index, "--json");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.path("read_as").asText()).isEqualTo("Ai chủ trì hội nghị tổng kết năm 2022?");
        assertThat(first.path("understood").isNull()).isTrue();
        assertThat(first.path("refusal").isNull()).isTrue();
        assertThat(first.path("focus").path("person").asText()).isEqualTo("Bùi Thanh Sơn");
        assertThat(first.path("focus").path("meeting").asText()).isEqualTo("hội nghị tổng kết năm 2022");
        assertThat(first.path("focus").path("year").asInt()).isEqualTo(2022);
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.path("question").asText()).isEqualTo("ong ay nhan manh dieu gi?");
        assertThat(second.path("read_as").asText())
                .isEqualTo("Bui Thanh Son nhan manh dieu gi o hoi nghi tong ket nam 2022?");
        assertThat(second.path("understood").asText()).isEqualTo("Bùi Thanh Sơn, Hội nghị tổng kết năm 2022");
        assertThat(second.path("answer").asText()).contains("Bùi Thanh Sơn nhấn mạnh");
        JsonNode third = json.readTree(lines.get(2));
        assertThat(third.path("source").path("n").asInt()).isEqualTo(1);
        assertThat(third.path("focus").path("person").asText()).isEqualTo("Bùi Thanh Sơn");
    }

    @Test
    void listsTheConferencesWithHoinghi() {
        Cli run = Cli.withInput("/hoinghi\n", "chat", "--index", index);
        assertThat(run.out()).startsWith("Các hội nghị trong báo cáo (5):\n• 22/7/2019 – ");
        assertThat(run.out()).contains("• 10/1/2023 – Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 "
                + "(chủ trì: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn)");
    }
}
