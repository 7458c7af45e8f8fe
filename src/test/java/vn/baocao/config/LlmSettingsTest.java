package vn.baocao.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
                Duration.ofSeconds(30)));
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
                .isEqualTo("LlmSettings[provider=openai, baseUrl=https://api.openai.com/v1, model=m, apiKey=(set), timeout=30 s]");
    }
}
