package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;

/** Which sentences of a transcript go on with the speaker's turn an answering sentence opens, without an index. */
class EvidenceShapeTest {
    private static final ReportInfo REPORT = new ReportInfo("r", "r.txt", "", "Họp báo", LocalDate.of(2023, 12, 28), "", null);
    private static final Person SPOKESPERSON = new Person("Phạm Thu Hằng", "Người Phát ngôn Bộ Ngoại giao");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phạm Thu Hằng: Lập trường là nhất quán. Việt Nam có đủ căn cứ pháp lý. Chúng tôi đang xác minh./PHÓNG VIÊN AFP: Xin hỏi thêm? | Phạm Thu Hằng | 2
            Phạm Thu Hằng: Lập trường là nhất quán./PHÓNG VIÊN AFP: Xin hỏi thêm?                                                          | Phạm Thu Hằng | 0
            Phạm Thu Hằng: Một. Hai. Ba. Bốn.                                                                                            | Phạm Thu Hằng | 2
            Người phát ngôn cho biết lập trường là nhất quán. Việt Nam có đủ căn cứ pháp lý.                                              | Phạm Thu Hằng | 0
            Phạm Thu Hằng: Lập trường là nhất quán. Việt Nam có đủ căn cứ pháp lý.                                                        | ''            | 0
            """)
    void aSpeakersTurnIsQuotedOnToTheNextSpeakersLabel(String written, String speaker, int more) {
        // '/' is a line break: each speaker's turn on a line of its own
        String text = written.replace('/', '\n');
        Passage passage = new Passage(REPORT, 0, text, List.of(SPOKESPERSON));
        String first = vn.baocao.text.Sentences.split(text).getFirst();
        Candidate c = new Candidate(passage, 0, first, List.of(), speaker.isEmpty() ? null : SPOKESPERSON, 15, 1, 1);
        assertThat(EvidenceShape.restOfTheTurn(c)).hasSize(more);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same speaker, no one named     | Phạm Thu Hằng | ''            | 0.2 | true
            someone else named             | Phạm Thu Hằng | Phạm Thu Hằng | 0.2 | false
            another speaker                | ''            | ''            | 0.2 | false
            """)
    void aStatementGoesOnInTheNextSentenceOfItsSpeakerThatNamesNoOneElse(String rule, String nextSpeaker,
                                                                          String named, double score, boolean continued) {
        String text = "Người phát ngôn cho biết Việt Nam có đủ căn cứ pháp lý. Các vụ việc đang được xác minh.";
        Passage passage = new Passage(REPORT, 0, text, List.of(SPOKESPERSON));
        List<String> sentences = vn.baocao.text.Sentences.split(text);
        Candidate best = new Candidate(passage, 0, sentences.get(0), List.of(), SPOKESPERSON, 24, 1, 1);
        List<vn.baocao.report.Mentions.Mention> mentions = named.isEmpty() ? List.of()
                : List.of(new vn.baocao.report.Mentions.Mention(SPOKESPERSON, 0, 5, false));
        Candidate next = new Candidate(passage, 0, sentences.get(1), mentions, nextSpeaker.isEmpty() ? null : SPOKESPERSON,
                0, score, score);
        assertThat(EvidenceShape.continued(best, List.of(best, next)).isPresent()).isEqualTo(continued);
    }

    @ParameterizedTest(name = "next scores {0} of the best")
    @CsvSource({"0.6, true", "0.5, true", "0.4, false"})
    void anAccountGoesOnInTheNextSentenceThatCarriesTheQuestionHalfAsWell(double score, boolean continued) {
        String text = "Hội nghị đánh giá năm 2023 đạt nhiều kết quả. Kim ngạch thương mại đạt 700 tỷ USD.";
        Passage passage = new Passage(REPORT, 0, text, List.of());
        List<String> sentences = vn.baocao.text.Sentences.split(text);
        Candidate best = new Candidate(passage, 0, sentences.get(0), List.of(), null, -1, 1, 1);
        Candidate next = new Candidate(passage, 0, sentences.get(1), List.of(), null, -1, score, score);
        assertThat(EvidenceShape.continued(best, List.of(best, next)).isPresent()).isEqualTo(continued);
    }

    @org.junit.jupiter.api.Test
    void theReportsAskedForAreEachThatSaysItNearlyAsWellAsTheBest() {
        ReportInfo other = new ReportInfo("o", "o.txt", "", "Tọa đàm ở Cần Thơ", LocalDate.of(2016, 12, 22), "", null);
        ReportInfo third = new ReportInfo("t", "t.txt", "", "Bản tin khác", LocalDate.of(2018, 9, 15), "", null);
        Candidate best = new Candidate(new Passage(REPORT, 0, "Việt Nam trúng cử với 192/193 phiếu.", List.of()), 0,
                "Việt Nam trúng cử với 192/193 phiếu.", List.of(), null, -1, 1, 1);
        Candidate half = new Candidate(new Passage(other, 0, "Có 192 doanh nghiệp đăng ký.", List.of()), 1,
                "Có 192 doanh nghiệp đăng ký.", List.of(), null, -1, 0.55, 0.55);
        Candidate little = new Candidate(new Passage(third, 0, "Hội nghị diễn ra tốt đẹp.", List.of()), 2,
                "Hội nghị diễn ra tốt đẹp.", List.of(), null, -1, 0.3, 0.3);
        vn.baocao.answer.CitationBook book = new vn.baocao.answer.CitationBook();
        vn.baocao.search.Intent intent = new vn.baocao.search.QuestionReader(List.of()).read("Con số 192 xuất hiện ở những báo cáo nào?");

        String text = new EvidenceShape().compose(intent, List.of(best, half, little), book).orElseThrow();

        assertThat(text).contains("Họp báo", "Tọa đàm ở Cần Thơ").doesNotContain("Bản tin khác");
    }

    @org.junit.jupiter.api.Test
    void theReportsNamingAPersonAreThoseAskedForHoweverTheirSentencesRank() {
        Person nam = new Person("Hoàng Nam", "Phó Chủ tịch UBND tỉnh");
        ReportInfo visit = new ReportInfo("v", "v.html", "", "Đoàn Ngoại giao thăm Quảng Trị", LocalDate.of(2024, 7, 5), "", null);
        ReportInfo review = new ReportInfo("o", "o.txt", "", "Tổng kết năm 2024", LocalDate.of(2025, 1, 6), "", null);
        ReportInfo third = new ReportInfo("t", "t.txt", "", "Bản tin khác", LocalDate.of(2018, 9, 15), "", null);
        Candidate unnamed = new Candidate(new Passage(third, 0, "Các báo cáo nhắc đến nhiều hoạt động.", List.of()), 0,
                "Các báo cáo nhắc đến nhiều hoạt động.", List.of(), null, -1, 1, 1);
        Candidate first = new Candidate(new Passage(visit, 0, "Tham dự có Phó Chủ tịch UBND tỉnh Hoàng Nam.", List.of(nam)), 1,
                "Tham dự có Phó Chủ tịch UBND tỉnh Hoàng Nam.", List.of(), null, -1, 0.6, 0.6);
        Candidate second = new Candidate(new Passage(review, 0, "Phó Chủ tịch UBND tỉnh Hoàng Nam dự tại điểm cầu.", List.of(nam)), 2,
                "Phó Chủ tịch UBND tỉnh Hoàng Nam dự tại điểm cầu.", List.of(), null, -1, 0.2, 0.2);
        vn.baocao.search.Intent intent = new vn.baocao.search.QuestionReader(List.of(nam)).read("Báo cáo nào nhắc đến Hoàng Nam?");

        String text = new EvidenceShape().compose(intent, List.of(unnamed, first, second), new vn.baocao.answer.CitationBook())
                .orElseThrow();

        assertThat(intent.person()).isEqualTo(nam);
        assertThat(text).contains("Đoàn Ngoại giao thăm Quảng Trị", "Tổng kết năm 2024").doesNotContain("Bản tin khác");
    }

    @org.junit.jupiter.api.Test
    void aReportSayingWhatIsAskedOfIsAmongThoseAskedForBesideTheBestEvidence() {
        ReportInfo other = new ReportInfo("o", "o.txt", "", "Phiên họp Ban Chỉ đạo", LocalDate.of(2023, 11, 13), "", null);
        ReportInfo third = new ReportInfo("t", "t.txt", "", "Bản tin khác", LocalDate.of(2018, 9, 15), "", null);
        String best = "Tiểu ban Triển lãm đang hoàn thiện nội dung triển lãm ảnh.";
        String low = "Bộ trưởng giao Tiểu ban Triển lãm báo cáo trước ngày 25/11.";
        Candidate first = new Candidate(new Passage(REPORT, 0, best, List.of()), 0, best, List.of(), null, -1, 1, 1);
        Candidate naming = new Candidate(new Passage(other, 0, low, List.of()), 1, low, List.of(), null, -1, 0.2, 0.2);
        Candidate little = new Candidate(new Passage(third, 0, "Hội nghị diễn ra tốt đẹp.", List.of()), 2,
                "Hội nghị diễn ra tốt đẹp.", List.of(), null, -1, 0.3, 0.3);
        vn.baocao.search.Intent intent = new vn.baocao.search.QuestionReader(List.of()).read("tài liệu nào nói tới Tiểu ban Triển lãm");

        String text = new EvidenceShape().compose(intent, List.of(first, naming, little), new vn.baocao.answer.CitationBook())
                .orElseThrow();

        assertThat(intent.form()).isEqualTo(vn.baocao.search.Form.WHICH_REPORT);
        assertThat(text).contains("Họp báo", "Phiên họp Ban Chỉ đạo").doesNotContain("Bản tin khác");
    }

    @org.junit.jupiter.api.Test
    void aMeetingAskedForIsNamedForEachReportWhoseSentenceSaysItNearlyAsWell() {
        ReportInfo other = new ReportInfo("o", "o.txt", "", "Hội nghị sơ kết 2019", LocalDate.of(2019, 7, 22), "", null);
        ReportInfo third = new ReportInfo("t", "t.txt", "", "Bản tin khác", LocalDate.of(2018, 9, 15), "", null);
        String said = "Xây dựng đội ngũ cán bộ “vừa hồng, vừa chuyên”.";
        Candidate best = new Candidate(new Passage(REPORT, 0, said, List.of()), 0, said, List.of(), null, -1, 1, 1);
        Candidate nearly = new Candidate(new Passage(other, 0, said, List.of()), 1, said, List.of(), null, -1, 0.9, 0.9);
        Candidate little = new Candidate(new Passage(third, 0, "Hội nghị diễn ra tốt đẹp.", List.of()), 2,
                "Hội nghị diễn ra tốt đẹp.", List.of(), null, -1, 0.3, 0.3);
        vn.baocao.search.Intent intent = new vn.baocao.search.QuestionReader(List.of())
                .read("Cụm “vừa hồng, vừa chuyên” xuất hiện trong hội nghị nào?");

        String text = new EvidenceShape().compose(intent, List.of(best, nearly, little), new vn.baocao.answer.CitationBook())
                .orElseThrow();

        assertThat(intent.form()).isEqualTo(vn.baocao.search.Form.WHICH_MEETING);
        assertThat(text).contains("Họp báo", "Hội nghị sơ kết 2019").doesNotContain("Bản tin khác");
    }
}
