package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationsTest {
    /** Passages writing "Đu-bai", "Lu-an-đa", "Ăng-gô-la", "Hà Nội", "Mê Công", "Ô-xa-ca", "Phu-cu-ô-ca", as phrase counts. */
    private static final Map<String, Integer> PASSAGES = Map.ofEntries(
            Map.entry("du bai", 2), Map.entry("lu an", 1), Map.entry("an da", 3), Map.entry("lu an da", 1),
            Map.entry("ang go", 1), Map.entry("go la", 2), Map.entry("ang go la", 1), Map.entry("ha noi", 9),
            Map.entry("me cong", 3), Map.entry("o xa", 1), Map.entry("xa ca", 1), Map.entry("o xa ca", 1),
            Map.entry("phu cu", 1), Map.entry("cu o", 1), Map.entry("o ca", 1), Map.entry("phu cu o ca", 1));

    private final Transliterations transliterations = new Transliterations(p -> PASSAGES.getOrDefault(p, 0));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            dubai   | du bai
            luanda  | lu an da
            angola  | ang go la
            hanoi   | ha noi
            mekong  | me cong
            osaka   | o xa ca
            fukuoka | phu cu o ca
            mecong  | me cong
            mekon   | none
            mexico  | none
            dubay   | none
            lao     | none
            dubai2  | none
            """)
    void findsTheSyllablesTheReportsWriteAForeignNameIn(String typed, String written) {
        assertThat(transliterations.of(typed)).isEqualTo(Optional.ofNullable(written).map(w -> List.of(w.split(" "))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"luanda", "angola"})
    void needsTheWholeRunInOnePassageNotOnlyItsPairs(String typed) {
        Map<String, Integer> pairsOnly = Map.of("lu an", 1, "an da", 3, "ang go", 1, "go la", 2);
        assertThat(new Transliterations(p -> pairsOnly.getOrDefault(p, 0)).of(typed)).isEmpty();
    }
}
