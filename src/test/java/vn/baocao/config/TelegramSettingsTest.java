package vn.baocao.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelegramSettingsTest {
    private static final String TOKEN = "123456:secret-Token_x";
    private static final Path WORKING = Path.of("/srv/baocao");

    @Test
    void defaultsToThePublicServerAnOpenBotAndTwentyMegabytes() {
        TelegramSettings s = TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)), WORKING);

        assertThat(s.token()).isEqualTo(TOKEN);
        assertThat(s.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(s.allowedChats()).isEmpty();
        assertThat(s.admins()).isEmpty();
        assertThat(s.maxUploadBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(s.uploadsDir()).isEqualTo(WORKING.resolve("uploads"));
        assertThat(s.allows(42)).isTrue();
    }

    @Test
    void readsTheAllowlistAdminsServerAndLimit() {
        TelegramSettings s = TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", "http://127.0.0.1:8081/", "BAOCAO_ALLOWED_CHATS", "-1001234, 77",
                "BAOCAO_ADMINS", "5", "BAOCAO_MAX_UPLOAD_MB", "2", "BAOCAO_UPLOADS", "/var/lib/baocao/up")), WORKING);

        assertThat(s.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(s.allowedChats()).containsExactlyInAnyOrder(-1001234L, 77L);
        assertThat(s.maxUploadBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(s.uploadsDir()).isEqualTo(Path.of("/var/lib/baocao/up"));
        assertThat(s.allows(77)).isTrue();
        assertThat(s.allows(5)).as("an admin's private chat").isTrue();
        assertThat(s.allows(78)).isFalse();
    }

    @Test
    void aMissingTokenNamesTheKeyAndSaysWhereToGetOne() {
        assertThatThrownBy(() -> TelegramSettings.from(SettingValues.of(Map.of()), WORKING))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather");
    }

    @Test
    void aMalformedTokenIsRefusedWithoutBeingRepeated() {
        assertThatThrownBy(() -> TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN", "123:abc/def")),
                WORKING)).hasMessageStartingWith("TELEGRAM_BOT_TOKEN does not look like a bot token")
                .message().doesNotContain("abc/def");
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> with("BAOCAO_ALLOWED_CHATS", "12,@mygroup"))
                .hasMessageContaining("BAOCAO_ALLOWED_CHATS").hasMessageContaining("@mygroup");
        assertThatThrownBy(() -> with("BAOCAO_ADMINS", "x")).hasMessageContaining("BAOCAO_ADMINS");
        assertThatThrownBy(() -> with("BAOCAO_MAX_UPLOAD_MB", "0")).hasMessageContaining("BAOCAO_MAX_UPLOAD_MB");
        assertThatThrownBy(() -> with("TELEGRAM_API_URL", "http://proxy.local/telegram"))
                .hasMessageContaining("TELEGRAM_API_URL must be http(s)://host[:port] with no path");
        assertThatThrownBy(() -> with("TELEGRAM_API_URL", "ftp://x")).hasMessageContaining("TELEGRAM_API_URL");
    }

    @Test
    void neverPrintsTheToken() {
        TelegramSettings s = TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)), WORKING);
        assertThat(s.toString()).doesNotContain("secret").contains("token=(hidden)");
    }

    private static TelegramSettings with(String key, String value) {
        return TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, key, value)), WORKING);
    }
}
