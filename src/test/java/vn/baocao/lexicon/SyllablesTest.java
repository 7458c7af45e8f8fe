package vn.baocao.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            kong  | cong
            ka    | ca
            kuk   | cuc
            sa    | xa
            fu    | phu
            zi    | di gi
            ja    | da gia
            ke    | none
            cong  | none
            sha   | none
            me    | none
            """)
    void respellsAForeignSyllableInTheLettersVietnameseWritesItIn(String foreign, String written) {
        assertThat(Syllables.respelt(foreign)).isEqualTo(written == null ? List.of() : List.of(written.split(" ")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"nghieng, true", "cong, true", "kong, true", "mekong, false", "bng, false", "aoi, false"})
    void tellsASyllableFromOtherWords(String folded, boolean syllable) {
        assertThat(Syllables.looksLikeOne(folded)).isEqualTo(syllable);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"kêt, true", "luât, true", "kèt, true", "kết, false", "luật, false", "tổng, false", "ket, false",
            "mạch, false", "mãch, true", "đi, false"})
    void aStopEndsOnlyASyllableOfTheRisingOrTheHeavyTone(String lower, boolean impossible) {
        assertThat(Syllables.hasAnImpossibleTone(lower, vn.baocao.text.VietnameseText.fold(lower))).isEqualTo(impossible);
    }
}
