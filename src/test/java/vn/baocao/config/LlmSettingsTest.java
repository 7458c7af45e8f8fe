package vn.baocao.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.config.LlmSettings.Provider;

class LlmSettingsTest {
    @TempDir
    Path dir;

    @Test
    void usesNoModelWhenNothingIsSet() {
        LlmSettings s = LlmSettings.load(Map.of(), dir);
        assertThat(s.enabled()).isFalse();
        assertThat(s).isEqualTo(LlmSettings.none());
    }

    @Test
    void readsAnOllamaModelWithItsDefaultUrlAndTimeout() {
        LlmSettings s = LlmSettings.load(Map.of("BAOCAO_LLM", "Ollama", "BAOCAO_LLM_MODEL", "qwen2.5:7b"), dir);
        assertThat(s).isEqualTo(new LlmSettings(Provider.OLLAMA, "http://localhost:11434", "qwen2.5:7b", "",
                Duration.ofSeconds(60)));
        assertThat(s.calls()).isEqualTo(new LlmSettings.Calls(320, 48, Optional.of(0.2), Optional.of(42), Duration.ofSeconds(5)));
    }

    @Test
    void readsAnOpenAiCompatibleServerWithKeyAndTimeout() {
        LlmSettings s = LlmSettings.load(Map.of("BAOCAO_LLM", "openai", "BAOCAO_LLM_BASE_URL", "http://127.0.0.1:8080/v1",
                "BAOCAO_LLM_MODEL", "m", "BAOCAO_LLM_API_KEY", "sk-secret", "BAOCAO_LLM_TIMEOUT", "12"), dir);
        assertThat(s).isEqualTo(new LlmSettings(Provider.OPENAI, "http://127.0.0.1:8080/v1", "m", "sk-secret",
                Duration.ofSeconds(12)));
    }

    @Test
    void failsNamingTheKeyOfEachBadValue() {
        assertThatThrownBy(() -> LlmSettings.load(Map.of("BAOCAO_LLM", "gpt"), dir))
                .isInstanceOf(SettingsException.class).hasMessage("BAOCAO_LLM must be none, openai or ollama, was gpt");
        assertThatThrownBy(() -> LlmSettings.load(Map.of("BAOCAO_LLM", "ollama"), dir))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("BAOCAO_LLM_MODEL must name the model");
        assertThatThrownBy(() -> LlmSettings.load(Map.of("BAOCAO_LLM", "openai", "BAOCAO_LLM_MODEL", "m",
                "BAOCAO_LLM_BASE_URL", "localhost:8080"), dir))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("BAOCAO_LLM_BASE_URL ");
        assertThatThrownBy(() -> LlmSettings.load(Map.of("BAOCAO_LLM", "openai", "BAOCAO_LLM_MODEL", "m",
                "BAOCAO_LLM_TIMEOUT", "soon"), dir))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("BAOCAO_LLM_TIMEOUT ");
    }

    @Test
    void refusesAnApiKeyFromThePropertiesFile() throws IOException {
        Files.writeString(dir.resolve(SettingValues.FILE), "BAOCAO_LLM=openai\nBAOCAO_LLM_MODEL=m\nBAOCAO_LLM_API_KEY=sk-x\n");
        assertThatThrownBy(() -> LlmSettings.load(Map.of(), dir))
                .isInstanceOf(SettingsException.class)
                .hasMessage("BAOCAO_LLM_API_KEY is a secret: set it in the environment, not in baocao.properties");
        Files.writeString(dir.resolve(SettingValues.FILE), "BAOCAO_LLM=openai\nBAOCAO_LLM_MODEL=m\n");
        assertThat(LlmSettings.load(Map.of("BAOCAO_LLM_API_KEY", "sk-y"), dir).apiKey()).isEqualTo("sk-y");
    }

    @Test
    void neverShowsTheKeyInItsText() {
        LlmSettings s = new LlmSettings(Provider.OPENAI, "https://api.openai.com/v1", "m", "sk-secret", Duration.ofSeconds(30));
        assertThat(s.toString()).doesNotContain("sk-secret")
                .isEqualTo("LlmSettings[provider=openai, baseUrl=https://api.openai.com/v1, model=m, apiKey=(set), timeout=30 s, "
                        + "connect 5 s, max_tokens=320 (rewrite 48), temperature=0.2, seed=42]");
    }

    @Test
    void readsHowEachCallIsBoundedAndLeavesTemperatureAndSeedToTheServerOnRequest() {
        LlmSettings s = LlmSettings.load(Map.of("BAOCAO_LLM", "openai", "BAOCAO_LLM_MODEL", "m",
                "BAOCAO_LLM_MAX_TOKENS", "200", "BAOCAO_LLM_REWRITE_MAX_TOKENS", "32", "BAOCAO_LLM_TEMPERATURE", "server",
                "BAOCAO_LLM_SEED", "server", "BAOCAO_LLM_CONNECT_TIMEOUT", "2"), dir);

        assertThat(s.calls()).isEqualTo(new LlmSettings.Calls(200, 32, Optional.empty(), Optional.empty(), Duration.ofSeconds(2)));
        assertThat(LlmSettings.load(Map.of("BAOCAO_LLM", "openai", "BAOCAO_LLM_MODEL", "m", "BAOCAO_LLM_TEMPERATURE", "0",
                "BAOCAO_LLM_SEED", "7"), dir).calls()).isEqualTo(new LlmSettings.Calls(320, 48, Optional.of(0.0), Optional.of(7),
                Duration.ofSeconds(5)));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            BAOCAO_LLM_MAX_TOKENS         | 0     | BAOCAO_LLM_MAX_TOKENS must be a whole number from 16 to 32768: 0
            BAOCAO_LLM_MAX_TOKENS         | many  | BAOCAO_LLM_MAX_TOKENS must be a whole number from 16 to 32768: many
            BAOCAO_LLM_REWRITE_MAX_TOKENS | 5000  | BAOCAO_LLM_REWRITE_MAX_TOKENS must be a whole number from 8 to 1024: 5000
            BAOCAO_LLM_TEMPERATURE        | 3     | BAOCAO_LLM_TEMPERATURE must be a number from 0.0 to 2.0 or server: 3
            BAOCAO_LLM_TEMPERATURE        | warm  | BAOCAO_LLM_TEMPERATURE must be a number from 0.0 to 2.0 or server: warm
            BAOCAO_LLM_SEED               | -1    | BAOCAO_LLM_SEED must be a whole number from 0 to 2147483647: -1
            BAOCAO_LLM_CONNECT_TIMEOUT    | 0     | BAOCAO_LLM_CONNECT_TIMEOUT must be a positive number of seconds: 0
            """)
    void failsNamingTheKeyOfABadCallSetting(String key, String value, String message) {
        assertThatThrownBy(() -> LlmSettings.load(Map.of("BAOCAO_LLM", "openai", "BAOCAO_LLM_MODEL", "m", key, value), dir))
                .isInstanceOf(SettingsException.class).hasMessage(message);
    }
}
