package vn.baocao.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.baocao.channel.MessageSplitter;

class MessageSplitterTest {
    private static final Pattern LINE_STARTING_WITH_TEXT_OF_A_MARKER = Pattern.compile("^[.,;:]");

    @Test
    void leavesAShortMessageWhole() {
        assertThat(MessageSplitter.html("  Bùi Thanh Sơn [1].\n\n<b>Nguồn:</b>\n[1] Tiêu đề  ", 4096))
                .containsExactly("Bùi Thanh Sơn [1].\n\n<b>Nguồn:</b>\n[1] Tiêu đề");
    }

    @Test
    void cutsAtTheLastParagraphBreakThatFits() {
        String first = "Đoạn một [1].";
        String second = "Đoạn hai dài hơn một chút [2].";
        String third = "Đoạn ba [3].";
        String html = first + "\n\n" + second + "\n\n" + third;

        assertThat(MessageSplitter.html(html, first.length() + 2 + second.length() + 1))
                .containsExactly(first + "\n\n" + second, third);
    }

    @Test
    void prefersALineBreakThenASentenceEndThenASpace() {
        assertThat(MessageSplitter.html("Dòng một.\nDòng hai", 15)).containsExactly("Dòng một.", "Dòng hai");
        assertThat(MessageSplitter.html("Câu một. Câu hai tiếp", 18)).containsExactly("Câu một.", "Câu hai tiếp");
        assertThat(MessageSplitter.html("một hai ba bốn năm", 10)).containsExactly("một hai ba", "bốn năm");
    }

    @Test
    void neverCutsInsideATagAnElementOrAnEntity() {
        String html = "xx <b>chữ đậm dài</b> &amp;&quot; <a href=\"https://a.vn/x?a=1&amp;b=2\">liên kết</a> cuối";
        for (int limit = 60; limit < html.length(); limit++) { // the <a> element is 52 characters
            List<String> pieces = MessageSplitter.html(html, limit);
            for (String piece : pieces) {
                assertThat(piece.length()).isLessThanOrEqualTo(limit);
                assertThat(TelegramHtml.plainText(piece)).as("piece %s at limit %d", piece, limit).isNotNull();
            }
            assertThat(String.join(" ", pieces).replaceAll("\\s+", " ")).isEqualTo(html.replaceAll("\\s+", " "));
        }
    }

    @Test
    void neverSeparatesAMarkerFromItsText() {
        String html = "Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị [1]. Thủ tướng dự và phát biểu [2].\n[3] Tiêu đề báo cáo";
        for (int limit = 20; limit < html.length(); limit++) {
            for (String piece : MessageSplitter.html(html, limit)) {
                assertThat(piece).as("limit %d", limit).doesNotStartWith("[1]").doesNotStartWith("[2]")
                        .doesNotEndWith("[3]");
                assertThat(LINE_STARTING_WITH_TEXT_OF_A_MARKER.matcher(piece).find()).as("limit %d: %s", limit, piece)
                        .isFalse();
            }
        }
    }

    @Test
    void keepsSurrogatePairsWhole() {
        String html = "📄📄📄📄📄📄📄📄📄📄";
        for (String piece : MessageSplitter.html(html, 5)) {
            assertThat(piece.codePoints().allMatch(cp -> cp == "📄".codePointAt(0))).isTrue();
            assertThat(piece.length()).isEqualTo(4);
        }
    }

    @Test
    void splitsTenThousandCharactersIntoTelegramSizedPiecesOnParagraphs() {
        StringBuilder html = new StringBuilder();
        int n = 0;
        while (html.length() < 10_000) {
            n++;
            html.append("Đoạn ").append(n).append(": ").append("Hội nghị &amp; tổng kết công tác. ".repeat(5))
                    .append("[").append(n % 3 + 1).append("].\n\n");
        }
        List<String> pieces = MessageSplitter.html(html.toString(), Outgoing.MAX_CHARS);

        assertThat(pieces).hasSize(3);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(4096);
            assertThat(p).startsWith("Đoạn ").endsWith("].");
        });
        assertThat(String.join("\n\n", pieces)).isEqualTo(html.toString().strip());
    }
}
