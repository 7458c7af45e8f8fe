package vn.baocao.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
    private final Lexicon lexicon = Lexicon.get();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ trưởng khen ngợi nỗ lực           | bo truong bieu duong no luc
            bo truong tuyen duong no luc         | bo truong bieu duong no luc
            Việt Nam được bầu vào HĐBA LHQ       | viet nam trung cu hoi dong bao an lien hop quoc
            VN trúng cử Hội đồng Bảo an          | viet nam trung cu hoi dong bao an
            hơn 700 người tham dự                | hon 700 dai bieu
            kim ngạch XNK                        | kim ngach xuat nhap khau
            Bộ Giáo dục và Đào tạo               | bo giao duc va dao tao
            đánh giá cao và nhận định            | danh gia cao va nhan dinh
            """)
    void writesQuestionAndReportInTheSameWords(String text, String canonical) {
        assertThat(String.join(" ", Canonical.words(text))).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            khen ngợi      | PRAISE
            biểu dương     | PRAISE
            nhận định      | ASSESSMENT
            kêu gọi        | REQUEST
            nhan manh      | EMPHASIS
            phát biểu      | SAY
            canh bao       | EMPHASIS
            chia sẻ        | SAY
            gợi ý          | REQUEST
            phan anh       | REPORT
            """)
    void givesEachSpeechVerbItsKindWithOrWithoutDiacritics(String verb, SpeechKind kind) {
        List<PhraseTable.Match<SpeechKind>> found = lexicon.speechVerbs().find(Words.of(verb));
        assertThat(found).extracting(PhraseTable.Match::value).containsExactly(kind);
    }

    @Test
    void aWordThatFoldsToAnotherMatchesOnlyWithItsDiacritics() {
        // "đâu" (where) folds to the "dau" of "đầu" (first): only "đâu" typed with its mark asks where
        assertThat(lexicon.questionCues().find(Words.of("ở đâu"))).extracting(PhraseTable.Match::value).containsExactly("where");
        assertThat(lexicon.questionCues().find(Words.of("6 thang dau"))).isEmpty();
        assertThat(lexicon.questionCues().find(Words.of("đâu"))).extracting(PhraseTable.Match::value).containsExactly("where");
    }

    @Test
    void anAbbreviationInItsOwnCaseOnlyWhenLowerCaseItIsAnotherWord() {
        assertThat(lexicon.abbreviations().find(Words.of("ngành NG"))).extracting(PhraseTable.Match::value)
                .containsExactly("ngành ngoại giao");
        assertThat(lexicon.abbreviations().find(Words.of("NG"))).extracting(PhraseTable.Match::value)
                .containsExactly("ngoại giao");
        assertThat(lexicon.abbreviations().find(Words.of("ng dan"))).isEmpty();
    }

    @Test
    void theFullNameIsNotItsOwnAbbreviation() {
        assertThat(lexicon.abbreviationAt(Words.of("Bộ Giáo dục và Đào tạo"), 0)).isEmpty();
        assertThat(lexicon.abbreviationAt(Words.of("Bộ Giáo dục"), 0)).map(PhraseTable.Match::value)
                .contains("Bộ Giáo dục và Đào tạo");
    }

    @Test
    void countriesArePlacesAndOrganisationsAreNot() {
        assertThat(lexicon.isPlace("Hoa Kỳ")).isTrue();
        assertThat(lexicon.isPlace("Myanmar")).isTrue();
        assertThat(lexicon.isPlace("Bộ Ngoại giao")).isFalse();
        assertThat(lexicon.isPlace("ASEAN")).isFalse();
    }

    @Test
    void aUnitIsWrittenWithItsDiacritics() {
        assertThat(lexicon.writtenUnit("dong")).contains("đồng");
        assertThat(lexicon.writtenUnit("dai bieu")).contains("đại biểu");
        assertThat(lexicon.writtenUnit("cau hoi")).isEmpty();
    }

    @Test
    void theNounThatAsksWhoBeforeAnActIsKeptApartFromTheQuestionWords() {
        assertThat(lexicon.agentNouns().find(Words.of("người chủ trì"))).extracting(PhraseTable.Match::value).containsExactly("agent");
        assertThat(lexicon.questionCues().find(Words.of("người"))).isEmpty();
    }

    @Test
    void ingestReadsTheReportVerbsOfTheSpeechVerbTable() {
        assertThat(lexicon.reportSpeechVerbs()).hasSize(38).contains("phát biểu", "nói", "biểu dương", "cho biết", "khuyến cáo", "cảm ơn", "cảnh báo", "chia sẻ", "giới thiệu")
                .doesNotContain("khen ngợi", "kiến nghị");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Ủy viên Bộ Chính trị, Thủ tướng Chính phủ              | 2
            Phó Thủ tướng, Bộ trưởng Ngoại giao                    | 4
            Thứ trưởng Thường trực Bộ Ngoại giao                   | 8
            Thứ trưởng Bộ Y tế                                      | 9
            Đại sứ Việt Nam tại Hoa Kỳ                              | 10
            """)
    void ranksAnOfficeBySeniority(String role, int rank) {
        assertThat(lexicon.seniorityOf(role)).isEqualTo(rank);
    }

    @Test
    void countsAUnitByTheWordsReportsCountItWith() {
        assertThat(lexicon.unitForms("tien")).contains("tien", "ty", "usd");
        assertThat(lexicon.unitForms("dai bieu")).contains("dai bieu", "nguoi du", "khach moi");
    }

    @Test
    void readsEnglishWithTheFormsOfEveryTable() {
        assertThat(lexicon.english()).containsEntry("stressed", "nhấn mạnh").containsEntry("deputy prime minister", "phó thủ tướng")
                .containsEntry("united nations", "Liên Hợp Quốc").containsEntry("postponed", "hoãn").containsEntry("who", "ai");
        assertThat(lexicon.englishMarkers()).contains("who", "what", "did").doesNotContain("the");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            thế nào        | true
            nhu the nao    | true
            ra sao roi     | true
            phục vụ những ai | false
            thế nào trong năm | false
            """)
    void readsWhatAsksOnlyHowATopicWent(String words, boolean asks) {
        assertThat(lexicon.asksHowItWent(vn.baocao.text.VietnameseText.foldedWords(words))).isEqualTo(asks);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            chieu | true
            sang  | true
            ngay  | false
            """)
    void readsThePartsOfTheDayWrittenBeforeADate(String folded, boolean part) {
        assertThat(lexicon.isPartOfDay(folded)).isEqualTo(part);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            tt   | true
            ttg  | false
            ptt  | false
            """)
    void aShorthandTypedForSeveralTitlesIsKnownAsSuch(String folded, boolean shared) {
        assertThat(lexicon.isSharedTitleShorthand(folded)).isEqualTo(shared);
    }

    /** A phrase given twice in one table has one row that is never used: the tables say each thing once. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"english.tsv", "questions.tsv", "shorthand.tsv", "conferences.tsv",
        "speech-verbs.tsv", "titles.tsv", "units.tsv", "how-it-went.tsv", "total-rows.tsv", "parts-of-day.tsv"})
    void aTableGivesEachPhraseOnce(String table) throws java.io.IOException {
        try (var in = LexiconTest.class.getResourceAsStream("/lexicon/" + table)) {
            java.util.List<String> phrases = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")[0].strip())
                    .toList();
            assertThat(phrases).as(table).doesNotHaveDuplicates();
        }
    }
}
