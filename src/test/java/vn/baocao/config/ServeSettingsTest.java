package vn.baocao.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServeSettingsTest {
    private static final Path WORKING = Path.of("/srv/baocao");
    private static final String TOKEN = "s3cret-token-0123456789";

    @Test
    void defaultsToNoAdminNoCorsAndSixtyRequestsAMinute() {
        ServeSettings s = ServeSettings.from(SettingValues.of(Map.of()), Map.of(), WORKING);

        assertThat(s.adminToken()).isEmpty();
        assertThat(s.corsOrigins()).isEmpty();
        assertThat(s.ratePerMinute()).isEqualTo(60);
        assertThat(s.burst()).isEqualTo(20);
        assertThat(s.maxUploadBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(s.uploadsDir()).isEqualTo(WORKING.resolve("uploads"));
    }

    @Test
    void readsTheTokenFromTheEnvironmentOnlyAndNeverShowsIt() {
        ServeSettings fromFile = ServeSettings.from(SettingValues.of(Map.of("BAOCAO_ADMIN_TOKEN", TOKEN)), Map.of(), WORKING);
        ServeSettings fromEnv = ServeSettings.from(SettingValues.of(Map.of("BAOCAO_CORS_ORIGINS", "https://a.vn/, http://b.vn:8080",
                "BAOCAO_SERVE_RATE", "120", "BAOCAO_SERVE_BURST", "5")), Map.of("BAOCAO_ADMIN_TOKEN", TOKEN), WORKING);

        assertThat(fromFile.adminToken()).as("a secret in baocao.properties is not read").isEmpty();
        assertThat(fromEnv.adminToken()).isEqualTo(Optional.of(TOKEN));
        assertThat(fromEnv.corsOrigins()).isEqualTo(List.of("https://a.vn", "http://b.vn:8080"));
        assertThat(fromEnv.ratePerMinute()).isEqualTo(120);
        assertThat(fromEnv.burst()).isEqualTo(5);
        assertThat(fromEnv.toString()).contains("admin=on").doesNotContain(TOKEN);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "BAOCAO_ADMIN_TOKEN|short|BAOCAO_ADMIN_TOKEN must be 16 to 512",
            "BAOCAO_ADMIN_TOKEN|a token with spaces in it|BAOCAO_ADMIN_TOKEN must be 16 to 512",
            "BAOCAO_CORS_ORIGINS|portal.example.vn|BAOCAO_CORS_ORIGINS must list origins",
            "BAOCAO_CORS_ORIGINS|https://a.vn/path|BAOCAO_CORS_ORIGINS must list origins",
            "BAOCAO_SERVE_RATE|0|BAOCAO_SERVE_RATE must be a whole number from 1",
            "BAOCAO_SERVE_BURST|many|BAOCAO_SERVE_BURST must be a whole number from 1"})
    void aBadValueFailsNamingItsKeyWithoutRepeatingASecret(String key, String value, String message) {
        Map<String, String> env = Map.of(key, value);

        var thrown = assertThatThrownBy(() -> ServeSettings.from(SettingValues.of(env), env, WORKING))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith(message);
        if (key.equals("BAOCAO_ADMIN_TOKEN")) {
            thrown.hasMessageNotContaining(value);
        }
    }
}
