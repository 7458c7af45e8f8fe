package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectOnStdoutAndProgressOnStderr() throws Exception {
        Cli run = Cli.run("bench", "--reports", "10", "--questions", "5", "--threads", "1", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(new ObjectMapper().readTree(run.out()).at("/ingest/reports").asInt()).isEqualTo(10);
    }

    @Test
    void refusesAnLlmItCannotTime() {
        Cli run = Cli.run("bench", "--llm", "openai");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--llm: only 'off'");
    }

    @Test
    void refusesADirectoryThatHoldsFiles() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Cli run = Cli.run("bench", "--reports", "3", "--dir", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("must be an empty or missing directory");
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void refusesNonPositiveCounts() {
        assertThat(Cli.run("bench", "--reports", "0").code()).isEqualTo(2);
    }
}
