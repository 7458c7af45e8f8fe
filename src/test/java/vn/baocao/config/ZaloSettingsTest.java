package vn.baocao.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZaloSettingsTest {
    private static final String TOKEN = "3560693075024509922:IRydnWGAAtlek-yTB_evNh";

    @Test
    void defaultsToThePublicServerAndAnOpenBot() {
        ZaloSettings s = ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", TOKEN)));

        assertThat(s.token()).isEqualTo(TOKEN);
        assertThat(s.apiUrl()).isEqualTo(URI.create("https://bot-api.zaloplatforms.com"));
        assertThat(s.allowedChats()).isEmpty();
        assertThat(s.admins()).isEmpty();
    }

    @Test
    void readsTheSharedAllowlistAndAdminsAsZalosStringIds() {
        ZaloSettings s = ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", TOKEN,
                "ZALO_API_URL", "http://127.0.0.1:8099/zalo/", "BAOCAO_ALLOWED_CHATS", " e4ea2cd5189df1c3a88c, 77 ",
                "BAOCAO_ADMINS", "a1b2c3")));

        assertThat(s.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8099/zalo"));
        assertThat(s.allowedChats()).containsExactlyInAnyOrder("e4ea2cd5189df1c3a88c", "77");
        assertThat(s.admins()).containsExactly("a1b2c3");
    }

    @Test
    void aMissingOrMalformedTokenFailsNamingTheKeyWithoutQuotingIt() {
        assertThatThrownBy(() -> ZaloSettings.from(SettingValues.of(Map.of())))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("ZALO_BOT_TOKEN is not set: create a bot");
        assertThatThrownBy(() -> ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", "123:abc def/x"))))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("ZALO_BOT_TOKEN does not look like")
                .message().doesNotContain("abc def");
    }

    @Test
    void aBadServerUrlFailsNamingTheKey() {
        assertThatThrownBy(() -> ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", TOKEN,
                "ZALO_API_URL", "ftp://x.vn")))).isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("ZALO_API_URL must be http(s)://host");
    }

    @Test
    void neverShowsTheToken() {
        assertThat(ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", TOKEN))).toString())
                .doesNotContain("IRydnWGA").contains("token=(hidden)");
    }
}
