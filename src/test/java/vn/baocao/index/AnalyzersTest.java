package vn.baocao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    @Test
    void exactFieldSpellsBothTonePlacementsTheSameWay() {
        assertThat(Analyzers.terms(Fields.EXACT, "Hoà bình, thuỷ sản")).containsExactly("hòa", "bình", "thủy", "sản");
        assertThat(Analyzers.terms(Fields.EXACT, "hoà thuỷ")).isEqualTo(Analyzers.terms(Fields.EXACT, "hòa thủy"));
    }

    @Test
    void exactFieldReadsDecomposedTextLikeComposedText() {
        String nfc = "Bộ trưởng Bùi Thanh Sơn";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(Analyzers.terms(Fields.EXACT, nfd)).containsExactly("bộ", "trưởng", "bùi", "thanh", "sơn");
    }

    @Test
    void exactFieldKeepsAccentsThatDistinguishWords() {
        assertThat(Analyzers.terms(Fields.EXACT, "đã đa")).containsExactly("đã", "đa");
    }

    @Test
    void foldFieldDropsAccentsAndReadsDAsD() {
        assertThat(Analyzers.terms(Fields.FOLD, "Bùi Thanh Sơn, Đối ngoại, ưu tiên"))
                .containsExactly("bui", "thanh", "son", "doi", "ngoai", "uu", "tien");
        assertThat(Analyzers.terms(Fields.FOLD, Normalizer.normalize("Sơn", Normalizer.Form.NFD))).containsExactly("son");
    }

    @Test
    void pairFieldHoldsAdjacentSyllablesWithoutSingleOnes() {
        assertThat(Analyzers.terms(Fields.FOLD2, "Bùi Thanh Sơn")).containsExactly("bui thanh", "thanh son");
        assertThat(Analyzers.terms(Fields.FOLD2, "Ngoại giao kinh tế"))
                .containsExactly("ngoai giao", "giao kinh", "kinh te");
        assertThat(Analyzers.terms(Fields.FOLD2, "Sơn")).isEmpty();
    }

    @Test
    void peopleAndTitleFieldsAreFolded() {
        assertThat(Analyzers.terms(Fields.PEOPLE, "Phạm Minh Chính")).containsExactly("pham", "minh", "chinh");
        assertThat(Analyzers.terms(Fields.TITLE, "Hội nghị sơ kết")).containsExactly("hoi", "nghi", "so", "ket");
    }

    @Test
    void datesFieldNormalisesEveryWayOfWritingADayAndMonth() {
        for (String written : new String[] {"ngày 5/7", "05/07", "5-7", "ngày 5 tháng 7", "Ngày 05 Tháng 07", "ngay 5 thang 7"}) {
            assertThat(Analyzers.terms(Fields.DATES, written)).as(written).containsExactly("5/7");
        }
    }

    @Test
    void datesFieldAddsAYearTokenWhenAYearIsWritten() {
        assertThat(Analyzers.terms(Fields.DATES, "ngày 5 tháng 7 năm 2023")).containsExactly("5/7", "5/7/2023");
        assertThat(Analyzers.terms(Fields.DATES, "(06/01/1946 – 06/01/2026)"))
                .containsExactly("6/1", "6/1/1946", "6/1", "6/1/2026");
    }

    @Test
    void datesFieldIgnoresPeriodsRangesAndNumberPairs() {
        assertThat(Analyzers.terms(Fields.DATES,
                "6 tháng đầu năm, nhiệm kỳ 2020-2021, số phiếu 192/193, 45/13, hơn 700 đại biểu")).isEmpty();
    }

    @Test
    void noFieldDropsStopSyllables() {
        assertThat(Analyzers.terms(Fields.FOLD, "đã là của và")).containsExactly("da", "la", "cua", "va");
    }
}
