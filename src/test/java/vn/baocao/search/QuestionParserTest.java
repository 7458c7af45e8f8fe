package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.baocao.index.SampleReports;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Person;

class QuestionParserTest {
    private static final List<Person> KNOWN = List.of(SampleReports.PHAM_BINH_MINH, SampleReports.PHAM_MINH_CHINH,
            SampleReports.BUI_THANH_SON, SampleReports.NGUYEN_PHU_TRONG, SampleReports.TRAN_LUU_QUANG,
            SampleReports.HOANG_NAM);
    private final QuestionParser parser = new QuestionParser(KNOWN);

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/search/questions.csv", delimiter = '|', numLinesToSkip = 1)
    void recognisesTypeYearPersonAndConference(String question, QuestionType type, int year, String person,
                                               ConferenceKind kind, int ordinal) {
        QueryIntent intent = parser.parse(question);
        assertThat(intent.type()).as("type").isEqualTo(type);
        assertThat(intent.year()).as("year").isEqualTo(year);
        assertThat(intent.person() == null ? null : intent.person().name()).as("person").isEqualTo(person);
        assertThat(intent.conferenceKind()).as("conference kind").isEqualTo(kind);
        assertThat(intent.conferenceOrdinal()).as("ordinal").isEqualTo(ordinal);
    }

    @Test
    void keepsContentWordsAndDropsQuestionWords() {
        assertThat(parser.parse("Ai chủ trì hội nghị?").terms()).containsExactly("chủ", "trì", "hội", "nghị");
        assertThat(parser.parse("hoi nghi dien ra khi nao vay").terms()).containsExactly("hoi", "nghi", "dien", "ra");
        assertThat(parser.parse("Bộ trưởng nhấn mạnh điều gì ở đâu?").terms())
                .containsExactly("bộ", "trưởng", "nhấn", "mạnh");
    }

    @Test
    void keepsWordsWhoseFoldingCollidesWithQuestionWords() {
        // "đầu" folds to "dau" like "đâu"; "the" is also "thế"; "an" is also the "an" of "an ninh"
        assertThat(parser.parse("6 thang dau nam").terms()).containsExactly("6", "thang", "dau", "nam");
        assertThat(parser.parse("the gioi an ninh").terms()).containsExactly("the", "gioi", "an", "ninh");
    }

    @Test
    void readsADateAndLeavesItsNumbersOutOfTheTerms() {
        QueryIntent intent = parser.parse("Bộ trưởng nói gì ngày 05/07?");
        assertThat(intent.date()).isEqualTo(MonthDay.of(7, 5));
        assertThat(intent.fullDate()).isEmpty();
        assertThat(intent.terms()).containsExactly("bộ", "trưởng", "nói");
        assertThat(parser.parse("bo truong noi gi ngay 5/7").date()).isEqualTo(MonthDay.of(7, 5));
    }

    @Test
    void aDateWithAYearGivesTheFullDate() {
        QueryIntent intent = parser.parse("Hội nghị ngày 5 tháng 7 năm 2023 bàn gì?");
        assertThat(intent.date()).isEqualTo(MonthDay.of(7, 5));
        assertThat(intent.year()).isEqualTo(2023);
        assertThat(intent.fullDate()).contains(LocalDate.of(2023, 7, 5));
        assertThat(intent.terms()).containsExactly("hội", "nghị", "bàn");
    }

    @Test
    void aPeriodIsNotADate() {
        assertThat(parser.parse("6 tháng đầu năm 2023").date()).isNull();
    }

    @Test
    void severalYearsAreListedButNoneIsTheFilterYear() {
        QueryIntent intent = parser.parse("So sánh năm 2022 và năm 2024");
        assertThat(intent.years()).containsExactly(2022, 2024);
        assertThat(intent.year()).isZero();
        assertThat(parser.parse("năm 1900 và năm 2200").years()).isEmpty();
    }

    @Test
    void decomposedQuestionsParseLikeComposedOnes() {
        String nfc = "Bùi Thanh Sơn nhấn mạnh gì tại hội nghị tổng kết?";
        QueryIntent composed = parser.parse(nfc);
        QueryIntent decomposed = parser.parse(Normalizer.normalize(nfc, Normalizer.Form.NFD));
        assertThat(decomposed.terms()).isEqualTo(composed.terms());
        assertThat(decomposed.person()).isEqualTo(SampleReports.BUI_THANH_SON);
        assertThat(decomposed.type()).isEqualTo(QuestionType.WHAT_SAID);
        assertThat(decomposed.conferenceKind()).isEqualTo(ConferenceKind.YEAR_END_REVIEW);
    }

    @Test
    void oldTonePlacementIsNormalised() {
        assertThat(parser.parse("biên giới hoà bình, thuỷ sản").terms()).containsExactly("biên", "giới", "hòa", "bình", "thủy", "sản");
    }

    @Test
    void luceneSyntaxIsJustText() {
        QueryIntent intent = parser.parse("AND ( \" *:* title:x~ OR -bộ +trưởng^2");
        assertThat(intent.terms()).containsExactly("and", "title", "x", "or", "bộ", "trưởng", "2");
        assertThat(intent.type()).isEqualTo(QuestionType.OTHER);
    }

    @Test
    void aVeryLongQuestionKeepsItsFirstDistinctWordsOnly() {
        StringBuilder question = new StringBuilder("Bộ trưởng đề nghị gì");
        for (int i = 0; question.length() < 20_000; i++) {
            question.append(" từ").append(i);
        }
        QueryIntent intent = parser.parse(question.toString());
        assertThat(intent.terms()).hasSize(QuestionParser.MAX_TERMS);
        assertThat(intent.terms()).startsWith("bộ", "trưởng", "đề", "nghị", "từ0");
        assertThat(intent.terms().getLast()).isEqualTo("từ59");
    }

    @Test
    void emptyAndEmojiOnlyQuestionsHaveNothingToSearchFor() {
        for (String question : new String[] {"", "   ", "🙂🙂 👍", "???"}) {
            QueryIntent intent = parser.parse(question);
            assertThat(intent.terms()).as(question).isEmpty();
            assertThat(intent.isBlank()).as(question).isTrue();
            assertThat(intent.type()).as(question).isEqualTo(QuestionType.OTHER);
        }
    }

    @Test
    void withoutKnownPeopleNoPersonIsRecognised() {
        assertThat(new QuestionParser(List.of()).parse("Bùi Thanh Sơn nói gì?").person()).isNull();
    }

    @Test
    void theLongestMatchingEndOfANameWins() {
        // "ông Minh" would name Phạm Bình Minh, listed first; "Minh Chính" names more of Phạm Minh Chính
        assertThat(parser.parse("ông Minh Chính nói gì").person()).isEqualTo(SampleReports.PHAM_MINH_CHINH);
        assertThat(parser.parse("ông Minh nói gì").person()).isEqualTo(SampleReports.PHAM_BINH_MINH);
    }

    @Test
    void aSingleSyllableNamesSomeoneOnlyAfterAnHonorific() {
        assertThat(parser.parse("Việt Nam và Quảng Trị").person()).isNull(); // "Nam" alone is not Hoàng Nam
        assertThat(parser.parse("bà Nam dự ở đâu").person()).isEqualTo(SampleReports.HOANG_NAM);
    }
}
