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

class SettingValuesTest {
    @TempDir
    Path dir;

    @Test
    void environmentOverridesThePropertiesFile() throws IOException {
        Files.writeString(dir.resolve(SettingValues.FILE), "BAOCAO_INDEX=from-file\nTELEGRAM_API_URL=http://x\n");
        SettingValues values = SettingValues.load(Map.of("BAOCAO_INDEX", " from-env ", "HOME", "/root"), dir);

        assertThat(values.get("BAOCAO_INDEX", "")).isEqualTo("from-env");
        assertThat(values.find("TELEGRAM_API_URL")).contains("http://x");
        assertThat(values.find("HOME")).isEmpty();
    }

    @Test
    void refusesASecretInThePropertiesFile() throws IOException {
        Files.writeString(dir.resolve(SettingValues.FILE), "TELEGRAM_BOT_TOKEN=123:abc\n");
        assertThatThrownBy(() -> SettingValues.load(Map.of("TELEGRAM_BOT_TOKEN", "123:abc"), dir))
                .isInstanceOf(SettingsException.class)
                .hasMessage("TELEGRAM_BOT_TOKEN is a secret: set it in the environment, not in baocao.properties");
    }

    @Test
    void readsListsAndSeconds() {
        SettingValues values = SettingValues.of(Map.of("BAOCAO_ADMINS", " 1, ,2 ", "BAOCAO_LLM_TIMEOUT", "45s"));

        assertThat(values.list("BAOCAO_ADMINS")).containsExactly("1", "2");
        assertThat(values.list("BAOCAO_ALLOWED_CHATS")).isEmpty();
        assertThat(values.seconds("BAOCAO_LLM_TIMEOUT", Duration.ZERO)).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void namesTheKeyOfAMalformedValue() {
        SettingValues values = SettingValues.of(Map.of("BAOCAO_LLM_TIMEOUT", "soon", "BAOCAO_X", "-3"));

        assertThatThrownBy(() -> values.seconds("BAOCAO_LLM_TIMEOUT", Duration.ZERO))
                .isInstanceOf(SettingsException.class).hasMessageContaining("BAOCAO_LLM_TIMEOUT");
        assertThatThrownBy(() -> values.seconds("BAOCAO_X", Duration.ZERO))
                .hasMessage("BAOCAO_X must be a positive number of seconds: -3");
    }

    @Test
    void indexDefaultsUnderTheWorkingDirectory() {
        assertThat(Settings.load(Map.of(), dir).indexDir()).isEqualTo(dir.resolve("index"));
        assertThat(Settings.load(Map.of("BAOCAO_INDEX", "/tmp/i"), dir).indexDir()).isEqualTo(Path.of("/tmp/i"));
    }
}
