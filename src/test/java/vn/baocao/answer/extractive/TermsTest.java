package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {
    @Test
    void syllablesAreFoldedRunsOfLettersAndNumbersWithoutLeadingZeros() {
        assertThat(Terms.syllables("Sáng 06/01/1946, Bộ trưởng Bùi Thanh Sơn (Đà Nẵng) — ½ số 000"))
                .containsExactly("sang", "6", "1", "1946", "bo", "truong", "bui", "thanh", "son", "da", "nang", "½",
                        "so", "0");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"06, 6", "000, 0", "00a, 0a", "0a, 0a", "100, 100", "0, 0", "007x, 7x", "a0, a0"})
    void leadingZerosGoAsTheRegexRemovesThem(String word, String expected) {
        assertThat(Terms.withoutLeadingZeros(word)).isEqualTo(expected).isEqualTo(word.replaceFirst("^0+(?=\\d)", ""));
    }
}
