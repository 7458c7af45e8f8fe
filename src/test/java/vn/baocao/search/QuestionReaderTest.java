package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.index.SampleReports;
import vn.baocao.lexicon.SpeechKind;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Person;
import vn.baocao.text.VietnameseText;

class QuestionReaderTest {
    private static final List<Person> KNOWN = List.of(SampleReports.PHAM_BINH_MINH, SampleReports.PHAM_MINH_CHINH,
            SampleReports.BUI_THANH_SON, SampleReports.NGUYEN_PHU_TRONG, SampleReports.TRAN_LUU_QUANG,
            SampleReports.HOANG_NAM);
    private final QuestionReader reader = new QuestionReader(KNOWN);

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/search/forms.csv", delimiter = '|', numLinesToSkip = 1)
    void readsFormKindMeetingPersonUnitAndTopic(String question, Form form, SpeechKind kind, int year, String person,
                                                ConferenceKind conference, int ordinal, String unit, String topic) {
        Intent intent = reader.read(question);
        assertThat(intent.form()).as("form").isEqualTo(form);
        assertThat(intent.speechKind()).as("speech kind").isEqualTo(kind);
        assertThat(intent.year()).as("year").isEqualTo(year);
        assertThat(intent.person() == null ? null : intent.person().name()).as("person").isEqualTo(person);
        assertThat(intent.conferenceKind()).as("conference kind").isEqualTo(conference);
        assertThat(intent.conferenceOrdinal()).as("ordinal").isEqualTo(ordinal);
        assertThat(String.join(" ", intent.unit())).as("unit").isEqualTo(unit == null ? "" : unit);
        assertThat(String.join(" / ", intent.topic().stream().map(run -> String.join(" ", run)).toList())).as("topic")
                .isEqualTo(topic == null ? "" : topic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cuộc họp Ban Tổ chức diễn ra ở phòng nào?                          | WHERE
            hoi nghi ngoai vu lan 21 to chuc o thanh pho nao                   | WHERE
            Hội nghị người Việt Nam ở nước ngoài lần thứ 2 tổ chức tại nước nào? | WHERE
            buoi lam viec hop o phong hop nao                                  | WHERE
            """)
    void aRoomATownOrACountryAskedForAsksWhere(String question, Form form) {
        assertThat(reader.read(question).form()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ngày 5/7/2023 Bộ NG có hoạt động gì                                | WHICH_MEETING | 2023
            What happened at the foreign ministry on 22 July 2019?             | WHICH_MEETING | 2019
            ngày 5/7/2023 và 5/7/2024 BNG có những hoạt động nào                | LIST          | 0
            """)
    void whatHappenedOnADayAsksWhichEvent(String question, Form form, int year) {
        Intent intent = reader.read(question);
        assertThat(intent.form()).isEqualTo(form);
        assertThat(intent.year()).isEqualTo(year);
        assertThat(intent.date()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tên 12 lãnh sự danh dự được trao Kỷ niệm chương là gì?             | LIST
            Ban Chấp hành Đoàn BNG khóa VIII gồm 21 người tên gì?              | LIST
            danh sach ten 700 dai bieu du hn tong ket nganh ngoai giao 2022     | LIST
            danh sach 12 DN ban dan Hoa Ky duoc DSQ ket noi                     | LIST
            giam doc so ngoai vu quang tri ten gi                               | FACT
            30 doanh nghiep lon doi thoai voi truong CQDD la DN nao             | LIST
            Which 12 organisations received certificates of merit?             | LIST
            danh sach cac tap the duoc khen thuong tai hn so ket 6 thang 2023   | LIST
            """)
    void askingTheNamesOfACountedGroupAsksForAList(String question, Form form) {
        assertThat(reader.read(question).form()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            thanh phan du HN so ket 6 thang dau 2023                        | ATTENDED
            Thành phần dự buổi làm việc của Phó Thủ tướng với BNG gồm những ai? | ATTENDED
            thành phần chủ trì hội nghị tổng kết 2022                       | PRESIDED
            """)
    void theMakeUpOfThoseWhoTookPartAsksWho(String question, Form form) {
        assertThat(reader.read(question).form()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phó Thủ tướng giao Vụ Ngoại giao kinh tế những nhiệm vụ gì?       | LIST
            Bộ trưởng đề nghị toàn ngành làm những việc gì?                   | LIST
            Phó Thủ tướng giao Vụ Ngoại giao kinh tế những nhiệm vụ nào?      | LIST
            Bộ trưởng nói những gì tại hội nghị tổng kết 2022?                | SAID_BY
            """)
    void whatThingsOfAKindAreAskedIsAList(String question, Form form) {
        assertThat(reader.read(question).form()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BT Son de nghi nganh NG lam gi trong 6 thang cuoi nam 2023  | MID_YEAR_REVIEW
            Bộ trưởng đề nghị gì cho sáu tháng cuối năm 2023?            | MID_YEAR_REVIEW
            kết quả cuối năm 2023                                        | YEAR_END_REVIEW
            """)
    void theSecondHalfOfAYearIsPlannedAtItsMidYearReview(String question, String kind) {
        assertThat(String.valueOf(reader.read(question).conferenceKind())).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phó Thủ tướng làm việc với Vụ Ngoại giao kinh tế ở đâu tháng 3/2024? | vu ngoai giao kinh te
            Where did the Deputy PM meet the Economic Diplomacy Department in March 2024? | ngoai giao kinh te department
            6 tháng đầu năm 2024 có bao nhiêu đoàn                             | doan
            """)
    void aMonthOfTheYearNamedSaysWhenAndIsNoTopic(String question, String topic) {
        Intent intent = reader.read(question);
        assertThat(String.join(" ", intent.topicWords())).isEqualTo(topic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dai su VN tai Sec ten gi                     | ''
            Đại sứ Lào tại Việt Nam tên là gì?           | viet nam
            Cty Sakura kien nghi gi                      | cong ty sakura kien nghi
            """)
    void askingANameOrWritingShorthandLeavesOnlyWhatItIsAbout(String question, String topic) {
        assertThat(String.join(" ", reader.read(question).topicWords())).isEqualTo(topic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4 co che LHQ VN trung cu la nhung co che nao                        | co che
            Học viện tuyển sinh ở những chuyên ngành nào?                       | chuyen nganh
            30 doanh nghiep lon doi thoai voi truong CQDD la DN nao             | doanh nghiep
            Which 12 organisations received certificates of merit?             | to chuc
            danh sach cac tap the duoc khen thuong                              | tap the
            Tên 12 lãnh sự danh dự được trao Kỷ niệm chương là gì?             | lanh su
            """)
    void aListQuestionNamesWhatItAsksTheMembersOf(String question, String listed) {
        assertThat(String.join(" ", reader.read(question).unit())).isEqualTo(listed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            chi thi 16 ve NGKT duoc nhac o hn nao                  | Chỉ thị 16
            Sơ kết Nghị quyết 22-NQ/TW có kết quả gì?              | Nghị quyết 22
            Who chaired the conference reviewing Directive 16?     | Chỉ thị 16
            Kết luận số 12 ban hành ngày nào                       | Kết luận 12
            Kết luận 12-KL/TW ban hanh ngay nao                    | Kết luận 12
            Nghị định 58/2022 nói gì                               | Nghị định 58
            BT ket luan 3 noi dung gi                              | ''
            Bộ trưởng quyết định 2 việc gì                         | ''
            chi thi 2024 cua TTg                                   | ''
            """)
    void readsTheNumberedDocumentsItNamesButNoVerbOrCount(String question, String documents) {
        assertThat(String.join(", ", reader.read(question).documents())).isEqualTo(documents);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            File nào có số liệu danh hiệu UNESCO từng năm?
            file nao la van ban so 215/BC-BNG
            Bản ghi nào có phóng viên Reuters hỏi về Biển Đông?
            which file reports the border conference in Cao Bang
            """)
    void askingWhichFileOrRecordAsksWhichReport(String question) {
        assertThat(reader.read(question).form()).isEqualTo(Form.WHICH_REPORT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BNG quyết tâm đổi mới gì khi báo cáo với PTT Trần Lưu Quang? | true
            bo ngoai giao bao cao gi len Thu tuong Pham Minh Chinh        | true
            Khi bao cao PTT Tran Luu Quang, Bo NG quyet tam doi moi gi?   | true
            Khi báo cáo PTT Trần Lưu Quang, BNG cam kết giữ nghiêm điều gì? | true
            Báo cáo của PTT Trần Lưu Quang nêu gì?                        | false
            PTT Trần Lưu Quang làm việc với BNG ngày nào?                 | false
            Thủ tướng Phạm Minh Chính nói gì?                             | false
            """)
    void readsWhetherThePersonNamedIsTheOneSpokenTo(String question, boolean addressed) {
        assertThat(reader.read(question).personAddressed()).isEqualTo(addressed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who chaired the 20th national conference on local external affairs? | 20
            Who chaired the 31st diplomatic conference?                          | 31
            What happened at the 5th forum of overseas Vietnamese intellectuals? | 5
            """)
    void readsTheNumberOfAMeetingAskedInEnglish(String question, int ordinal) {
        assertThat(reader.read(question).conferenceOrdinal()).isEqualTo(ordinal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bí thư Đoàn BNG nhiệm kỳ 2017 - 2022 là ai?
            Khẩu hiệu hành động của Đoàn Thanh niên Bộ Ngoại giao là gì?
            """)
    void theYouthUnionIsNoPersonsName(String question) {
        assertThat(reader.read(question).unknownPerson()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hội nghị tổng kết 5 năm thực hiện Chỉ thị số 25 có bao nhiêu đại biểu      | OTHER
            ct25 tong ket: bao nhieu dai bieu                                          | OTHER
            How many delegates attended the Directive 25 review conference?           | OTHER
            Chỉ thị 25 hội nghị tổng kết ai chủ trì                                    | OTHER
            Ai phat bieu chao mung hoi nghi so ket thoa thuan Viet - Lao?             | OTHER
            Hội nghị sơ kết lần thứ ba với Lào diễn ra ngày nào?                      | OTHER
            hoi nghi tong ket de an 06 ai chu tri                                     | OTHER
            hội nghị sơ kết 6 tháng đầu năm 2023 ai chủ trì                           | MID_YEAR_REVIEW
            hội nghị tổng kết 6 tháng đầu năm 2023 do ai chủ trì                      | MID_YEAR_REVIEW
            Which news agency reported the MFA's first-half 2023 review conference?   | MID_YEAR_REVIEW
            Thủ tướng nói gì về Nghị quyết 18 tại hội nghị tổng kết năm 2024?          | YEAR_END_REVIEW
            What did the Prime Minister stress in his conclusion at the 2024 review conference? | YEAR_END_REVIEW
            """)
    void aReviewOfANumberedDocumentNamedBeforeOrAfterIsNoYearReview(String question, ConferenceKind kind) {
        assertThat(reader.read(question).conferenceKind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BNG to chuc HN so ket 6 thang 2023                | Bộ Ngoại giao to chuc hội nghị so ket 6 thang 2023
            TTg yêu cầu ngành NG làm gì?                       | thủ tướng yêu cầu ngành ngoại giao làm gì?
            PTT, BT và TT nói gì?                              | phó thủ tướng, bộ trưởng và thứ trưởng nói gì?
            VN trúng cử HĐBA LHQ với bao nhiêu phiếu           | Việt Nam trúng cử Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu
            ng dan hoi gi                                      | ng dan hoi gi
            Bộ Giáo dục và Đào tạo dự không                    | Bộ Giáo dục và Đào tạo dự không
            bn Truong CQDD du HNNG30                           | bao nhiêu Truong cơ quan đại diện du Hội nghị Ngoại giao 30
            HN trien khai CT15 ve ngoai giao KT ntn            | hội nghị trien khai chỉ thị 15 ve ngoai giao kinh tế như thế nào
            Ai báo cáo kq đối ngoại vs PTT?                    | Ai báo cáo kết quả đối ngoại với phó thủ tướng?
            Kết luận 12-KL/TW ban hành khi nào                 | Kết luận 12-KL/TW ban hành khi nào
            vn nang quan he voi nuoc nao, BC noi gi ve TQ      | Việt Nam nang quan he voi nuoc nao, báo cáo noi gi ve Trung Quốc
            CTQH lam viec voi BNG ngay nao                     | Chủ tịch Quốc hội lam viec voi Bộ Ngoại giao ngay nao
            HN bao ho CD ket noi bn CQDD                       | hội nghị bao ho công dân ket noi bao nhiêu cơ quan đại diện
            ĐS Nguyễn Phương Nga nói gì về Nga?                | đại sứ Nguyễn Phương Nga nói gì về Liên bang Nga?
            KNXNK với ĐNA, bảo hộ cong dna                     | kim ngạch xuất nhập khẩu với Đông Nam Á, bảo hộ cong dna
            Nga và Mỹ                                          | Liên bang Nga và Hoa Kỳ
            CT UBND Đà Nẵng nói gì, CT15 là gì                 | Chủ tịch UBND Đà Nẵng nói gì, chỉ thị 15 là gì
            30 DN lon la DN nao, ĐN la gi                      | 30 doanh nghiệp lon la doanh nghiệp nao, đối ngoại la gi
            PTT lv voi BNG, DH dang, tinh hinh TG, hiep dinh TM | phó thủ tướng làm việc voi Bộ Ngoại giao, Đại hội dang, tinh hinh thế giới, hiep dinh thương mại
            cổng TT ngoại vụ chạy thử ở bn tỉnh                 | cổng thông tin ngoại vụ chạy thử ở bao nhiêu tỉnh
            tap huan TTDN 2024, TT Vu noi gi                   | tap huan thông tin đối ngoại 2024, thứ trưởng Vu noi gi
            """)
    void writesOutTheAbbreviationsPeopleType(String question, String read) {
        assertThat(reader.read(question).text()).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thứ trưởng Nguyễn Quốc Cường phát biểu gì?   | Nguyễn Quốc Cường
            thu truong nguyen quoc cuong noi gi          | nguyen quoc cuong
            Ông Lê Minh Sơn dự hội nghị nào?              | Lê Minh Sơn
            Bùi Thanh Sơn nói gì?                         | ''
            Giám đốc Sở Ngoại vụ TP.HCM kiến nghị gì      | ''
            Đại sứ Thái Lan phát biểu gì?                 | ''
            """)
    void tellsAPersonNoReportNamesFromOneItKnows(String question, String unknown) {
        assertThat(reader.read(question).unknownPerson()).isEqualTo(unknown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ trưởng Bộ Công an nói gì?                     | bộ trưởng    | bo cong an
            Thủ tướng, chủ trương đối ngoại đã chuyển ra sao | thủ tướng    | ''
            TTg muon doi ngu can bo NG nhu the nao           | thủ tướng    | ''
            Phó Chủ tịch UBND tỉnh dự ở đâu?                 | phó chủ tịch | uy ban nhan dan
            ai phat bieu tai buoi lam viec cua CTQH voi BNG  | chủ tịch     | quoc hoi
            Thủ tướng Nhật Bản nói gì?                       | thủ tướng    | nhat ban
            Đại sứ Việt Nam tại Thái Lan nói gì?             | đại sứ       | viet nam tai thai lan
            Đại sứ tại Hàn Quốc kiến nghị gì                 | đại sứ       | tai han quoc
            What did Vietnam's ambassador to Germany say?    | đại sứ       | tai duc
            Đại sứ phát biểu tại hội nghị nào?               | đại sứ       | ''
            """)
    void narrowsATitleOnlyByWhatNamesAnOffice(String question, String title, String qualifier) {
        assertThat(reader.read(question).titles()).extracting(NamedTitle::title, NamedTitle::qualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(title, qualifier));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thủ tướng phản đối điều gì?            | phản đối
            hoi nghi co bi hoan lai khong          | hoãn
            Who cancelled the conference?          | hủy
            Ai nói 'phản đối mọi hành vi'?         | ''
            Thủ tướng nhấn mạnh gì?                | ''
            BT muốn ngành NG phát huy vai trò gì?  | ''
            hoi nghi co bi huy khong               | hủy
            TTg Chinh nhac phat huy ban sac gi     | ''
            so hoa ho so hoan thanh truoc nam nao  | ''
            vi sao hoi nghi bi hoan                | hoãn
            Tại sao BNG không đạt chỉ tiêu 60%?    | thất bại
            Why did Vietnam fail to win a seat?    | thất bại
            vi sao VN truot ghe uy vien HĐBA       | trượt
            Tại sao PTT bác đề xuất lập Quỹ?       | phản đối
            sao tinh rut de nghi nang cap cua khau | rút lại
            Vì sao Nghị quyết bị phủ quyết?        | phủ quyết
            ai bi khoi to sau thanh tra            | khởi tố
            ngu dan bi bat giu o dau               | ''
            Bắc Ninh đề xuất gì?                   | ''
            vi sao so vu bao ho giam so voi 2022   | giảm
            cong dan bi giam giu o dau             | ''
            Vi sao co cong dan VN thiet mang?      | thiệt mạng
            Why did Vietnam lose its bid for the Council? | trượt
            von FDI 6T/2018 tang hay giam, bao nhieu %     | ''
            IOM khong tham gia hoi thao vi sao     | vắng mặt
            Why did IOM not take part in the workshop? | vắng mặt
            """)
    void readsThePremiseAQuestionTakesForGrantedButNotInAQuote(String question, String premise) {
        assertThat(reader.read(question).premise()).isEqualTo(premise);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị diễn ra ngày nào?         | DAY
            hoi nghi to chuc thang may         | MONTH
            Việt Nam gia nhập ASEAN năm nào?   | YEAR
            Khi nào ký hiệp định?              | ANY
            HNNG 31 kéo dài từ ngày nào đến ngày nào? | RANGE
            hoi nghi dien ra tu hom nao        | RANGE
            hop bao bat dau luc may gio        | HOUR
            Buổi làm việc bắt đầu và kết thúc lúc mấy giờ? | HOURS
            hoi nghi keo dai tu may gio        | HOURS
            What time did the conference start? | HOUR
            lam viec buoi chieu hay sang       | ANY
            HN sơ kết 2019 diễn ra vào thứ mấy trong tuần? | WEEKDAY
            Which day of the week was the 2019 mid-year review held? | WEEKDAY
            hn tong ket 2022 nhac den hoi nghi ngoai giao lan thu may | ANY
            """)
    void readsHowPreciseADateIsAskedFor(String question, DateGrain grain) {
        assertThat(reader.read(question).grain()).isEqualTo(grain);
    }

    @Test
    void keepsTheWordsOfAQuoteOutOfItsCues() {
        Intent intent = reader.read("ai noi 'dat nuoc ta chua bao gio co duoc co do nhu ngay nay'");
        assertThat(intent.form()).isEqualTo(Form.WHO_SAID); // "bao gio" in the quote does not ask when
    }

    @Test
    void searchesForTheOtherFormsOfItsParaphrasesAndNames() {
        assertThat(reader.read("Bộ trưởng khen ngợi ai?").terms()).contains("khen", "ngợi", "biểu", "dương");
        assertThat(reader.read("HĐBA họp khi nào").terms()).contains("hội", "đồng", "bảo", "an", "hđba");
    }

    @Test
    void readsADateAndLeavesItsNumbersOutOfTheTerms() {
        Intent intent = reader.read("Bộ trưởng nói gì ngày 05/07?");
        assertThat(intent.date()).isEqualTo(MonthDay.of(7, 5));
        assertThat(intent.fullDate()).isEmpty();
        assertThat(intent.terms()).containsExactly("bộ", "trưởng", "nói");
        assertThat(reader.read("bo truong noi gi ngay 5/7").date()).isEqualTo(MonthDay.of(7, 5));
    }

    @Test
    void aDateWithAYearGivesTheFullDate() {
        Intent intent = reader.read("Hội nghị ngày 5 tháng 7 năm 2023 bàn gì?");
        assertThat(intent.date()).isEqualTo(MonthDay.of(7, 5));
        assertThat(intent.year()).isEqualTo(2023);
        assertThat(intent.fullDate()).contains(LocalDate.of(2023, 7, 5));
    }

    @Test
    void aPeriodIsNotADate() {
        assertThat(reader.read("6 tháng đầu năm 2023").date()).isNull();
    }

    @Test
    void severalYearsAreListedButNoneIsTheFilterYear() {
        Intent intent = reader.read("So sánh năm 2022 và năm 2024");
        assertThat(intent.years()).containsExactly(2022, 2024);
        assertThat(intent.year()).isZero();
        assertThat(reader.read("năm 1900 và năm 2200").years()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tóm tắt hội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025    | 2024
            hn tong ket nam 2022 trien khai nhiem vu 2023 dien ra ngay nao       | 2022
            sơ kết 6 tháng đầu năm 2023, phương hướng nhiệm vụ năm 2024          | 2023
            So sánh tổng kết năm 2022 và năm 2024                               | 2022, 2024
            triển khai nhiệm vụ năm 2025 gồm những gì                            | 2025
            """)
    void theYearOfAReviewsPlanInItsTitleIsNotAnotherYearAsked(String question, String years) {
        assertThat(reader.read(question).years().stream().map(String::valueOf).toList())
                .containsExactlyElementsOf(List.of(years.split(", ")));
    }

    @Test
    void aYearInBracketsSaysMoreOfTheMeetingAYearOutsideThemNames() {
        assertThat(reader.read("hn tong ket nam 2023 (hop thang 1/2024) co ai du").year()).isEqualTo(2023);
        assertThat(reader.read("hội nghị sơ kết (năm 2019) ai chủ trì").year()).isEqualTo(2019);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị nào nêu tăng trưởng GDP 8,83%?                          | 8,83
            hon 1.200 dai bieu du hoi nghi nao                               | 1.200
            Which conference cited 9-month GDP growth of 8.83%?              | 9 8,83
            Which conference had 1,200 delegates?                            | 1.200
            TTg giao mấy nhiệm vụ, 5 hay 6?                                  | 5 6
            Thủ tướng lưu ý gì về vắc-xin tháng 8/2021?                      | ''
            BT nêu gì tháng 8 năm 2021 về 3 nhiệm vụ?                        | 3
            Có 8 nhiệm vụ trong tháng 8?                                     | 8 8
            """)
    void readsTheNumbersItGivesAsTheReportsWriteThem(String question, String numbers) {
        assertThat(String.join(" ", reader.read(question).numbers())).isEqualTo(numbers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ trưởng nhận định gì tại hội nghị sơ kết 6 tháng đầu năm 2019?   | tại hội nghị sơ kết 6 tháng đầu năm 2019
            ai chu tri HN tong ket 2022 cua BNG                                 | hội nghị tong ket 2022 cua Bộ Ngoại giao
            HN tổng kết công tác ngành ngoại giao năm 2024 nói gì                | hội nghị tổng kết công tác ngành ngoại giao năm 2024
            tổng kết 2022 ngoại giao kinh tế đạt gì                             | tổng kết 2022
            TTg nói gì ở HN tổng kết NG 2022?                                  | ở hội nghị tổng kết ngoại giao 2022
            sơ kết năm nay có hơn 700 đại biểu?                                  | sơ kết
            Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?                     | Hội nghị Ngoại giao lần thứ 32
            Thủ tướng nói gì về kinh tế?                                        | ''
            """)
    void readsTheWordsThatTellWhichMeetingAsOneRun(String question, String occasion) {
        assertThat(reader.read(question).mentions().occasion()).isEqualTo(occasion);
    }

    @Test
    void decomposedQuestionsReadLikeComposedOnes() {
        String nfc = "Bùi Thanh Sơn nhấn mạnh gì tại hội nghị tổng kết?";
        Intent composed = reader.read(nfc);
        Intent decomposed = reader.read(Normalizer.normalize(nfc, Normalizer.Form.NFD));
        assertThat(decomposed).isEqualTo(new Intent(decomposed.question(), composed.text(), composed.english(),
                composed.form(), composed.speechKind(), composed.person(), composed.personAddressed(), composed.unknownPerson(), composed.titles(),
                composed.conferenceKind(), composed.kindOutright(), composed.conferenceOrdinal(), composed.aboutMeeting(),
                composed.year(), composed.years(), composed.date(), composed.numbers(), composed.names(), composed.documents(), composed.premise(),
                composed.detail(), composed.unit(), composed.total(), composed.grain(), composed.topic(), composed.topicText(), composed.terms(), composed.span(), composed.page(), composed.parts(), composed.mentions()));
        assertThat(decomposed.form()).isEqualTo(Form.SAID_BY);
    }

    @Test
    void oldTonePlacementIsNormalised() {
        assertThat(reader.read("biên giới hoà bình, thuỷ sản").terms()).containsExactly("biên", "giới", "hòa", "bình", "thủy",
                "sản");
    }

    @Test
    void luceneSyntaxIsJustText() {
        Intent intent = reader.read("AND ( \" *:* title:x~ OR -bộ +trưởng^2");
        assertThat(intent.terms()).containsExactly("and", "title", "x", "or", "bộ", "trưởng", "2");
        assertThat(intent.form()).isEqualTo(Form.FACT);
    }

    @Test
    void aVeryLongQuestionKeepsItsFirstDistinctWordsOnly() {
        StringBuilder question = new StringBuilder("Bộ trưởng đề nghị gì");
        for (int i = 0; question.length() < 20_000; i++) {
            question.append(" từ").append(i);
        }
        Intent intent = reader.read(question.toString());
        assertThat(intent.terms()).hasSize(QuestionReader.MAX_TERMS);
        assertThat(intent.terms()).startsWith("bộ", "trưởng", "đề", "nghị", "từ0");
    }

    @Test
    void emptyAndEmojiOnlyQuestionsHaveNothingToSearchFor() {
        for (String question : new String[] {"", "   ", "🙂🙂 👍", "???"}) {
            Intent intent = reader.read(question);
            assertThat(intent.terms()).as(question).isEmpty();
            assertThat(intent.isBlank()).as(question).isTrue();
            assertThat(intent.form()).as(question).isEqualTo(Form.FACT);
        }
    }

    @Test
    void theBareWordForAMeetingAsksNothing() {
        assertThat(reader.read("hn").isBlank()).isTrue();
        assertThat(reader.read("HN?").isBlank()).isTrue();
        assertThat(reader.read("hội nghị tổng kết").isBlank()).isFalse();
        assertThat(reader.read("ngoai giao kinh te").isBlank()).isFalse();
    }

    @Test
    void withoutKnownPeopleNoPersonIsRecognised() {
        assertThat(new QuestionReader(List.of()).read("Bùi Thanh Sơn nói gì?").person()).isNull();
    }

    @Test
    void theLongestMatchingEndOfANameWins() {
        // "ông Minh" would name Phạm Bình Minh, listed first; "Minh Chính" names more of Phạm Minh Chính
        assertThat(reader.read("ông Minh Chính nói gì").person()).isEqualTo(SampleReports.PHAM_MINH_CHINH);
        assertThat(reader.read("ông Minh nói gì").person()).isEqualTo(SampleReports.PHAM_BINH_MINH);
    }

    @Test
    void aSingleSyllableNamesSomeoneOnlyAfterAnHonorificOrTheirTitle() {
        assertThat(reader.read("Việt Nam và Quảng Trị").person()).isNull(); // "Nam" alone is not Hoàng Nam
        assertThat(reader.read("bà Nam dự ở đâu").person()).isEqualTo(SampleReports.HOANG_NAM);
        assertThat(reader.read("PTT Quang nói gì").person()).isEqualTo(SampleReports.TRAN_LUU_QUANG);
        assertThat(reader.read("Thủ tướng Quang nói gì").person()).isNull(); // Trần Lưu Quang is a deputy
        // the reports' latest role is not the only one: he was Prime Minister before he was President
        Person phuc = new Person("Nguyễn Xuân Phúc", "Chủ tịch nước");
        assertThat(new QuestionReader(List.of(phuc)).read("TTg Phúc giao ngành NG mấy nhiệm vụ").person()).isEqualTo(phuc);
        // after a title its holder does not hold, a lowercase syllable without marks is a word of the question
        Person trong = new Person("Nguyễn Phú Trọng", "Tổng Bí thư");
        assertThat(new QuestionReader(List.of(trong)).read("nguoi phat ngon trong hop bao 11/7 la ai").person()).isNull();
        assertThat(new QuestionReader(List.of(trong)).read("tong bi thu trong noi gi").person()).isEqualTo(trong);
    }

    @Test
    void aNameThatGoesOnIsNotSomeoneWhoseNameEndsWithItsFirstSyllables() {
        Person van = new Person("Ngô Lê Văn", "Thứ trưởng");
        QuestionReader knowingVan = new QuestionReader(List.of(van));
        assertThat(knowingVan.read("PTT Lê Văn Thành làm việc với BNG ngày nào?").person()).isNull();
        assertThat(knowingVan.read("Thứ trưởng Lê Văn dự hội nghị nào?").person()).isEqualTo(van);
        assertThat(knowingVan.read("Thứ trưởng Lê Văn Bộ Ngoại giao dự hội nghị nào?").person()).isEqualTo(van);
        Person hang = new Person("Phạm Thu Hằng", "Người phát ngôn Bộ Ngoại giao");
        QuestionReader knowingHang = new QuestionReader(List.of(hang));
        assertThat(knowingHang.read("Người phát ngôn Lê Thị Thu Hằng trả lời gì?").person()).isNull();
        assertThat(knowingHang.read("Người phát ngôn Thu Hằng trả lời gì?").person()).isEqualTo(hang);
    }

    @Test
    void theEndOfANameIsNoOnesWhenItBeginsInsideAnotherNameOrEndsInsideTheWordsThatAsk() {
        Person bao = new Person("Trần Quốc Bảo", "Đại sứ");
        QuestionReader knowingBao = new QuestionReader(List.of(bao));
        assertThat(knowingBao.read("VN trúng cử HĐBA LHQ bao nhiêu phiếu?").person()).isNull();
        assertThat(knowingBao.read("Ông Quốc Bảo nói gì?").person()).isEqualTo(bao);
        assertThat(knowingBao.read("ĐS Trần Quốc Bảo nói gì về bán dẫn?").person()).isEqualTo(bao);
    }

    @Test
    void initialsNameTheOnePersonTheyStandFor() {
        assertThat(reader.read("PBM chủ trì HN nào?").person()).isEqualTo(SampleReports.PHAM_BINH_MINH);
        assertThat(reader.read("tlq lv voi BNG ngay nao").person()).isEqualTo(SampleReports.TRAN_LUU_QUANG);
        assertThat(reader.read("can bo NG can gi").person()).isNull(); // "can" is a syllable, not initials
    }

    @Test
    void aTitleEndingLikeSomeonesNameIsTheTitle() {
        Person son = new Person("Nguyễn Trường Sơn", "Thứ trưởng Bộ Y tế");
        QuestionReader withBoth = new QuestionReader(List.of(son, SampleReports.BUI_THANH_SON));
        // "bộ trưởng Sơn" ends like "Trường Sơn", but "trưởng" is the end of the title
        assertThat(withBoth.read("BT Sơn yêu cầu gì?").person()).isEqualTo(SampleReports.BUI_THANH_SON);
        assertThat(withBoth.read("bo truong Son chi dao gi").person()).isEqualTo(SampleReports.BUI_THANH_SON);
        assertThat(withBoth.read("ông Trường Sơn nói gì").person()).isEqualTo(son);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            asaen     | asean     | true
            campucia  | campuchia | false
            asean     | asean     | false
            naem      | name      | true
            ab        | ba        | false
            """)
    void takesTwoNeighbouringLettersSwappedForATypo(String typed, String word, boolean swapped) {
        assertThat(QuestionReader.swapsTwoLetters(typed, word)).isEqualTo(swapped);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            asen      | asean     | true
            ngi       | nghi      | true
            lun       | luan      | true
            asean     | asean     | false
            asen      | aseans    | false
            nghi      | ngi       | false
            """)
    void takesALetterLeftOutForATypo(String typed, String word, boolean shorter) {
        assertThat(QuestionReader.isALetterShort(typed, word)).isEqualTo(shorter);
    }

    @Test
    void aTitleThatBeginsALongerNameIsThatNameNotAnOffice() {
        assertThat(reader.read("Bình Định thu hút bao nhiêu vốn nhờ ĐSQ tại Hàn Quốc").titles()).isEmpty();
        assertThat(reader.read("Đại sứ quán tại Hàn Quốc hỗ trợ gì").titles()).isEmpty();
        assertThat(reader.read("Đại sứ tại Hàn Quốc kiến nghị gì").titles()).extracting(NamedTitle::title)
                .containsExactly("đại sứ");
    }

    @Test
    void aTitleAfterTheWordForYearNamesATermNotAPerson() {
        assertThat(reader.read("so hieu bao cao ve HN chuan bi nam chu tich ASEAN 2020").titles()).isEmpty();
        assertThat(reader.read("Chủ tịch ASEAN 2020 là ai").titles()).extracting(NamedTitle::title).containsExactly("chủ tịch");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn Bích Ngọc phát biểu gì tại điểm cầu Quảng Trị?        | Quảng Trị
            diem cau Cao Bang co bao nhieu nguoi du                      | Cao Bang
            Tại Quảng Ninh ai phát biểu?                                 | Quảng Ninh
            kim ngach thuong mai Viet - My nam 2023                      | Hoa Kỳ
            Bộ Ngoại giao tổ chức Hội nghị Ngoại giao lần thứ 31 ở đâu?   | Bộ Ngoại giao, Hội nghị Ngoại giao
            Châu Âu có bao nhiêu vụ bảo hộ công dân năm 2023?           | châu Âu, bảo hộ công dân
            chau my ky dc bao nhieu thoa thuan                           | châu Mỹ
            How many cases were handled in the Middle East?              | Trung Đông
            """)
    void takesTheCapitalisedNamesOfPlacesAsNames(String question, String names) {
        assertThat(String.join(", ", reader.read(question).names())).isEqualTo(names);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phó Thủ tướng Trần Lưu Quan làm việc với Bộ Ngoại giao ngày nào? | Trần Lưu Quang
            Trần Lưu Quangg phát biểu gì                                   | Trần Lưu Quang
            tran luu quan lam viec voi BNG ngay nao                        | ''
            Trần Văn Quang phát biểu gì                                    | ''
            """)
    void aKnownNameWithOneLetterOfItsLastSyllableMistypedIsThatPerson(String question, String person) {
        Person found = reader.read(question).person();
        assertThat(found == null ? "" : found.name()).isEqualTo(person);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ai chủ trì cuộc họp tham vấn thanh niên kiều bào?           | ''
            cuoc hop tham van thanh nien kieu bao dien ra ngay nao      | ''
            Văn Thành phát biểu gì tại hội nghị?                       | Nguyễn Văn Thành
            ong van thanh phat bieu gi                                 | Nguyễn Văn Thành
            Thượng tướng văn thành nói gì                              | Nguyễn Văn Thành
            """)
    void theEndOfANameWrittenWithOtherMarksOrInsideAPhraseNamesNoOne(String question, String person) {
        Person found = new QuestionReader(List.of(new Person("Nguyễn Văn Thành", "Thượng tướng"))).read(question).person();
        assertThat(found == null ? "" : found.name()).isEqualTo(person);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kết luận diễn đàn, Thứ trưởng đề nghị gì?           | REQUEST
            Thứ trưởng đề nghị gì khi kết luận diễn đàn?        | REQUEST
            Bộ trưởng kết luận hội nghị thế nào?                | CONCLUSION
            """)
    void theKindOfStatementAskedIsOfTheVerbWhatFollows(String question, SpeechKind kind) {
        assertThat(reader.read(question).speechKind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            con bao ho cong dan                 | ''
            PTT dan gi ve bien gioi?            | REQUEST
            """)
    void aSpeechVerbTypedWithoutMarksInsideANameIsPartOfTheName(String question, String kind) {
        SpeechKind read = reader.read(question).speechKind();
        assertThat(read == null ? "" : read.name()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ai gửi email chuyển tiếp thông cáo báo chí?
            ai chuyen tiep thong cao ve dien dan
            Who sent the email about the forum?
            """)
    void whoSentAMailAsksItsCredits(String question) {
        assertThat(reader.read(question).form()).isEqualTo(Form.CREDITS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bà Ngọc có vai trò gì trong bài tổng kết 2022?             | trong | false
            Bà Ngọc có vai trò gì trong bài tổng kết 2022?             | bai   | false
            Phó Thủ tướng yêu cầu gì sau hội nghị tổng kết 2022?       | sau   | false
            nhiem vu trong tam nam 2024 la gi                          | trong | true
            bai hoc kinh nghiem tu hoi nghi tong ket 2022              | bai   | true
            ngành ngoại giao làm được gì trong thời gian qua?          | qua   | true
            """)
    void inAQuestionTypedWithMarksTrongSauChoAreFunctionWordsAndTheArticleOfAMeetingIsNoTopic(String question, String word,
                                                                                              boolean inTopic) {
        assertThat(reader.read(question).topic().stream().flatMap(List::stream).toList().contains(word)).isEqualTo(inTopic);
    }

    @Test
    void aPlaceNamedAfterSomeoneIsThePlace() {
        assertThat(new QuestionReader(List.of(new Person("Hồ Chí Minh", "Chủ tịch")))
                .read("Sở Ngoại vụ TP.HCM kiến nghị gì").person()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hoi nghi tong ket nam 2023 dien ra ngay nao o dau      | WHEN, WHERE          | 2023, 2023
            Ai chủ trì hội nghị tổng kết 2022 và 2024?             | PRESIDED, PRESIDED   | 2022, 2024
            hn tong ket 2023 va hn tong ket 2024 to chuc ngay nao  | WHEN, WHEN           | 2023, 2024
            So sánh hội nghị tổng kết 2022 và 2024                 | FACT, FACT           | 2022, 2024
            so sánh sơ kết 2019 và 2023                            | FACT, FACT           | 2019, 2023
            so sanh so dai bieu hn tong ket 2019 va 2022           | HOW_MANY, HOW_MANY   | 2019, 2022
            So sánh ngày tổ chức sơ kết 2019 và 2023               | WHEN, WHEN           | 2019, 2023
            Ai chủ trì hội nghị tổng kết 2022?                     | ''                   | ''
            so ket 2022 BNG ai chu tri, to chuc o dau              | PRESIDED, WHERE      | 2022, 2022
            Ai chủ trì hội nghị tổng kết năm 2022, Thủ tướng nào tham dự? | PRESIDED, ATTENDED | 2022, 2022
            Ai chủ trì và ai phát biểu tại hội nghị tổng kết 2024? | PRESIDED, SPOKE      | 2024, 2024
            XNK 6 thang dau 2022 so voi ca nam 2021                | FACT, FACT           | 2022, 2021
            HN tổng kết BNG 2022 ai chủ trì, TTg có dự ko          | PRESIDED, ATTENDED   | 2022, 2022
            kim ngach xnk 2018 va 2022 chenh nhau the nao          | FACT, FACT           | 2018, 2022
            so ket 2019 va 2023 khac nhau the nao ve nguoi chi dao | SPOKE, SPOKE         | 2019, 2023
            so sanh nguoi chu tri HN so ket 6 thang dau 2019 va 2025 | PRESIDED, PRESIDED | 2019, 2025
            Bui Thanh Son nam 2023 va nam 2025 la chuc vu gi       | ROLE, ROLE           | 2023, 2025
            HN tong ket 2022 va 2024 hop ngay nao, o dau           | WHEN, WHERE, WHEN, WHERE | 2022, 2022, 2024, 2024
            Compare the number of delegates at the 2022 and 2023 year-end reviews | HOW_MANY, HOW_MANY | 2022, 2023
            How many delegates attended the 2022 year-end review, and how many provinces were connected? | HOW_MANY, HOW_MANY | 2022, 2022
            hội nghị tổng kết 2022 có bao nhiêu đại biểu dự và bao nhiêu tỉnh kết nối? | HOW_MANY, HOW_MANY | 2022, 2022
            Who opened the 2022 year-end review and who closed it?  | SPOKE, SPOKE         | 2022, 2022
            BNG hiện có tổng số cán bộ, công chức là bao nhiêu    | ''                   | ''
            lần đó có ai phản đối đánh giá này không, ai vậy?     | ''                   | ''
            """)
    void readsAQuestionThatAsksSeveralThingsAsItsParts(String question, String forms, String years) {
        List<Intent> parts = reader.read(question).parts();
        assertThat(String.join(", ", parts.stream().map(p -> p.form().name()).toList())).isEqualTo(forms);
        assertThat(String.join(", ", parts.stream().map(p -> String.valueOf(p.year())).toList())).isEqualTo(years);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tổng số công dân được hỗ trợ về nước      | true
            tong cong bao nhieu doan                  | true
            cả nước có bao nhiêu hội đoàn             | true
            What was the total number of cases?       | true
            TLSQ Quảng Châu xử lý bao nhiêu vụ        | false
            Tổng Lãnh sự quán hỗ trợ bao nhiêu người  | false
            """)
    void aTotalIsAskedInTheWordsATotalRowIsLabelledWith(String question, boolean total) {
        assertThat(reader.read(question).total()).isEqualTo(total);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ông Phạm Bình Minh là Thủ tướng à?                 | thủ tướng | true
            pham binh minh co phai la thu tuong khong          | thủ tướng | true
            Thủ tướng nói gì với Bùi Thanh Sơn?                | thủ tướng | false
            Bùi Thanh Sơn làm việc với Phó Thủ tướng nào?      | phó thủ tướng | false
            """)
    void aTitleAfterLaIsTheRoleTheQuestionSaysSomeoneHolds(String question, String title, boolean said) {
        assertThat(reader.read(question).titles()).filteredOn(t -> t.title().equals(title))
                .extracting(vn.baocao.search.NamedTitle::said).containsExactly(said);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ trưởng Trần Lưu Quang làm việc với BNG ngày nào?   | bộ trưởng
            BT Tran Luu Quang lam viec voi BNG ngay nao           | bộ trưởng
            Phó Thủ tướng, Bộ trưởng Phạm Bình Minh nói gì?       | bộ trưởng
            TT Phạm Minh Chính nói gì?                            | ''
            ông Trần Lưu Quang nói gì?                            | ''
            """)
    void theTitlesWrittenBeforeANameAreTheRolesTheQuestionGivesThem(String question, String titles) {
        assertThat(String.join(", ", reader.read(question).mentions().personTitles())).isEqualTo(titles);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lãnh đạo Chính phủ nào dự hội nghị tổng kết năm 2022?       | thủ tướng, phó thủ tướng
            Which government leader attended the 2022 review?           | thủ tướng, phó thủ tướng
            lanh dao tinh nao du tai diem cau Cao Bang                  | chủ tịch, phó chủ tịch, bí thư, phó bí thư
            Lãnh đạo Bộ Ngoại giao nào có mặt?                          | bộ trưởng, thứ trưởng
            kế hoạch phải trình Lãnh đạo Bộ khi nào                     | ''
            """)
    void aGroupOfTitlesAskedWhichOfIsAskedOfTheHoldersOfEach(String question, String asked) {
        assertThat(String.join(", ", reader.read(question).titles().stream().filter(vn.baocao.search.NamedTitle::asked)
                .map(vn.baocao.search.NamedTitle::title).toList())).isEqualTo(asked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hội nghị tổng kết 2022 và 2024 ai chủ trì                     | YEAR_END_REVIEW  | YEAR_END_REVIEW
            buổi làm việc với Bộ Ngoại giao 2023 và hội nghị Mekong 2024 ở đâu | WORKING_SESSION | null
            tổng kết 2022 và sơ kết 2023 ai chủ trì                      | YEAR_END_REVIEW  | MID_YEAR_REVIEW
            """)
    void theSecondSideTakesTheFirstsMeetingUnlessItNamesItsOwn(String question, String first, String second) {
        List<Intent> parts = reader.read(question).parts();
        assertThat(parts).hasSize(2);
        assertThat(String.valueOf(parts.get(0).conferenceKind())).isEqualTo(first);
        assertThat(String.valueOf(parts.get(1).conferenceKind())).isEqualTo(second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ông Hoàng Nam tham gia HN tổng kết 2024 và HN cửa khẩu 2024 với vai trò gì? | Ông Hoàng Nam tham gia hội nghị tổng kết 2024 với vai trò gì? | Ông Hoàng Nam tham gia hội nghị cửa khẩu 2024 với vai trò gì?
            Nguyen Bich Ngoc: chuc vu o HN tong ket 2022 khac gi o HN cua khau 2024? | Nguyen Bich Ngoc: chuc vu o hội nghị tong ket 2022 ? | Nguyen Bich Ngoc: chuc vu o hội nghị cua khau 2024?
            So sánh HN sơ kết 6 tháng đầu năm 2019 và 2023: ngày họp | hội nghị sơ kết 6 tháng đầu năm 2019 : ngày họp | hội nghị sơ kết 6 tháng đầu năm 2023: ngày họp
            Chuc danh cua Bui Thanh Son o HN ngoai vu 21 (2023) va HN NGVH (2025) ra sao | Chuc danh cua Bui Thanh Son o hội nghị ngoai vu 21 (2023) ) ra sao | Chuc danh cua Bui Thanh Son hội nghị ngoại giao văn hóa (2025) ra sao
            TTTT Nguyen Minh Vu lam gi o HN cua khau va o lop boi duong DS 2024 | thứ trưởng thường trực Nguyen Minh Vu lam gi o hội nghị cua khau | thứ trưởng thường trực Nguyen Minh Vu lam gi o lop boi duong đại sứ 2024
            PTT Trần Lưu Quang làm gì với BNG ngày 31/1/2023 và tại sơ kết 6T 2024? | phó thủ tướng Trần Lưu Quang làm gì với Bộ Ngoại giao ngày 31/1/2023 ? | phó thủ tướng Trần Lưu Quang làm gì với Bộ Ngoại giao tại sơ kết 6 tháng 2024?
            """)
    void asksTheSameOfEachOfTwoMeetingsNamedSideBySide(String question, String first, String second) {
        List<Intent> parts = reader.read(question).parts();
        assertThat(parts).extracting(p -> p.text().replaceAll(" +", " ").strip()).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ai trình bày báo cáo tổng kết tại hội nghị lãnh sự 2024   | null
            ai trinh bay bao cao so ket tai hoi nghi lanh su 2024     | null
            báo cáo tổng kết năm 2022 nêu những kết quả gì            | YEAR_END_REVIEW
            ai trình bày báo cáo tại hội nghị tổng kết 2022           | YEAR_END_REVIEW
            """)
    void aReviewReportPresentedAtAMeetingNamedOtherwiseIsNoKindOfMeeting(String question, String kind) {
        assertThat(String.valueOf(reader.read(question).conferenceKind())).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Compare who chaired the 21st external affairs conference and the 2024 mid-year review | 21, 0   | 0, 2024
            Compare delegate numbers: 10th Consular Conference vs. 16th South China Sea conference | 10, 0 | 16, 0
            """)
    void anEnglishSideIsNamedFromTheNumberOrYearThatOpensIt(String question, String first, String second) {
        List<Intent> parts = reader.read(question).parts();
        assertThat(parts).extracting(p -> p.conferenceOrdinal() + ", " + p.year()).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            So sánh kim ngạch qua cửa khẩu của Cao Bằng năm 2022 và 2023 | kim ngạch qua cửa khẩu của Cao Bằng năm 2022 | kim ngạch qua cửa khẩu của Cao Bằng 2023
            So sánh kim ngạch xuất nhập khẩu cả năm 2022 với 6 tháng đầu 2022 | kim ngạch xuất nhập khẩu cả năm 2022 | kim ngạch xuất nhập khẩu 6 tháng đầu 2022
            So sanh duong loi Dai hoi duoc nhac o HN so ket 2019 va 2023 | duong loi Dai hoi duoc nhac o hội nghị so ket 2019 | duong loi Dai hoi duoc nhac so ket 2023
            So sánh hội nghị tổng kết 2022 và 2024 | hội nghị tổng kết 2022 | tổng kết 2024
            """)
    void aSideThatNamesOnlyItsMeetingOrYearAsksWhatTheFirstAsks(String question, String first, String second) {
        List<Intent> parts = reader.read(question).parts();
        assertThat(parts).extracting(p -> p.text().replaceAll("[ .]+", " ").strip()).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            So sánh hội nghị tổng kết 2022 và 2024                                      | 2
            HN tổng kết 2022 và 2023 khác nhau thế nào về lãnh đạo Chính phủ tham dự?   | 2
            HN NGKT với địa phương và DN năm 2021 trao bao nhiêu thỏa thuận             | 0
            Bộ Kế hoạch và Đầu tư phát biểu gì tại hội nghị tổng kết 2022               | 0
            bao nhiêu người dự hội nghị tổng kết 2022 và điểm cầu                       | 0
            """)
    void asksNothingOfEachSideWhenItComparesThemOrNamesOneMeeting(String question, int parts) {
        assertThat(reader.read(question).parts()).hasSize(parts).noneMatch(p -> p.form() == Form.ROLE || p.form() == Form.HOW_MANY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hai hội nghị sơ kết 6 tháng đầu năm (2019 và 2023) ngày nào? 
            cả hai hội nghị tổng kết 2022 và 2024 diễn ra ngày nào
            """)
    void aCountOfTheMeetingsComparedIsNoTopic(String question) {
        assertThat(reader.read(question).parts()).allSatisfy(part -> assertThat(part.topic()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim ngạch thương mại với Thụy Điển năm 2018 đạt bao nhiêu?      | kim ngach
            Tỷ lệ hồ sơ trực tuyến là bao nhiêu?                            | ty le
            nam 2017 kim ngach VN Thuy Dien tang bao nhieu %               | phan tram
            Ngân sách Quỹ Bảo hộ công dân năm 2024 là bao nhiêu?            | ngan sach
            Luong trung binh cua lao dong VN o Nhat Ban la bao nhieu        | luong
            Lệ phí cấp hộ chiếu trực tuyến là bao nhiêu?                    | le phi
            Công trình tu bổ mốc ở Quảng Trị có kinh phí bao nhiêu?        | kinh phi
            bien gioi Kon Tum voi Lao dai bao nhieu km                      | dai
            Biên giới Quảng Trị - Lào dài khoảng bao nhiêu?                 | dai
            """)
    void anAmountBeforeItsVerbAndBaoNhieuIsWhatIsCounted(String question, String unit) {
        assertThat(String.join(" ", reader.read(question).unit())).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HN tổng kết 2022 có bao nhiêu người?               | nguoi | false
            hoi nghi tong ket 2022 bn nguoi                    | nguoi | false
            bao nhiêu người Việt Nam sống ở Nhật Bản?          | nguoi | true
            """)
    void aCountedUnitThatReportsCountInWordsOfTheirOwnIsNoTopicWhenItIsAllTheQuestionAsks(String question, String unit, boolean inTopic) {
        Intent intent = reader.read(question);
        assertThat(String.join(" ", intent.unit())).isEqualTo(unit);
        assertThat(intent.topic().stream().anyMatch(run -> run.contains(unit))).as("topic %s", intent.topic()).isEqualTo(inTopic);
    }

    @Test
    void aDimensionAskedIsSearchedForThoughItAsksTheQuestion() {
        assertThat(reader.read("Biên giới Quảng Trị - Lào dài bao nhiêu?").terms()).contains("dài");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kim ngach xnk nam 2022 vuot moc bao nhieu o hoi nghi tong ket nam 2022?  | ''
            bao nhieu dai bieu o hoi nghi tong ket nam 2022?                          | dai bieu
            Hội nghị tổng kết năm 2022 có bao nhiêu đại biểu?                         | dai bieu
            PTT Bùi Thanh Sơn rút ra mấy bài học từ 30 năm gia nhập ASEAN?            | bai hoc
            TTg yêu cầu ngành NG làm mấy nhiệm vụ trọng tâm?                          | nhiem vu
            hội nghị có mấy người dự?                                                 | nguoi
            """)
    void whatIsCountedEndsWhereTheWordsNamingTheMeetingStart(String question, String unit) {
        assertThat(String.join(" ", reader.read(question).unit())).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nhung huyen nao tham du         | huyen, tham, du
            bai nao do Hoai Nhung viet       | do, hoai, nhung, viet
            """)
    void nhungInLowerCaseIsAFunctionWordButNotTheNhungOfAName(String question, String topic) {
        assertThat(String.join(", ", reader.read(question).topicWords())).isEqualTo(topic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            tong ket nghi quyet so may?                                 | -
            Thủ tướng yêu cầu tổng kết nghị quyết nào của BCH Trung ương? | -
            Hội nghị tổng kết Nghị quyết 18 diễn ra khi nào?           | OTHER
            """)
    void reviewingWhichDocumentIsAskedNotAMeeting(String question, ConferenceKind kind) {
        assertThat(reader.read(question).conferenceKind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ai chi dao hoi nghi tong ket 2022                                          | SPOKE | chi dao
            Ai phát biểu khai mạc HN tổng kết 2022?                                    | SPOKE | khai mac
            Ai phat bieu chi dao tai hoi nghi tong ket cong tac nganh ngoai giao nam 2022? | SPOKE | chi dao
            PTT Quang nhắc tới chỉ đạo của Tổng Bí thư tại hội nghị nào?              | -     | ''
            Ai là thư ký Ban Chỉ đạo Hội nghị Ngoại giao lần thứ 29?                  | -     | ''
            BT Son co nhac bao ho cong dan khi ket luan hn so ket 6 thang 2023 ko      | -     | ''
            """)
    void aWhoQuestionOfAPartOfAMeetingAsksWhoSpokeInIt(String question, String form, String part) {
        Intent intent = reader.read(question);
        assertThat(String.join(", ", intent.unit())).isEqualTo(part);
        if (!form.equals("-")) {
            assertThat(intent.form()).isEqualTo(Form.valueOf(form));
        } else {
            assertThat(intent.form()).isNotEqualTo(Form.SPOKE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Diễn đàn tổ chức tại khách sạn nào ở Hà Nội?          | khach san
            hoi nghi to chuc o hoi truong nao                     | hoi truong
            Which hotel in Da Nang hosted the UNCLOS seminar?     | khach san
            Diễn đàn tổ chức ở đâu?                               | ''
            """)
    void aWhereQuestionAsksWhichBuildingOrRoomOfAKind(String question, String kind) {
        Intent intent = reader.read(question);
        assertThat(intent.form()).isEqualTo(Form.WHERE);
        assertThat(String.join(" ", intent.unit())).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Các tỉnh chuẩn bị kỷ niệm bao nhiêu năm quan hệ với Trung Quốc? | nam
            Bao nhiêu đại biểu dự hội nghị?                                 | dai bieu
            Ông Sơn được bao nhiêu phiếu giới thiệu?                        | phieu gioi thieu
            """)
    void aUnitEndsWhereItsLastWordMakesAWordWithTheNextInTheReports(String question, String unit) {
        java.util.Map<String, Integer> written = java.util.Map.of("nam quan", 1, "quan he", 9, "dai bieu", 9,
                "bieu du", 1, "phieu gioi", 1, "gioi thieu", 9, "phieu gioi thieu", 1);
        QuestionReader reader = new QuestionReader(KNOWN, writing(folded -> written.getOrDefault(folded, 0)));
        assertThat(String.join(" ", reader.read(question).unit())).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            So sánh số đại biểu HN tổng kết NG 2022 và số đoàn khách các tỉnh biên giới năm 2019 | bao nhiêu đại biểu hội nghị tổng kết ngoại giao 2022 / bao nhiêu đoàn khách các tỉnh biên giới năm 2019
            so sanh so dai bieu hoi thao ngoai giao van hoa Hoi An va HN tong ket 5 nam Chi thi 25 | bao nhiêu dai bieu hoi thao ngoai giao van hoa Hoi An / bao nhiêu dai bieu hội nghị tong ket 5 nam Chi thi 25
            So sanh so ngu dan bi bat o Thai Lan va Indonesia nam 2023                           | bao nhiêu ngu dan bi bat o Thai Lan năm 2023 / bao nhiêu ngu dan bi bat Indonesia nam 2023
            So sánh số đại biểu HN tổng kết 2022 và HN sơ kết 6 tháng 2023                       | hội nghị tổng kết 2022 bao nhiêu đại biểu / hội nghị sơ kết 6 tháng 2023 bao nhiêu đại biểu
            """)
    void aComparisonOfCountsAsksHowManyOfEachSideInItsOwnWords(String question, String sides) {
        Intent intent = reader.read(question);
        assertThat(intent.parts()).allSatisfy(p -> assertThat(p.form()).isEqualTo(Form.HOW_MANY));
        assertThat(String.join(" / ", intent.parts().stream().map(p -> p.text().replaceAll("\\s+", " ").strip()).toList()))
                .isEqualTo(sides);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ông Hoàng Nam dự những sự kiện nào?                                          | MEETINGS_OF
            Trần Lưu Quang làm việc với BNG năm 2023 những lần nào?                      | MEETINGS_OF
            Hoang Nam xuat hien o nhung bao cao nao, voi vai tro gi?                     | MEETINGS_OF
            Các sự kiện do Phó Thủ tướng Trần Lưu Quang dự là gì?                        | MEETINGS_OF
            cac bai nao co ong Hoang Nam                                                 | WHICH_REPORT
            Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngành ngoại giao nào?   | MEETINGS_OF
            """)
    void someonesOccasionsInThePluralAreTheMeetingsTheyTookPartIn(String question, Form form) {
        assertThat(reader.read(question).form()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ai chu tri hoi nghi ngoai vu 7 tinh bien gioi o Cao Bang?   | 0 | 0  | ''
            Hội nghị Ngoại vụ 21 diễn ra ở đâu?                         | 0 | 21 | EXTERNAL_AFFAIRS_CONFERENCE
            Ai chủ trì hội nghị ngoại vụ toàn quốc?                     | 0 | 0  | EXTERNAL_AFFAIRS_CONFERENCE
            Ai chủ trì hội nghị ngoại vụ các tỉnh biên giới?            | 9 | 0  | EXTERNAL_AFFAIRS_CONFERENCE
            """)
    void aConferenceOnExternalAffairsIsTheNationalOneOnlyByItsReachItsNumberOrTheReportsWords(String question,
            int written, int ordinal, String kind) {
        Intent intent = new QuestionReader(KNOWN, writing(folded -> folded.equals("hoi nghi ngoai vu") ? written : 1)).read(question);
        assertThat(intent.conferenceOrdinal()).isEqualTo(ordinal);
        assertThat(intent.conferenceKind() == null ? "" : intent.conferenceKind().name()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ Ngoại giao kiến nghị Thủ tướng những gì?         | 0 | FACT
            BNG kien nghi TTg ban hanh van ban gi?               | 0 | FACT
            Thủ tướng yêu cầu Bộ Ngoại giao làm gì?             | 1 | SAID_BY
            """)
    void aTitleSpokenToByABodyIsNotTheSpeaker(String question, int titles, Form form) {
        Intent intent = reader.read(question);
        assertThat(intent.titles()).hasSize(titles);
        assertThat(intent.form()).isEqualTo(form);
    }

    @Test
    void anInitialismIsThePhraseTheReportsHaveForItWhenTheyHaveAnotherThanTheLexicons() {
        QuestionReader.Vocabulary reports = new QuestionReader.Vocabulary() {
            @Override
            public int docFrequency(String folded) {
                return 1;
            }

            @Override
            public List<String> spellings(String folded) {
                return List.of();
            }

            @Override
            public java.util.Optional<String> initialism(String initials, List<String> context) {
                return initials.equals("pctn") ? java.util.Optional.of("phong chong tham nhung") : java.util.Optional.empty();
            }
        };
        assertThat(new QuestionReader(KNOWN, reports).read("HN tổng kết PCTN năm 2024 do ai chủ trì").text())
                .contains("phong chong tham nhung");
        assertThat(reader.read("HN tổng kết PCTN năm 2024 do ai chủ trì").text()).contains("Phó Chủ tịch nước");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            VN chu tri bao nhieu cuoc hop ASAEN       | ASEAN
            bao nhieu danh hieu UNESSCO                | UNESCO
            bao nhieu cuoc hop TCCS                    | TCCS
            """)
    void aMistypedAcronymOfTheReportsIsReadAsIt(String question, String read) {
        QuestionReader.Vocabulary reports = new QuestionReader.Vocabulary() {
            @Override
            public int docFrequency(String folded) {
                return folded.equals("asean") || folded.equals("unesco") ? 5 : 0;
            }

            @Override
            public List<String> spellings(String folded) {
                return List.of("asean", "unesco", "tccb");
            }

            @Override
            public java.util.Optional<String> initialism(String initials, List<String> context) {
                return java.util.Optional.empty();
            }
        };
        assertThat(new QuestionReader(KNOWN, reports).read(question).text()).endsWith(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hn tong ket nganh ngoai gioa nam 2024       | nganh ngoai giao nam 2024
            hn tong ket ngang ngoai giao nam 2024       | nganh ngoai giao nam 2024
            the con bo truong noi gi                    | the con bo truong noi gi
            the cun bo truong noi gi                    | the cun bo truong noi gi
            cau gioa hiem                               | cau gioa hiem
            """)
    void aWordNoPassageHasIsCorrectedOnlyWhenTheWordMadeOfItPairsOftenWithANeighbour(String question, String read) {
        QuestionReader.Vocabulary reports = new QuestionReader.Vocabulary() {
            @Override
            public int docFrequency(String folded) {
                return switch (folded) {
                    case "ngoai giao", "nganh ngoai" -> 50;
                    case "can bo" -> 2;
                    case "gioa", "cun", "hiem", "ngang" -> 0;
                    default -> folded.contains(" ") ? 0 : 5;
                };
            }

            @Override
            public List<String> spellings(String folded) {
                return switch (folded) {
                    case "gioa" -> List.of("giao");
                    case "con", "cun" -> List.of("can");
                    case "ngang" -> List.of("nganh");
                    default -> List.of();
                };
            }
        };
        assertThat(new QuestionReader(KNOWN, reports).read(question).text()).endsWith(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phó Thủ tướng nào làm việc với BNG chiều 31-1?   | chiều
            ai chu tri hoi nghi sang ngay 10/1               | sang
            hop bao toi 5/7 noi gi                           | toi
            """)
    void thePartOfTheDayBeforeADateGoesWithTheDateNotTheTopic(String question, String part) {
        assertThat(reader.read(question).topicWords()).doesNotContain(part, VietnameseText.fold(part));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HN đại sứ Cao Bằng do cơ quan nào tổ chức     | ''
            Đại sứ Nguyễn Văn Bình nói gì                 | Nguyễn Văn Bình
            """)
    void aPlaceTheReportsWriteAfterATitleIsNoPersonTheyLack(String question, String unknown) {
        QuestionReader.Vocabulary reports = writing(folded -> folded.equals("cao bang") ? 12 : folded.contains(" ") ? 0 : 5);
        assertThat(new QuestionReader(KNOWN, reports).read(question).unknownPerson()).isEqualTo(unknown == null ? "" : unknown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            le trao quyet dinh dai xu o dau              | le trao quyet dinh dai su o dau
            xu huong hop tac la gi                       | xu huong hop tac la gi
            AMM57 to chuc o dau                          | AMM 57 to chuc o dau
            G20 hop o dau                                | G20 hop o dau
            """)
    void anXTypedForTheSAndAnAcronymGluedToItsNumberAreReadAsThePassagesWriteThem(String question, String read) {
        QuestionReader.Vocabulary reports = writing(folded -> switch (folded) {
            case "dai su", "quyet dinh" -> 20;
            case "xu huong", "amm", "g20" -> 3;
            case "amm57" -> 0;
            default -> folded.contains(" ") ? 0 : 5;
        });
        assertThat(new QuestionReader(KNOWN, reports).read(question).text()).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim nghach thuong mai nam 2023 bao nhieu     | Kim ngach thuong mai nam 2023 bao nhieu
            nghach thuong mai nam 2023 bao nhieu         | nghach thuong mai nam 2023 bao nhieu
            con buoi lam viec thi sao                    | con buoi lam viec thi sao
            """)
    void aWordWithALetterAddedIsTheReportsWordWhenThatPairsWithANeighbour(String question, String read) {
        QuestionReader.Vocabulary reports = new QuestionReader.Vocabulary() {
            @Override
            public int docFrequency(String folded) {
                return switch (folded) {
                    case "kim ngach" -> 8;
                    case "nghach", "con" -> 0;
                    case "co buoi" -> 9;
                    default -> folded.contains(" ") ? 0 : 5;
                };
            }

            @Override
            public List<String> spellings(String folded) {
                return folded.equals("nghach") ? List.of("ngach") : folded.equals("con") ? List.of("co") : List.of();
            }
        };
        assertThat(new QuestionReader(KNOWN, reports).read(question).text()).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu truong lam viec voi tinh Lanh Son ngay nao | tinh Lang Son ngay nao
            Hoi nghi o Cao Bang ngay nao                   | o Cao Bang ngay nao
            lam viec voi lanh dao tinh ngay nao            | lanh dao tinh ngay nao
            """)
    void aWordOfANameTypedAsAnotherWordIsReadAsTheNameTheReportsWrite(String question, String read) {
        QuestionReader.Vocabulary reports = new QuestionReader.Vocabulary() {
            @Override
            public int docFrequency(String folded) {
                return switch (folded) {
                    case "lang son", "lanh dao", "cao bang", "cac bang" -> 6;
                    default -> folded.contains(" ") ? 0 : 5;
                };
            }

            @Override
            public List<String> spellings(String folded) {
                return List.of();
            }

            @Override
            public List<String> neighbours(String folded) {
                return switch (folded) {
                    case "lanh" -> List.of("lang");
                    case "cao" -> List.of("cac");
                    default -> List.of();
                };
            }
        };
        assertThat(new QuestionReader(KNOWN, reports).read(question).text()).endsWith(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HNNG 28 gom nhung phien nao                   | phien
            hội nghị tổng kết 2022 có những phiên nào     | phien
            """)
    void theWordsThatOpenAListSayNothingOfItsTopic(String question, String topic) {
        assertThat(String.join(" ", reader.read(question).topicWords())).isEqualTo(topic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ủa vậy PTT nào làm việc với BNG về kinh tế?          | bo ngoai giao kinh te
            thôi cho hỏi hội nghị năm 2019 bàn về biên giới      | ban bien gioi
            cho mình hỏi trong tài liệu có nói về biên giới      | bien gioi
            bạn ơi hội nghị 2019 bàn về biên giới                | ban bien gioi
            bài nào có tên Đại sứ Khamphao                       | khamphao
            pham binh minh noi gi ve tham muu                    | tham muu
            pham binh minh noi gj ve bien gioi                   | bien gioi
            """)
    void theWordsOfChatAroundAQuestionSayNothingOfItsTopic(String question, String topic) {
        assertThat(String.join(" ", reader.read(question).topicWords())).isEqualTo(topic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            báo cáo số 587/BC-BNG ban hành ngày nào    | CREDITS
            bao cao ket qua HN ky ngay nao             | CREDITS
            Chỉ thị 25-CT/TW ban hành ngày nào         | WHEN
            RCEP ky ngay nao                           | WHEN
            Nguon cua bai PTT lam viec voi BNG la gi?  | CREDITS
            ảnh của ai                                 | CREDITS
            anh bai so ket 2019 nguon?                 | CREDITS
            Anh trong bai hoi nghi so ket 2019 cua nguon nao? | CREDITS
            Ảnh PCT Hoàng Nam dự hội nghị 2024 do ai chụp? | CREDITS
            Who took the photos at the 2019 mid-year MFA conference? | CREDITS
            tin sơ kết 6 tháng đầu 2023 do cơ quan báo chí nào đưa | CREDITS
            Which news agency reported on the 2023 mid-year review? | CREDITS
            ảnh hưởng của hội nghị sơ kết 2019 là gì   | FACT
            bai so ket 6 thang 2024 co bao nhieu luot xem | CREDITS
            How many views does the article on the 2024 mid-year review have? | CREDITS
            video về thác Bản Giốc đạt bao nhiêu lượt xem | HOW_MANY
            ai ky bao cao ket qua hoi nghi             | CREDITS
            ai gửi email tóm tắt họp báo?              | CREDITS
            tóm tắt họp báo thường kỳ                  | SUMMARY
            tom tat hoi thao ngoai giao so trong ky nguyen AI | SUMMARY
            312/BC-BNG ai ky                           | CREDITS
            Chỉ thị 25-CT/TW do ai ký                  | WHO
            ai ky hiep dinh mien thi thuc voi Colombia | WHO
            """)
    void whenAReportWasIssuedIsItsCreditsAndWhenAnythingElseWasIsAWhenQuestion(String question, Form form) {
        assertThat(reader.read(question).form()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu tuong Pham Minh Chinh noi ngoai giao can huy dong nguon luc nao | SAID_BY
            nganh NG can nang cao nang luc nao                                 | FACT
            hoi nghi so ket 2019 dien ra luc nao                               | WHEN
            """)
    void aWordEndingInLucBeforeNaoAsksWhichNotWhen(String question, Form form) {
        assertThat(reader.read(question).form()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            phong vien bao nao hoi ve cong thong tin ngoai vu dia phuong     | ASKED    | cong thong tin ngoai vu tinh
            Phóng viên hãng nào hỏi về an ninh hàng hải?                     | ASKED    | an ninh hang hai
            ai hỏi về miễn thị thực đơn phương ở họp báo 26/9                | ASKED    | mien thi thuc don phuong
            Phóng viên Reuters hỏi gì                                        | ASKED    | phong vien reuters
            Which news agency asked about the East Sea at the briefing?      | ASKED    | bien dong
            Who asked about Mekong hydropower at the press conference?       | ASKED    | mekong
            bài về hội nghị do phóng viên nào viết                           | CREDITS  | ''
            """)
    void aReportersQuestionAtABriefingIsAskedAboutByWhoAskedOrWhatTheyAsked(String question, Form form, String topic) {
        Intent intent = reader.read(question);
        assertThat(intent.form()).isEqualTo(form);
        assertThat(String.join(" ", intent.topicWords())).isEqualTo(topic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tóm tắt các năm 2019-2023               | 2019, 2023 | 1
            tom tat tu 2019 den 2023                 | 2019, 2023 | 1
            nhiệm kỳ 2020-2021 Việt Nam trúng cử     | ''         | 1
            tóm tắt tổng kết 2022 xem thêm xem thêm  | ''         | 3
            """)
    void readsARunOfYearsAndThePageAskedFor(String question, String span, int page) {
        Intent intent = reader.read(question);
        assertThat(String.join(", ", intent.span().stream().map(String::valueOf).toList())).isEqualTo(span);
        assertThat(intent.page()).isEqualTo(page);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dai su vn tai mexico la ai                   | dai su Việt Nam tai Mê-hi-cô la ai
            Đại sứ tại Mê-hi-cô là ai                    | Đại sứ tại Mê-hi-cô là ai
            chuyen bay tu Dubai ve Van Don ngay nao      | chuyen bay tu Du-bai ve Van Don ngay nao
            Hoa Kỳ có bao nhiêu đại biểu                 | Hoa Kỳ có bao nhiêu đại biểu
            """)
    void readsAPlaceAsTheReportsWriteIt(String question, String read) {
        // the reports write "Mê-hi-cô", "Đu-bai" and "Mỹ", never "Mexico", "Dubai" or "Hoa Kỳ"
        Map<String, Integer> written = Map.of("me hi co", 2, "me", 9, "hi", 3, "co", 40, "du bai", 1, "du", 5, "bai", 7,
                "my", 30);
        QuestionReader reading = new QuestionReader(List.of(), writing(p -> written.getOrDefault(p, 0)));
        assertThat(reading.read(question).text()).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ai nói tình bạn hai dân tộc "vẫn vẹn nguyên như năm 1969"?                 | ''
            Who said the friendship is "still intact as in 1969"?                      | ''
            Năm 2019 ai nói "vẫn vẹn nguyên như năm 1969"?                            | 2019
            Ai nói "hợp tác" tại hội nghị tổng kết 2022?                               | 2022
            """)
    void aYearOnlyInsideTheWordsQuotedIsNotTheQuestionsYear(String question, String years) {
        assertThat(String.join(", ", reader.read(question).years().stream().map(String::valueOf).toList())).isEqualTo(years);
    }

    /** The reports' vocabulary as {@code docFrequency} counts it, with no spellings or initialisms of its own. */
    private static QuestionReader.Vocabulary writing(java.util.function.ToIntFunction<String> docFrequency) {
        return new QuestionReader.Vocabulary() {
            @Override
            public int docFrequency(String folded) {
                return docFrequency.applyAsInt(folded);
            }

            @Override
            public List<String> spellings(String folded) {
                return List.of();
            }

            @Override
            public java.util.Optional<String> initialism(String initials, List<String> context) {
                return java.util.Optional.empty();
            }
        };
    }
}
