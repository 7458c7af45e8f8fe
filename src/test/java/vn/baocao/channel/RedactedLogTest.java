package vn.baocao.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactedLogTest {
    private static final String TOKEN = "123456789:AAsecret-Part_of.the-token";

    @Test
    void everyLineWrittenToStandardErrorLosesTheTokenPlainOrUrlEncodedEvenWhenWrittenInPieces() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            RedactedLog.install(TOKEN);
            System.err.print("WARN call to https://api.telegram.org/bot" + TOKEN.substring(0, 10));
            System.err.println(TOKEN.substring(10) + "/sendMessage failed");
            new IllegalStateException("unexpected answer for /bot123456789%3AAAsecret-Part_of.the-token/getMe")
                    .printStackTrace();
            System.err.flush();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertThat(log).doesNotContain("AAsecret").contains("https://api.telegram.org/bot<token>/sendMessage failed\n")
                .contains("IllegalStateException: unexpected answer for /bot<token>/getMe");
    }
}
