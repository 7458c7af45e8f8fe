package vn.baocao.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain-text messages (Zalo's): the same cuts as HTML, but "<" and "&" are just characters. */
class PlainMessageSplitterTest {
    @Test
    void cutsPlainTextWithAngleBracketsAndAmpersandsAtParagraphs() {
        String first = "Theo <báo cáo> & “tổng kết” [1].";
        String second = "Đoạn & hai < ba [2].";
        List<String> pieces = MessageSplitter.plain(first + "\n\n" + second, first.length() + 5);

        assertThat(pieces).containsExactly(first, second);
    }

    @Test
    void neverSeparatesAMarkerFromItsTextNorASurrogatePair() {
        String text = "Bộ trưởng chủ trì hội nghị [1]. Thủ tướng dự 📄 và phát biểu [2].\n[3] Tiêu đề & báo cáo";
        for (int limit = 12; limit < text.length(); limit++) {
            int max = limit;
            List<String> pieces = MessageSplitter.plain(text, max);
            assertThat(pieces).as("limit %d", max).allSatisfy(p -> {
                assertThat(p.length()).isLessThanOrEqualTo(max);
                assertThat(p).doesNotStartWith("[1]").doesNotStartWith("[2]").doesNotEndWith("[3]")
                        .doesNotStartWith(".");
                assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
            });
            assertThat(String.join(" ", pieces).replaceAll("\\s+", " ")).isEqualTo(text.replaceAll("\\s+", " "));
        }
    }

    @Test
    void splitsFiveThousandCharactersIntoZaloSizedPiecesOnParagraphs() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; text.length() < 5000; n++) {
            text.append("Đoạn ").append(n).append(": ").append("Hội nghị <tổng kết> & triển khai. ".repeat(4))
                    .append("[").append(n % 3 + 1).append("].\n\n");
        }
        List<String> pieces = MessageSplitter.plain(text.toString(), 2000);

        assertThat(pieces).hasSize(3).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(2000);
            assertThat(p).startsWith("Đoạn ").endsWith("].");
        });
        assertThat(String.join("\n\n", pieces)).isEqualTo(text.toString().strip());
    }
}
