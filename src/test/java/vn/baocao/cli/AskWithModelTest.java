package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.testing.FakeModelServer;
import vn.baocao.testing.SampleIndex;

/**
 * {@code baocao ask --json} in its own process with BAOCAO_LLM set, against a local model server: the
 * settings are read from the environment, the answers say which composer wrote them, and stderr never
 * shows the key, not even when the server refuses it. (One process: starting a JVM is the slow part.)
 */
class AskWithModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-cli-test-93e1a0c5d7";

    @TempDir
    static Path dir;
    private static String index;

    @BeforeAll
    static void indexTheSamples() {
        index = SampleIndex.createIn(dir.resolve("index"));
    }

    @Test
    void composesWithTheModelAndFallsBackQuietlyWhenItRefusesTheKey() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            server.then(FakeModelServer.reply("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị [1]."),
                    FakeModelServer.status(401));
            Map<String, String> env = Map.of("BAOCAO_LLM", "openai", "BAOCAO_LLM_BASE_URL", server.openAiUrl(),
                    "BAOCAO_LLM_MODEL", "test-model", "BAOCAO_LLM_API_KEY", KEY);

            Run run = ask(env, index, "Ai chủ trì hội nghị tổng kết năm 2022?\nAi chủ trì hội nghị tổng kết năm 2022?\n");

            assertThat(run.code()).isZero();
            List<String> lines = run.out().lines().toList();
            assertThat(lines).hasSize(2);
            JsonNode composed = JSON.readTree(lines.get(0));
            assertThat(composed.get("composer").asText()).isEqualTo("llm");
            assertThat(composed.get("answer").asText()).isEqualTo("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị [1].");
            assertThat(composed.get("citations").get(0).get("source").asText()).isEqualTo("samples/001_8430b1541a21d71d.txt");
            JsonNode fallback = JSON.readTree(lines.get(1));
            assertThat(fallback.get("composer").asText()).isEqualTo("extractive");
            assertThat(fallback.get("answer").asText()).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị tổng kết");
            assertThat(run.err()).contains("language model not used (HTTP 401 (key refused))")
                    .contains("apiKey=(set)").doesNotContain(KEY);
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + KEY));
        }
    }

    private record Run(int code, String out, String err) {
    }

    /** Runs {@code baocao ask --index INDEX --json} in a new JVM with {@code env} added, on {@code stdin}. */
    private Run ask(Map<String, String> env, String index, String stdin) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ask", "--index", index, "--json")
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("BAOCAO_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("baocao ask did not finish within a minute");
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
    }
}
