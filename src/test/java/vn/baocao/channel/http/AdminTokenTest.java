package vn.baocao.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminTokenTest {
    private static final AdminToken TOKEN = new AdminToken("s3cret-token-0123456789");

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "Bearer s3cret-token-0123456789|true",
            "bearer s3cret-token-0123456789|true",
            "Bearer  s3cret-token-0123456789 |true",
            "Bearer s3cret-token-012345678|false",
            "Bearer s3cret-token-01234567890|false",
            "s3cret-token-0123456789|false",
            "Basic s3cret-token-0123456789|false",
            "Bearer |false",
            "NONE|false"})
    void onlyTheBearerTokenItselfIsLetIn(String header, boolean matches) {
        assertThat(TOKEN.matches(Optional.ofNullable(header))).isEqualTo(matches);
        assertThat(TOKEN.toString()).doesNotContain("s3cret");
    }
}
