package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.index.ReportIndex;
import vn.baocao.index.SampleReports;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Passage;
import vn.baocao.report.Report;
import vn.baocao.report.ReportInfo;

class RetrieverTest {
    @TempDir
    static Path dir;
    static ReportIndex index;
    static Retriever retriever;

    @BeforeAll
    static void indexTheSamples() {
        index = SampleReports.indexIn(dir);
        retriever = new Retriever(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?         | kim ngach xuat nhap khau nam 2022 dat bao nhieu | 001_8430b1541a21d71d#2
            Phạm Bình Minh nhấn mạnh gì?                             | pham binh minh nhan manh gi                     | 003_60cdc4bfe3deff94#2
            Phó Thủ tướng Trần Lưu Quang làm việc ở đâu?             | pho thu tuong tran luu quang lam viec o dau     | 002_0e1cf19fdeddcf6d#0
            Ai chủ trì hội nghị tổng kết năm 2022?                   | ai chu tri hoi nghi tong ket nam 2022           | 001_8430b1541a21d71d#0
            Việt Nam trúng cử HĐBA với bao nhiêu phiếu?              | viet nam trung cu hdba voi bao nhieu phieu      | 003_60cdc4bfe3deff94#1
            Thủ tướng yêu cầu thực hiện mấy nhiệm vụ trọng tâm?      | thu tuong yeu cau thuc hien may nhiem vu trong tam | 001_8430b1541a21d71d#3
            """)
    void accentedAndAccentlessQuestionsFindTheSameBestPassage(String accented, String accentless, String key) {
        assertThat(bestKey(accented)).isEqualTo(key);
        assertThat(bestKey(accentless)).isEqualTo(key);
    }

    @Test
    void aPersonFindsEveryPassageAboutThemIncludingThoseThatSayOnlyTheirTitle() {
        List<PassageHit> hits = retrieve("bui thanh son", 50);
        assertThat(keys(hits)).containsExactlyInAnyOrder("000_47e75d3c86d27e21#0", "000_47e75d3c86d27e21#2",
                "000_47e75d3c86d27e21#3", "000_47e75d3c86d27e21#4", "000_47e75d3c86d27e21#5",
                "001_8430b1541a21d71d#0", "001_8430b1541a21d71d#1", "002_0e1cf19fdeddcf6d#0");
        PassageHit onlyTitle = hits.stream().filter(h -> h.passage().key().equals("000_47e75d3c86d27e21#4")).findFirst().orElseThrow();
        assertThat(onlyTitle.passage().text()).startsWith("Bộ trưởng đề nghị").doesNotContain("Bùi");
        assertThat(hits).extracting(PassageHit::score).containsOnly(hits.getFirst().score()); // being about him is yes or no
    }

    @Test
    void aPersonIsStillFoundByNameWhenIngestListedNoPeople(@TempDir Path elsewhere) {
        Report withoutPeople = new Report(SampleReports.MID_YEAR_2023.info(), List.of(),
                SampleReports.MID_YEAR_2023.passages().stream()
                        .map(p -> new Passage(p.report(), p.ordinal(), p.text(), List.of())).toList(), "no-people");
        try (ReportIndex bare = ReportIndex.open(elsewhere)) {
            bare.put(withoutPeople);
            bare.put(SampleReports.YEAR_END_2024);
            bare.commit();
            Retriever plain = new Retriever(bare);
            Intent intent = new QuestionReader(List.of(SampleReports.BUI_THANH_SON)).read("bui thanh son");
            assertThat(keys(plain.retrieve(intent, 50))).containsExactlyInAnyOrder(
                    "000_47e75d3c86d27e21#0", "000_47e75d3c86d27e21#2", "000_47e75d3c86d27e21#3");
        }
    }

    @Test
    void whatAPersonSaidRanksTheirStatementsAboveOtherPassagesOfTheConference() {
        assertThat(keys(retrieve("Bùi Thanh Sơn đề nghị gì tại hội nghị sơ kết 2023?", 3)))
                .contains("000_47e75d3c86d27e21#4", "000_47e75d3c86d27e21#5");
    }

    @Test
    void decomposedQuestionsScoreExactlyLikeComposedOnes() {
        String nfc = "Bộ trưởng Bùi Thanh Sơn nhấn mạnh gì về đối ngoại đa phương?";
        assertThat(retrieve(Normalizer.normalize(nfc, Normalizer.Form.NFD), 10)).isEqualTo(retrieve(nfc, 10));
    }

    @Test
    void bothTonePlacementsScoreExactlyAlike() {
        List<PassageHit> newStyle = retrieve("biên giới hoà bình", 10);
        assertThat(newStyle).isEqualTo(retrieve("biên giới hòa bình", 10));
        assertThat(newStyle.getFirst().passage().key()).isEqualTo("002_0e1cf19fdeddcf6d#1");
    }

    @Test
    void zeroPaddedAndPlainDatesFindTheSamePassages() {
        List<PassageHit> padded = retrieve("Bộ trưởng nói gì ngày 05/07?", 10);
        assertThat(padded).isEqualTo(retrieve("Bộ trưởng nói gì ngày 5/7?", 10));
        assertThat(padded).isEqualTo(retrieve("Bộ trưởng nói gì ngày 5 tháng 7?", 10));
        assertThat(padded.getFirst().passage().key()).isEqualTo("000_47e75d3c86d27e21#0"); // "diễn ra ngày 5/7"
    }

    @Test
    void aDateAloneFindsThePassagesOfTheConferenceHeldThatDay() {
        List<PassageHit> hits = retrieve("ngày 10/1", 50);
        assertThat(keys(hits)).containsExactlyInAnyOrder("001_8430b1541a21d71d#0", "001_8430b1541a21d71d#1",
                "001_8430b1541a21d71d#2", "001_8430b1541a21d71d#3");
        assertThat(hits.getFirst().passage().key()).isEqualTo("001_8430b1541a21d71d#0"); // says "Sáng 10/1"
    }

    @Test
    void aYearKeepsOnlyReportsDatedInItOrReviewingIt() {
        assertThat(reportIds(retrieve("Phạm Minh Chính nhấn mạnh gì năm 2024?", 50))).containsOnly("004_771f5d769968830d");
        // the 2022 year-end review was held in January 2023
        assertThat(reportIds(retrieve("tổng kết công tác năm 2022", 50))).containsOnly("001_8430b1541a21d71d");
    }

    @Test
    void aYearWithoutReportsGivesNothingRatherThanAnotherYear() {
        assertThat(retrieve("Hội nghị tổng kết năm 2030 đề nghị gì?", 10)).isEmpty();
    }

    @Test
    void theConferenceKindRaisesItsPassagesWithoutExcludingOthers() {
        Intent withKind = retriever.parse("Bộ trưởng đề nghị gì tại hội nghị sơ kết?");
        Intent withoutKind = withConference(withKind, null, 0);
        List<PassageHit> boosted = retriever.retrieve(withKind, 50);
        List<PassageHit> plain = retriever.retrieve(withoutKind, 50);
        assertThat(keys(boosted)).containsExactlyInAnyOrderElementsOf(keys(plain));
        assertThat(reportIds(boosted)).contains("001_8430b1541a21d71d", "002_0e1cf19fdeddcf6d");
        assertThat(scoreOf(boosted, "000_47e75d3c86d27e21#4") - scoreOf(plain, "000_47e75d3c86d27e21#4")).isCloseTo(2.5f, within(1e-4f));
        assertThat(scoreOf(boosted, "001_8430b1541a21d71d#3")).isEqualTo(scoreOf(plain, "001_8430b1541a21d71d#3"));
    }

    @Test
    void anOrdinalNoReportHasStillLeavesTheOtherPassages() {
        Intent intent = retriever.parse("Hội nghị Ngoại giao lần thứ 31");
        assertThat(intent.conferenceOrdinal()).isEqualTo(31);
        assertThat(retriever.retrieve(intent, 10)).isEqualTo(retriever.retrieve(withConference(intent, null, 0), 10));
        assertThat(retriever.retrieve(intent, 1).getFirst().passage().key()).isEqualTo("001_8430b1541a21d71d#1");
    }

    @Test
    void luceneSyntaxInAQuestionIsIgnoredLikeAnyPunctuation() {
        List<PassageHit> withSyntax = retrieve("Bộ trưởng AND (đề nghị) \"*:*\" title:x~ -ngành^3", 10);
        assertThat(withSyntax).isNotEmpty().isEqualTo(retrieve("Bộ trưởng AND đề nghị title x ngành 3", 10));
        // "AND" alone would be English ("and …"): the operators here are read as no words at all
        assertThat(retrieve("OR ( \" *:* qzv:x~ NOT", 10)).isEmpty();
    }

    @Test
    void aTwentyThousandCharacterQuestionIsAnswered() {
        StringBuilder question = new StringBuilder("Thủ tướng yêu cầu mấy nhiệm vụ trọng tâm?");
        while (question.length() < 20_000) {
            question.append(" ngoại giao kinh tế đa phương song phương ").append(question.length());
        }
        List<PassageHit> hits = retrieve(question.toString(), 5);
        assertThat(hits).hasSize(5);
        assertThat(hits.getFirst().passage().key()).isEqualTo("001_8430b1541a21d71d#3");
    }

    @Test
    void anIntentWithNothingToSearchForFindsNothing() {
        assertThat(retrieve("🙂🙂", 10)).isEmpty();
        assertThat(retrieve("", 10)).isEmpty();
    }

    @Test
    void shorthandNoListHoldsIsReadAsThePhraseOfThePassagesTheOtherWordsFind() {
        assertThat(retriever.parse("so ket 2023 BT de nghi trien khai cong tac BHCD the nao").topicWords())
                .contains("bao", "ho", "cong", "dan").doesNotContain("bhcd");
        assertThat(retriever.parse("so ket 2023 BT de nghi trien khai cong tac QXZ the nao").topicWords()).contains("qxz");
    }

    @Test
    void countsPassagesAndDocumentFrequencies() {
        assertThat(retriever.passageCount()).isEqualTo(SampleReports.passageCount()).isEqualTo(17);
        assertThat(retriever.docFrequency("son")).isEqualTo(6);
        assertThat(retriever.docFrequency("Sơn")).isEqualTo(6);
        assertThat(retriever.docFrequency("de nghi")).isEqualTo(3);
        assertThat(retriever.docFrequency("ngoai giao")).isEqualTo(15);
        assertThat(retriever.docFrequency("hoa binh")).isEqualTo(2);
        assertThat(retriever.docFrequency("phieu")).isEqualTo(1);
        assertThat(retriever.docFrequency("bo ngoai giao")).isEqualTo(retriever.docFrequency("Bộ Ngoại giao"))
                .isPositive();
        assertThat(retriever.docFrequency("bo cong an")).isZero();
        assertThat(retriever.docFrequency("xyz")).isZero();
        assertThat(retriever.docFrequency(" ")).isZero();
    }

    @Test
    void listsKnownPeopleAndReports() {
        assertThat(retriever.knownPeople()).hasSize(6).contains(SampleReports.BUI_THANH_SON);
        assertThat(retriever.reports()).extracting(ReportInfo::date).isSorted();
        assertThat(retriever.reports()).hasSize(5);
    }

    private static List<PassageHit> retrieve(String question, int limit) {
        return retriever.retrieve(retriever.parse(question), limit);
    }

    private static String bestKey(String question) {
        return retrieve(question, 1).getFirst().passage().key();
    }

    private static List<String> keys(List<PassageHit> hits) {
        return hits.stream().map(h -> h.passage().key()).toList();
    }

    private static List<String> reportIds(List<PassageHit> hits) {
        return hits.stream().map(h -> h.passage().report().id()).distinct().toList();
    }

    private static float scoreOf(List<PassageHit> hits, String key) {
        return hits.stream().filter(h -> h.passage().key().equals(key)).findFirst().orElseThrow().score();
    }

    private static Intent withConference(Intent i, ConferenceKind kind, int ordinal) {
        return new Intent(i.question(), i.text(), i.english(), i.form(), i.speechKind(), i.person(), i.personAddressed(), i.unknownPerson(),
                i.titles(), kind, kind != null, ordinal, i.aboutMeeting(), i.year(), i.years(), i.date(), i.numbers(),
                i.names(), i.documents(), i.premise(), i.detail(), i.unit(), i.total(), i.grain(), i.topic(), i.topicText(), i.terms(), i.span(), i.page(), i.parts(), i.mentions());
    }
}
