package vn.baocao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

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

    @Test
    void removesControlAndPrivateUseCharacters() {
        assertThat(VietnameseText.normalize("Hội\u001b[2J nghị\u0000\uE000")).isEqualTo("Hội[2J nghị");
    }
}
