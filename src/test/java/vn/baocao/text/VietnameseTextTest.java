package vn.baocao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @Test
    void movesNewStyleToneToTheFirstVowelOfFinalOaOeUy() {
        assertThat(VietnameseText.normalize("hoà bình, thuỷ sản, xoè ra, Hoà")).isEqualTo("hòa bình, thủy sản, xòe ra, Hòa");
    }

    @Test
    void leavesSyllablesWithAFinalConsonantAndQuAlone() {
        assertThat(VietnameseText.normalize("hoàn thành quý báu quỹ quà")).isEqualTo("hoàn thành quý báu quỹ quà");
    }

    @Test
    void composesDecomposedMarks() {
        String nfd = Normalizer.normalize("Bùi Thanh Sơn", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Bùi Thanh Sơn");
        assertThat(VietnameseText.normalize(nfd)).isEqualTo("Bùi Thanh Sơn");
    }

    @Test
    void collapsesNoBreakAndZeroWidthSpaces() {
        assertThat(VietnameseText.normalize(" Bộ\u00A0Ngoại \u200B giao\n")).isEqualTo("Bộ Ngoại giao");
    }

    @Test
    void foldsAccentsAndDToPlainLowerCase() {
        assertThat(VietnameseText.fold("Bùi Thanh Sơn")).isEqualTo("bui thanh son");
        assertThat(VietnameseText.fold("Đối ngoại ĐẢNG")).isEqualTo("doi ngoai dang");
    }

    @Test
    void tellsWhetherTextHasDiacritics() {
        assertThat(VietnameseText.hasDiacritics("bo truong bui thanh son")).isFalse();
        assertThat(VietnameseText.hasDiacritics("Bộ trưởng")).isTrue();
        assertThat(VietnameseText.hasDiacritics("đi")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            vi sao VN truot ghe uy vien HĐBA     | false
            ĐSQ o dau                            | false
            Đ/c Ngọc giữ chức gì                 | true
            ai chủ trì HN                        | true
            ai chu tri                           | false
            """)
    void aQuestionIsTypedWithMarksWhenAWordOtherThanAnAcronymHasThem(String question, boolean marked) {
        assertThat(VietnameseText.typedWithDiacritics(question)).isEqualTo(marked);
    }

    @Test
    void removesControlAndPrivateUseCharacters() {
        assertThat(VietnameseText.normalize("Hội\u001b[2J nghị\u0000\uE000")).isEqualTo("Hội[2J nghị");
    }

    /**
     * normalize and fold skip their patterns where a cheap scan says they would change nothing, and fold
     * does in one loop what two patterns did: on random text mixing every kind of character they treat
     * specially, both must give exactly what the plain pattern definitions give.
     */
    @Test
    void normalizeAndFoldGiveWhatTheirPatternDefinitionsGiveOnRandomText() {
        String[] pieces = {"a", "O", "o", "u", "U", "y", "q", " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0",
                "\u2007", "\u202F", "\u200B", "\uFEFF", "\u2003", "\u3000", "à", "á", "ý", "ỳ", "È", "Ý", "ò", "ủ",
                "\u0300", "\u0301", "\u0323", "\u0309", "\u20DD", "\u0903", "đ", "Đ", "ơ", "ư", "Ơ", "İ", "Σ", "한",
                "\u0000", "\u001B", "\u007F", "\u0085", "\uE000", "\uDB80\uDC00", "\uD83D\uDE00", "\uD800", "n", "-",
                "5", "/", ".", ":"};
        java.util.Random random = new java.util.Random(20261123);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(VietnameseText.normalize(t)).as("normalize %s", escaped(t)).isEqualTo(normalizeByPatterns(t));
            assertThat(VietnameseText.fold(t)).as("fold %s", escaped(t)).isEqualTo(foldByPatterns(t));
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private static String normalizeByPatterns(String text) {
        String visible = text.replaceAll("[\\p{Cc}\\p{Co}&&[^\\t\\n\\r]]+", "");
        String nfc = Normalizer.normalize(visible, Normalizer.Form.NFC);
        return SPACES.matcher(VietnameseText.canonicalTones(nfc)).replaceAll(" ").strip();
    }

    private static String foldByPatterns(String text) {
        String nfd = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(nfd.replaceAll("\\p{M}+", "")).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
