package vn.baocao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {
    private static final Path SAMPLES = Path.of("src/main/resources/samples");
    /** Texts the tokenizer treats unusually: decomposed accents, full width, ligatures, emoji, a 300-letter word. */
    private static final List<String> ODD_TEXTS = List.of(
            Normalizer.normalize("Bộ trưởng Bùi Thanh Sơn hoà thuỷ", Normalizer.Form.NFD),
            "ＡＳＥＡＮ ２０２３ ﬁnance", "🇻🇳 Việt Nam 🙂🙂", "", "một", "5/7/2023, 10h30, 1.234,5 tỷ USD",
            "a".repeat(300) + " ngoại giao kinh tế", "AND ( \" *:* OR NOT", "Ｎgày ５/７/２０２３, mùng 2 tháng 9 năm 1945");

    @Test
    void givesEveryFieldTheTermsOfItsAnalyzerOnEverySampleParagraph() {
        List<String> texts = new ArrayList<>(sampleParagraphs());
        texts.addAll(ODD_TEXTS);
        assertThat(texts).hasSizeGreaterThan(100);
        for (String text : texts) {
            AnalysedText analysed = AnalysedText.of(text);
            assertSameTerms(analysed.field(Fields.EXACT, AnalysedText.COUNTED, false, false), text);
            assertSameTerms(analysed.field(Fields.FOLD, AnalysedText.POSITIONED, true, false), text);
            assertSameTerms(analysed.field(Fields.FOLD2, AnalysedText.COUNTED, true, true), text);
            assertSameTerms(analysed.dates(Fields.DATES, AnalysedText.COUNTED), text);
        }
    }

    @Test
    void datesAnalysedNowKeepTheYearAtTheDaysPosition() {
        IndexableField dates = AnalysedText.of("Ngày 5/7/2023 và ngày 6/7").dates(Fields.DATES, AnalysedText.COUNTED);
        assertThat(terms(dates)).containsExactly("5/7", "5/7/2023", "6/7");
        assertThat(increments(dates)).containsExactly(1, 0, 1);
    }

    @Test
    void pairsAdjacentFoldedSyllablesAcrossPunctuation() {
        IndexableField pairs = AnalysedText.of("Hoà bình, Thuỷ sản").field(Fields.FOLD2, AnalysedText.COUNTED, true, true);
        assertThat(terms(pairs)).containsExactly("hoa binh", "binh thuy", "thuy san");
    }

    private static void assertSameTerms(IndexableField field, String text) {
        assertThat(terms(field)).as("%s of %s", field.name(), text).isEqualTo(Analyzers.terms(field.name(), text));
    }

    private static List<String> terms(IndexableField field) {
        return Analyzers.tokens(field.tokenStream(Analyzers.perField(), null), field.name()).stream()
                .map(Analyzers.Token::term).toList();
    }

    private static List<Integer> increments(IndexableField field) {
        return Analyzers.tokens(field.tokenStream(Analyzers.perField(), null), field.name()).stream()
                .map(Analyzers.Token::increment).toList();
    }

    private static List<String> sampleParagraphs() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<String> paragraphs = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).forEach(paragraphs::add);
            }
            return paragraphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
