package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.QuestionReader;

/** How much of a question a sentence must carry to be its evidence, without an index. */
class RefusalPolicyTest {
    private static final Person MINISTER = new Person("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao");
    private static final Person PM = new Person("Phạm Minh Chính", "Thủ tướng Chính phủ");
    private static final ReportInfo REPORT = new ReportInfo("r", "r.txt", "", "Tổng kết năm 2022", LocalDate.of(2023, 1, 10),
            "", null);
    private static final Passage PASSAGE = new Passage(REPORT, 0, "Bộ trưởng nhấn mạnh vai trò tiên phong.", List.of(MINISTER));
    private static final InMemoryReports NONE = new InMemoryReports(List.of(PASSAGE), List.of(), List.of(MINISTER, PM));
    private final RefusalPolicy policy = new RefusalPolicy(NONE, NONE);
    private final QuestionReader reader = new QuestionReader(List.of(MINISTER, PM));

    @ParameterizedTest(name = "{0} / {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ngành ngoại giao phát huy vai trò gì                       | -             | 0.55 | 0.40 | true
            ngành ngoại giao phát huy vai trò gì                       | -             | 0.40 | 0.30 | false
            năm 2022 ngành ngoại giao phát huy vai trò gì              | -             | 0.40 | 0.30 | true
            Bộ trưởng Bùi Thanh Sơn muốn ngành phát huy vai trò gì     | Bùi Thanh Sơn | 0.40 | 0.30 | true
            Bộ trưởng Bùi Thanh Sơn muốn ngành phát huy vai trò gì     | Phạm Minh Chính | 0.40 | 0.30 | false
            Bộ trưởng Bùi Thanh Sơn muốn ngành phát huy vai trò gì     | -             | 0.40 | 0.30 | false
            Bộ trưởng Bùi Thanh Sơn muốn ngành phát huy vai trò gì     | Bùi Thanh Sơn | 0.27 | 0.20 | true
            Bộ trưởng Bùi Thanh Sơn muốn ngành phát huy vai trò gì     | Bùi Thanh Sơn | 0.20 | 0.15 | false
            """)
    void anAnchoredQuestionNeedsLessOfItsWordsButSomeonesWordsMustBeTheirs(String question, String speaker,
                                                                          double coverage, double focus, boolean evidence) {
        Person said = speaker.equals("-") ? null : new Person(speaker, "Bộ trưởng Ngoại giao"); // another role than the known one
        Candidate c = new Candidate(PASSAGE, 0, PASSAGE.text(), List.of(), said, 0, coverage, focus);
        assertThat(policy.isEvidence(c, reader.read(question))).isEqualTo(evidence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị lãnh sự 2024 đã kết luận gì?     | true
            Thứ trưởng Tạ Quang Huy chủ trì hội nghị lãnh sự 2024 đã kết luận gì?     | false
            Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị năm 2024 đã kết luận gì?         | false
            """)
    void aMeetingNamedByItsYearAndTheWordsOfItsNameHasItsChairsToo(String question, boolean refused) {
        vn.baocao.report.Conference consular = new vn.baocao.report.Conference("Hội nghị Lãnh sự toàn quốc lần thứ 10",
                vn.baocao.report.ConferenceKind.OTHER, 2023, 10);
        ReportInfo report = new ReportInfo("c", "c.html", "", consular.name(), LocalDate.of(2024, 1, 10), "Hà Nội", consular);
        Person deputy = new Person("Tạ Quang Huy", "Thứ trưởng Ngoại giao");
        Passage lead = new Passage(report, 0, "Thứ trưởng Ngoại giao Tạ Quang Huy chủ trì Hội nghị.", List.of(deputy));
        vn.baocao.report.Meeting meeting = new vn.baocao.report.Meeting("c", consular, report.date(), "Hà Nội", List.of(report),
                List.of(new vn.baocao.report.Participation(lead, deputy, vn.baocao.report.Participation.Part.CHAIRED, "",
                        lead.text())), List.of());
        InMemoryReports reports = new InMemoryReports(List.of(PASSAGE, lead), List.of(meeting), List.of(MINISTER, PM, deputy));
        QuestionReader withDeputy = new QuestionReader(List.of(MINISTER, PM, deputy));
        assertThat(new RefusalPolicy(reports, reports).notTheChair(withDeputy.read(question)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ai dẫn chương trình hội nghị tổng kết năm 2022?       | Bộ trưởng nhấn mạnh vai trò tiên phong.                   | true
            Who was the master of ceremonies at the 2022 review?  | Bộ trưởng nhấn mạnh vai trò tiên phong.                   | true
            Ai dẫn chương trình hội nghị tổng kết năm 2022?       | Nhà báo Lan Anh dẫn chương trình hội nghị.                | false
            thoi tiet hom dien ra hoi nghi the nao                | Bộ trưởng nhấn mạnh vai trò tiên phong.                   | true
            mien thi thuc don phuong cho 3 nuoc                   | Bộ trưởng nhấn mạnh vai trò tiên phong.                   | false
            Ai chủ trì hội nghị tổng kết năm 2022?                | Bộ trưởng nhấn mạnh vai trò tiên phong.                   | false
            """)
    void aDetailReportsSeldomGiveIsRefusedWhenNoPassageWritesIt(String question, String passage, boolean refused) {
        Passage only = new Passage(REPORT, 0, passage, List.of(MINISTER));
        InMemoryReports reports = new InMemoryReports(List.of(only), List.of(), List.of(MINISTER, PM));
        assertThat(new RefusalPolicy(reports, reports).detailNotGiven(reader.read(question)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ Ngoại giao hiện có bao nhiêu cán bộ, công chức?  | Học viện công bố khảo sát 350 cán bộ ngoại giao trẻ.          | false
            Bộ Ngoại giao hiện có bao nhiêu cán bộ, công chức?  | Bộ Ngoại giao hiện có 2.500 cán bộ, công chức.                | true
            Bao nhiêu cán bộ được đào tạo về chuyển đổi số?     | Học viện đã đào tạo 350 cán bộ về chuyển đổi số.              | true
            """)
    void aCountOfTheUnitAskedIsNoEvidenceWithoutSomethingElseTheQuestionSaysOfIt(String question, String sentence,
                                                                              boolean evidence) {
        List<Passage> others = List.of(PASSAGE,
                new Passage(REPORT, 1, "Bộ Ngoại giao tổ chức hội nghị tổng kết công tác năm.", List.of()),
                new Passage(REPORT, 2, "Bộ Ngoại giao phối hợp với các bộ, ngành.", List.of()),
                new Passage(REPORT, 3, "Các Cơ quan đại diện báo cáo kết quả.", List.of()));
        Passage counted = new Passage(REPORT, 4, sentence, List.of());
        List<Passage> all = new java.util.ArrayList<>(others);
        all.add(counted);
        InMemoryReports reports = new InMemoryReports(all, List.of(), List.of(MINISTER, PM));
        Candidate c = new Candidate(counted, 0, sentence, List.of(), null, 0, 0.9, 0.9);
        assertThat(new RefusalPolicy(reports, reports).isEvidence(c, reader.read(question))).isEqualTo(evidence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ngày 23/7 đoàn Niu Di-lân làm việc với lãnh đạo tỉnh Cao Bằng về dự án gì?   | false
            Ngày 23/7 đoàn Niu Di-lân làm việc với lãnh đạo tỉnh Quảng Trị về dự án gì?  | true
            Đoàn làm việc với Cao Bằng hay Quảng Trị về dự án nông nghiệp thông minh?     | true
            Ngày 23/7 đoàn Niu Di-lân làm việc với lãnh đạo tỉnh về dự án gì?            | true
            """)
    void aSentenceFromAReportThatWritesNoPlaceTheQuestionNamesIsNoEvidence(String question, boolean evidence) {
        ReportInfo trip = new ReportInfo("nz", "nz.txt", "", "Tham vấn chính trị Việt Nam - Niu Di-lân", LocalDate.of(2024, 7, 22),
                "", null);
        Passage visit = new Passage(trip, 0, "Ngày 23/7, đoàn Niu Di-lân thăm dự án nông nghiệp thông minh tại tỉnh Quảng Trị.",
                List.of());
        ReportInfo border = new ReportInfo("cb", "cb.txt", "", "Hội nghị biên giới", LocalDate.of(2024, 3, 1), "", null);
        Passage elsewhere = new Passage(border, 0, "Tỉnh Cao Bằng tổ chức hội nghị về công tác biên giới.", List.of());
        InMemoryReports reports = new InMemoryReports(List.of(PASSAGE, visit, elsewhere), List.of(), List.of(MINISTER, PM));
        Candidate c = new Candidate(visit, 0, visit.text(), List.of(), null, 0, 0.9, 0.9);
        assertThat(new RefusalPolicy(reports, reports).isEvidence(c, reader.read(question))).isEqualTo(evidence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vì sao Phó Thủ tướng Trần Lưu Quang chủ trì hội nghị tổng kết năm 2022?   | true
            Vì sao Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị tổng kết năm 2022?        | false
            Phó Thủ tướng Trần Lưu Quang điều hành phiên nào của hội nghị tổng kết năm 2022? | false
            Ai chủ trì hội nghị tổng kết năm 2022?                                    | false
            """)
    void aQuestionThatMakesSomeoneElseTheChairOfAMeetingWithAKnownChairHasAFalsePremise(String question, boolean refused) {
        vn.baocao.report.Conference review = new vn.baocao.report.Conference("Hội nghị tổng kết công tác năm 2022",
                vn.baocao.report.ConferenceKind.YEAR_END_REVIEW, 2022, 0);
        ReportInfo report = new ReportInfo("t", "t.txt", "", review.name(), LocalDate.of(2023, 1, 10), "Hà Nội", review);
        Passage lead = new Passage(report, 0, "Bộ trưởng Bùi Thanh Sơn chủ trì Hội nghị.", List.of(MINISTER));
        vn.baocao.report.Meeting meeting = new vn.baocao.report.Meeting("t", review, report.date(), "Hà Nội", List.of(report),
                List.of(new vn.baocao.report.Participation(lead, MINISTER, vn.baocao.report.Participation.Part.CHAIRED, "",
                        lead.text())), List.of());
        Person deputy = new Person("Trần Lưu Quang", "Phó Thủ tướng");
        InMemoryReports reports = new InMemoryReports(List.of(PASSAGE, lead), List.of(meeting), List.of(MINISTER, PM, deputy));
        QuestionReader withDeputy = new QuestionReader(List.of(MINISTER, PM, deputy));
        assertThat(new RefusalPolicy(reports, reports).notTheChair(withDeputy.read(question)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HN lanh su danh du 2024 nguoi chu tri la ai?   | Hội nghị Lãnh sự danh dự Việt Nam ở nước ngoài lần thứ ba | true
            Ai chủ trì buổi gặp mặt cán bộ hưu trí?        | Buổi gặp mặt cán bộ hưu trí                              | true
            Ai chủ trì buổi gặp mặt cán bộ hưu trí?        | Họp báo thường kỳ                                        | false
            HN lanh su danh du 2024 nguoi chu tri la ai?   | Hội nghị tổng kết công tác lãnh sự năm 2024               | false
            """)
    void theWordsThatAskCountTowardsAMeetingsNameOnlyWhenItHasThem(String question, String name, boolean named) {
        vn.baocao.report.Conference c = new vn.baocao.report.Conference(name, vn.baocao.report.ConferenceKind.OTHER, 0, 0);
        ReportInfo report = new ReportInfo("m", "m.txt", "", name, LocalDate.of(2024, 7, 5), "", c);
        vn.baocao.report.Meeting meeting = new vn.baocao.report.Meeting("m", c, report.date(), "", List.of(report), List.of(), List.of());
        java.util.Set<String> asking = vn.baocao.lexicon.Lexicon.get().cueWords("presided");
        assertThat(policy.namesTheMeeting(reader.read(question), meeting, asking)).isEqualTo(named);
    }

    @org.junit.jupiter.api.Test
    void aReportNamedByItsNumberIsTheAnswerToWhichReportItIs() {
        ReportInfo numbered = new ReportInfo("n", "n.txt", "", "Báo cáo kết quả Hội nghị", LocalDate.of(2023, 12, 5), "", null,
                new ReportInfo.Credits("Đỗ Hùng Việt", "BỘ NGOẠI GIAO", "1325/BC-BNG"));
        Passage any = new Passage(numbered, 0, "Bộ Ngoại giao trân trọng báo cáo kết quả Hội nghị như sau:", List.of());
        Candidate c = new Candidate(any, 0, any.text(), List.of(), null, 0, 0.2, 0.0);
        assertThat(policy.isEvidence(c, reader.read("Văn bản nào mang số 1325/BC-BNG?"))).isTrue();
        assertThat(policy.isEvidence(c, reader.read("Văn bản nào mang số 1326/BC-BNG?"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HT Biển Đông 16 có bao nhiêu diễn giả?      | false
            HT Biển Đông 17 có bao nhiêu diễn giả?      | true
            """)
    void aNumberOnlyTheTitleWritesIsInTheReports(String question, boolean refused) {
        ReportInfo titled = new ReportInfo("t", "t.pdf", "", "BÁO CÁO TỔNG HỢP HỘI THẢO VỀ BIỂN ĐÔNG LẦN THỨ 16",
                LocalDate.of(2024, 10, 22), "", null);
        Passage speakers = new Passage(titled, 0, "Hội thảo về Biển Đông có 45 diễn giả đến từ 19 quốc gia.", List.of());
        InMemoryReports reports = new InMemoryReports(List.of(PASSAGE, speakers), List.of(), List.of(MINISTER, PM));
        assertThat(new RefusalPolicy(reports, reports).notInCorpus(reader.read(question)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nhà nghiên cứu Lê Hồng Nhung đề xuất gì?     | false
            Nhà nghiên cứu Lê Hồng Nhuận đề xuất gì?     | true
            """)
    void anUnknownNameIsOutsideTheReportsOnlyWhenNoPassageWritesIt(String question, boolean refused) {
        Passage named = new Passage(REPORT, 1, "Nhà nghiên cứu Lê Hồng Nhung đề xuất đầu tư cho văn hóa.", List.of());
        InMemoryReports reports = new InMemoryReports(List.of(PASSAGE, named), List.of(), List.of(MINISTER, PM));
        RefusalPolicy withTheName = new RefusalPolicy(reports, reports);
        assertThat(withTheName.notInCorpus(reader.read(question)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị tổng kết công tác ngoại vụ các tỉnh biên giới diễn ra tại Cao Bằng. | Ai trình bày báo cáo tại HN ngoại vụ biên giới? | false
            Hội nghị tổng kết công tác ngoại giao diễn ra tại Hà Nội.                     | Ai trình bày báo cáo tại HN ngoại vụ biên giới? | true
            """)
    void aNamedMeetingWhoseWordsOnePassageWritesApartIsInTheReports(String written, String question, boolean refused) {
        Passage passage = new Passage(REPORT, 1, written, List.of());
        InMemoryReports reports = new InMemoryReports(List.of(PASSAGE, passage), List.of(), List.of(MINISTER, PM));
        assertThat(new RefusalPolicy(reports, reports).notInCorpus(reader.read(question)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị Ngoại vụ lần thứ 20 tổ chức ở đâu?       | false
            Hội nghị Ngoại vụ lần thứ 18 tổ chức ở đâu?       | true
            """)
    void theNumberBeforeOrAfterAHeldMeetingIsInTheReportsWhenItsReportRecallsIt(String question, boolean refused) {
        vn.baocao.report.Conference external = new vn.baocao.report.Conference("Hội nghị Ngoại vụ toàn quốc lần thứ 21",
                vn.baocao.report.ConferenceKind.EXTERNAL_AFFAIRS_CONFERENCE, 0, 21);
        ReportInfo report = new ReportInfo("x", "x.txt", "", external.name(), LocalDate.of(2024, 7, 22), "Hạ Long", external);
        Passage lead = new Passage(report, 0, "Hội nghị Ngoại vụ toàn quốc lần thứ 21 diễn ra tại Hạ Long.", List.of());
        Passage recalled = new Passage(report, 1, "Hội nghị lần thứ 20 diễn ra năm 2019 tại thành phố Đà Nẵng.", List.of());
        InMemoryReports reports = new InMemoryReports(List.of(PASSAGE, lead, recalled), List.of(new vn.baocao.report.Meeting("x",
                external, report.date(), "Hạ Long", List.of(report), List.of(), List.of())), List.of(MINISTER, PM));
        assertThat(new RefusalPolicy(reports, reports).notInCorpus(reader.read(question)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Số dự án FDI còn hiệu lực ở Quảng Trị?      | false
            Số dự án PPP còn hiệu lực ở Quảng Trị?      | true
            """)
    void aShorthandIsInTheReportsWhenTheyWriteItsParaphraseInFull(String question, boolean refused) {
        Passage written = new Passage(REPORT, 1, "Tổng số dự án đầu tư trực tiếp nước ngoài còn hiệu lực ở Quảng Trị là 32 dự án.", List.of());
        InMemoryReports reports = new InMemoryReports(List.of(PASSAGE, written), List.of(), List.of(MINISTER, PM));
        assertThat(new RefusalPolicy(reports, reports).notInCorpus(reader.read(question)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            VN làm Chủ tịch HĐBA vào tháng nào?       | false
            Đại sứ Lào phát biểu gì tại hội nghị?     | true
            Đại sứ Peru phát biểu gì tại hội nghị?    | true
            """)
    void anOfficeNoOneHoldsIsOutsideTheReportsWhenWhatNarrowsItIsUnwrittenOrACountry(String question, boolean refused) {
        Passage held = new Passage(REPORT, 1, "Việt Nam đảm nhiệm Chủ tịch Hội đồng Bảo an tháng 1/2020; hợp tác với Lào.",
                List.of());
        InMemoryReports reports = new InMemoryReports(List.of(PASSAGE, held), List.of(), List.of(MINISTER, PM));
        assertThat(new RefusalPolicy(reports, reports).notInCorpus(reader.read(question)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chỉ thị 25 nói về gì?                          | false
            chi thi so 25 ve da phuong                     | false
            Nghị quyết 59 được nhắc ở hội nghị nào?        | false
            chi thi 16 ve NGKT duoc nhac o hn nao          | true
            Who chaired the review of Directive 26?        | true
            """)
    void aNumberedDocumentNoPassageWritesIsOutsideTheReports(String question, boolean refused) {
        Passage documents = new Passage(REPORT, 1, "Tổng kết 5 năm thực hiện Chỉ thị số 25-CT/TW; triển khai Nghị quyết 59-NQ/TW.",
                List.of());
        InMemoryReports reports = new InMemoryReports(List.of(PASSAGE, documents), List.of(), List.of(MINISTER, PM));
        assertThat(new RefusalPolicy(reports, reports).notInCorpus(reader.read(question)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vì sao kim ngạch xuất nhập khẩu giảm so với năm 2021?   | true
            Vì sao số vụ bảo hộ công dân giảm so với năm 2021?      | false
            """)
    void aPremiseIsBorneOutOnlyInASentenceAboutWhatTheQuestionAsks(String question, boolean refused) {
        String text = "Kim ngạch xuất nhập khẩu đạt 730 tỷ USD. Số vụ bảo hộ công dân giảm 5% so với năm 2021.";
        assertThat(policy.falsePremise(reader.read(question), List.of(text)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim ngạch thương mại với Nam Phi giảm bao nhiêu phần trăm?   | true
            Kim ngạch thương mại với Angola giảm bao nhiêu phần trăm?    | false
            """)
    void aPremiseAboutAPlaceIsBorneOutOnlyInAClauseAboutThatPlace(String question, boolean refused) {
        String text = "Nam Phi là đối tác lớn nhất với kim ngạch tăng 17,2%; Angola là địa bàn duy nhất có kim ngạch giảm.";
        assertThat(policy.falsePremise(reader.read(question), List.of(text)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phia In-do-ne-xi-a cho biet bao nhieu nguoi thiet mang?      | false
            Phía Indonesia cho biết bao nhiêu người thiệt mạng?           | false
            Phía Ma-lai-xi-a cho biết bao nhiêu người thiệt mạng?         | true
            """)
    void aPlaceIsFoundInAnyOfTheWaysReportsWriteIt(String question, boolean refused) {
        String text = "Phía In-đô-nê-xi-a cho biết đã có ít nhất 47 người thiệt mạng và hàng nghìn ngôi nhà bị hư hại.";
        assertThat(policy.falsePremise(reader.read(question), List.of(text)).isPresent()).isEqualTo(refused);
    }

    @org.junit.jupiter.api.Test
    void aWordOfTheTopicThatMostPassagesHaveDoesNotBearAPremiseOut() {
        List<Passage> passages = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            passages.add(new Passage(REPORT, i, "Công tác đối ngoại năm " + (2010 + i) + " đạt nhiều kết quả.", List.of()));
        }
        InMemoryReports reports = new InMemoryReports(passages, List.of(), List.of(MINISTER, PM));
        String cut = "Công tác tổ chức cán bộ được kiện toàn, giảm 3 đơn vị trực thuộc.";
        assertThat(new RefusalPolicy(reports, reports).falsePremise(
                reader.read("Vì sao số vụ bảo hộ công dân giảm so với năm 2022?"), List.of(cut))).isPresent();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bùi Thanh Sơn nói gì?                      | Bộ trưởng Bùi Thanh Sơn dự hội nghị tại Hà Nội.                   | -             | false
            Bùi Thanh Sơn nói gì?                      | Thủ tướng nhấn mạnh vai trò tiên phong.                           | Phạm Minh Chính | false
            Bùi Thanh Sơn nói gì?                      | Bộ trưởng nhấn mạnh vai trò tiên phong.                           | Bùi Thanh Sơn | true
            Bùi Thanh Sơn nói gì?                      | Bộ trưởng nhấn mạnh vai trò tiên phong.                           | -             | true
            Bùi Thanh Sơn nói gì?                      | Ông nhắc nhở cán bộ trẻ giữ gìn phẩm chất.                         | -             | true
            Bộ Ngoại giao báo cáo gì với Bùi Thanh Sơn? | Bộ Ngoại giao đã tổ chức 27 hoạt động đối ngoại cấp cao.          | -             | true
            Ngành ngoại giao phát huy vai trò gì?      | Bộ trưởng Bùi Thanh Sơn dự hội nghị tại Hà Nội.                   | -             | true
            """)
    void someonesWordsAreTheirsOrASayingInAPassageThatNamesThem(String question, String sentence, String speaker,
                                                                 boolean theirs) {
        Passage passage = new Passage(REPORT, 1, sentence, List.of(MINISTER));
        Person said = speaker.equals("-") ? null : new Person(speaker, "");
        Candidate c = new Candidate(passage, 0, sentence, List.of(), said, 0, 1, 1);
        assertThat(policy.mayBeTheirWords(c, reader.read(question))).isEqualTo(theirs);
    }
}
