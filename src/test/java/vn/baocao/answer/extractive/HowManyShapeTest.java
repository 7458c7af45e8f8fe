package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HowManyShapeTest {
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Việt Nam tổ chức Hội nghị thượng đỉnh Mỹ - Triều lần 2, trúng cử HĐBA.        | thu        | lần 2
            Theo tinh thần Hội nghị Ngoại giao lần thứ 30, ngành triển khai nhiệm vụ.    | thu        | thứ 30
            Thủ tướng yêu cầu tổng kết Nghị quyết số 18 của Ban Chấp hành Trung ương.    | so         | số 18
            Tham dự có hơn 700 đại biểu là lãnh đạo các bộ, ngành.                      | dai bieu   | hơn 700 đại biểu
            Hội nghị diễn ra trong không khí thân tình.                                 | thu        | NONE
            2. Về hội nhập kinh tế: kim ngạch đạt khoảng 432 tỷ USD.                    | kim ngach  | khoảng 432 tỷ USD
            Bộ đã vận động thành công 9 danh hiệu của UNESCO.                           | dong       | NONE
            Đối ngoại triển khai theo tinh thần của Hội nghị Ngoại giao 30, Hội nghị tổng kết. | thu | Hội nghị Ngoại giao 30
            Triển khai đường lối đối ngoại của Đại hội XIII của Đảng.                   | thu        | Đại hội XIII
            Thực hiện tốt chủ trương tổng kết Nghị quyết 18 của BCH Trung ương.          | nghi quyet | Nghị quyết 18
            Kim ngạch đạt 30,5 tỷ USD.                                                   | thu        | NONE
            Hai phiên thảo luận chuyên đề trong ngày làm việc thứ hai (19/12) với 17 tham luận. | tham luan | 17 tham luận
            Tổng kinh phí hỗ trợ đạt 15 tỷ đồng.                                         | dong       | 15 tỷ đồng
            Kim ngạch qua cửa khẩu trên địa bàn tỉnh đạt 1,65 tỷ USD, tăng 18%.          | tinh       | NONE
            Tham dự có lãnh đạo 14 tỉnh vùng Trung du và miền núi phía Bắc.              | tinh       | 14 tỉnh
            Nhật Bản viện trợ 3 triệu liều vắc-xin.                                      | lieu       | 3 triệu liều
            Thứ trưởng đề nghị tỉnh tập trung vào ba nhóm giải pháp. Một là, bảo tồn.     | nhom       | ba nhóm giải pháp
            Phó Thủ tướng yêu cầu tập trung vào bốn nhóm nhiệm vụ: thứ nhất, thể chế.    | nhom       | bốn nhóm nhiệm vụ
            Tỉnh đề nghị quảng bá thương hiệu của vùng.                                   | nhom       | NONE
            Đối ngoại tiếp tục là một điểm sáng trong thành tựu chung của cả nước.        | diem       | NONE
            Tổng Bí thư nói chuyện với các đại biểu chiều ngày 19 tháng 12 năm 2023.      | dai bieu   | NONE
            Hội nghị kéo dài 3 ngày với hơn 400 đại biểu.                                 | ngay       | 3 ngày
            Bộ trưởng dự Tuần lễ Cấp cao Đại hội đồng Liên Hợp Quốc khóa 79.              | dong       | NONE
            Tổng số đối tác chiến lược lên 30, gồm 18 đối tác toàn diện.                 | doi tac    | 18 đối tác
            Mốc trên tuyến biên giới dài khoảng 206 km tiếp giáp hai huyện.               | dai        | khoảng 206 km
            Công trình đã phát quang 35 km đường tuần tra.                                | dai        | NONE
            Công trình thực hiện trong 14 tháng, với tổng kinh phí 12,4 tỷ đồng.         | kinh phi   | 12,4 tỷ đồng
            Tham dự có hơn 200 đại biểu là cán bộ, công chức của Bộ.                      | can bo     | NONE
            Tham dự có hơn 200 đại biểu là cán bộ, công chức của Bộ.                      | dai bieu   | hơn 200 đại biểu
            """)
    void theAmountOfAUnitIsTheNumberThatCountsItAndTheNumberOfASeriesFollowsItsWord(String sentence, String unit,
                                                                                  String amount) {
        assertThat(HowManyShape.amount(sentence, List.of(unit)).orElse(null)).isEqualTo(amount);
    }

    @ParameterizedTest(name = "{1} of {0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Tỉnh có đường biên giới dài 280,9 km, trong đó giáp Lào 142,4 km và giáp Cam-pu-chia 138,5 km. | Lào        | 142,4 km
            Tỉnh có đường biên giới dài 280,9 km, trong đó giáp Lào 142,4 km và giáp Cam-pu-chia 138,5 km. | Cam-pu-chia | 138,5 km
            Tỉnh có đường biên giới dài 280,9 km, trong đó giáp Lào 142,4 km và giáp Cam-pu-chia 138,5 km. | NONE       | 280,9 km
            """)
    void ofNumbersThatCountAlikeTheOneNearestANameTheQuestionGivesIsTheAnswer(String sentence, String name, String amount) {
        List<String> names = name == null ? List.of() : List.of(name);
        assertThat(HowManyShape.amount(sentence, List.of("km"), 0, names).orElse(null)).isEqualTo(amount);
    }

    @org.junit.jupiter.api.Test
    void aCountOfThingsListedRightAfterItIsAnsweredWithTheList() {
        vn.baocao.report.ReportInfo report = new vn.baocao.report.ReportInfo("r", "r.txt", "", "Hội nghị Lãnh sự",
                java.time.LocalDate.of(2024, 1, 10), "", null);
        String text = "Phó Thủ tướng đề nghị ngành lãnh sự tập trung ba nhóm nhiệm vụ. Thứ nhất, đẩy mạnh chuyển đổi số. "
                + "Thứ hai, chủ động bảo hộ công dân. Thứ ba, đấu tranh với lừa đảo. Hội nghị kết thúc lúc 12 giờ.";
        vn.baocao.report.Passage passage = new vn.baocao.report.Passage(report, 0, text, List.of());
        Candidate count = new Candidate(passage, 0, vn.baocao.text.Sentences.split(text).getFirst(), List.of(), null, -1, 1, 1);
        vn.baocao.search.Intent intent = new vn.baocao.search.QuestionReader(List.of()).read("Phó Thủ tướng giao ngành lãnh sự mấy nhóm nhiệm vụ?");

        String answer = new HowManyShape().compose(intent, List.of(count), new vn.baocao.answer.CitationBook()).orElseThrow();

        assertThat(answer).startsWith("Ba nhóm nhiệm vụ ")
                .contains("Thứ nhất, đẩy mạnh chuyển đổi số.", "Thứ hai", "Thứ ba, đấu tranh với lừa đảo.")
                .doesNotContain("12 giờ");
    }

    @ParameterizedTest(name = "{0} [rank {1}]")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Kết quả Diễn đàn Trí thức lần thứ 4. Chủ đề: đổi mới.                        | 4 | NONE
            Kết quả Diễn đàn Trí thức lần thứ 4. Chủ đề: đổi mới.                        | 0 | 4
            Diễn đàn lần 4 có 315 trí thức tham dự.                                      | 4 | 315 trí thức
            Diễn đàn lần thứ 4 có 4 phiên.                                               | 4 | 4 phiên
            """)
    void theNumberOfTheMeetingAskedOfCountsNothingInIt(String sentence, int rank, String amount) {
        assertThat(HowManyShape.amount(sentence, List.of(), rank).orElse(null)).isEqualTo(amount);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Tổng kim ngạch thương mại trên 9 địa bàn đạt 4.187 triệu USD.   | kinh phi  | true
            Tổng kinh phí tổ chức hội nghị là 2 tỷ đồng.                    | kinh phi  | false
            Hội nghị đạt kết quả tốt, thu hút 3 tỷ USD.                      | kinh phi  | false
            Tổng kim ngạch thương mại trên 9 địa bàn đạt 4.187 triệu USD.   | kim ngach | false
            Tổng kim ngạch thương mại trên 9 địa bàn đạt 4.187 triệu USD.   | tien      | false
            """)
    void aSentenceThatNamesAnotherAmountThanTheOneAskedDoesNotGiveIt(String sentence, String unit, boolean another) {
        assertThat(HowManyShape.namesAnotherAmount(sentence, List.of(unit.split(" ")))).isEqualTo(another);
    }

    @ParameterizedTest(name = "{0} [{1}; {2}]")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Tỷ lệ xử lý trực tuyến (%): 34 (Năm 2022); 52 (Năm 2023); 71 (Năm 2024).   | 2024 | NONE      | 71 (Năm 2024)
            Myanmar: 0,8 (Kim ngạch (tỷ USD)); -4,1 (So với năm 2022 (%)).              | 2023 | %         | -4,1 (So với năm 2022 (%))
            Campuchia: 10,1 (Kim ngạch (tỷ USD)); 7,8 (So với năm 2022 (%)).            | 2023 | NONE      | NONE
            Số đoàn: 12 (Năm 2016); 18 (Năm 2017).                                      | 2016 | NONE      | 12 (Năm 2016)
            Tham dự có hơn 700 đại biểu (năm 2024).                                     | 2024 | NONE      | NONE
            Algeria: 410 (Kim ngạch 2021 (triệu USD)); +12,1 (So với 2020 (%)).        | 2021 | %         | 12,1 (So với 2020 (%))
            Ai Cập: 312 (Kim ngạch 2020 (triệu USD)); 398 (Kim ngạch 2021 (triệu USD)). | 2021 | kim ngạch | 398 (Kim ngạch 2021 (triệu USD))
            """)
    void ofATableRowsFiguresTheOneWhoseColumnCarriesTheUnitOrElseAloneTheYearAskedIsTheAnswer(String sentence, int year,
                                                                                       String unit, String cell) {
        List<String> units = unit == null ? List.of() : List.of(unit);
        assertThat(HowManyShape.cellAsked(sentence, List.of(year), units).orElse(null)).isEqualTo(cell);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Cơ sở dữ liệu đã cập nhật thông tin của khoảng 1,2 triệu công dân.  | triệu | true
            Năm 2024, Việt Nam đón khoảng 17,6 triệu lượt khách quốc tế.        | triệu | true
            Phấn đấu giá trị giải ngân viện trợ đạt khoảng 330 triệu USD.       | triệu | false
            Giải ngân (triệu USD): 290,1.                                       | triệu | false
            Kim ngạch đạt hơn 5,2 tỷ USD, tăng 12%.                             | tỷ    | false
            Giá trị cam kết khoảng 4,6 tỷ đồng.                                 | đồng  | false
            """)
    void aMagnitudeThatCountsPeopleOrVisitsIsNoSumOfMoney(String sentence, String form, boolean other) {
        List<String> money = List.of("ty", "trieu", "nghin", "ngan", "dong", "usd");
        assertThat(HowManyShape.isSumOfOtherThings(sentence, form, money)).isEqualTo(other);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Năm: 2020; Hộ chiếu: 142.300; Thị thực: 38.650.     | 2021 | true
            Năm: 2021; Hộ chiếu: 156.780; Thị thực: 40.100.     | 2021 | false
            Năm 2020, các cơ quan đại diện cấp 142.300 hộ chiếu. | 2021 | false
            """)
    void aTableRowOfAnotherYearGivesNoFigureOfTheYearAsked(String sentence, int year, boolean other) {
        assertThat(YearRows.isOfAnotherYear(sentence, List.of(year))).isEqualTo(other);
    }

    @ParameterizedTest(name = "{0} [{1}, {2}]")
    @CsvSource(delimiter = '|', textBlock = """
            Trong 9 tháng đầu năm 2024, có 31 tàu cá với 236 ngư dân bị bắt giữ.                   | 31 tàu | 2023 | true
            Trong 9 tháng đầu năm 2024, có 31 tàu cá với 236 ngư dân bị bắt giữ.                   | 31 tàu | 2024 | false
            Theo Thứ trưởng, kim ngạch thương mại song phương năm 2017 đạt 192,4 triệu USD.         | 192,4  | 2018 | true
            Tính đến tháng 9/2024, đã đưa về nước 301 ngư dân.                                     | 301    | 2022 | true
            Kim ngạch đạt 368,5 tỷ USD, tăng 17% so với năm 2023.                                  | 17%    | 2024 | false
            Trong năm, Bộ đã hoàn thành 42/45 đề án; còn lại sẽ hoàn thành trong quý I/2025.       | 42/45  | 2024 | false
            Hai bên phấn đấu đưa kim ngạch lên 500 triệu USD vào năm 2020.                         | 500    | 2017 | true
            Hai bên phấn đấu đưa kim ngạch lên 500 triệu USD vào năm 2020.                         | 500    | 2020 | false
            Năm 2023 đón 58 đoàn, năm 2024 đón 61 đoàn.                                            | 61     | 2024 | false
            Các cơ quan đại diện đã hỗ trợ 1.342 công dân.                                         | 1.342  | 2023 | false
            """)
    void aNumberAfterAnotherYearCountsInThatYear(String sentence, String number, int year, boolean other) {
        assertThat(YearRows.isOfAnotherPeriod(sentence, sentence.indexOf(number), List.of(year))).isEqualTo(other);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị Ngoại giao 30 | hội, nghị, ngoai, giao, 2019 | true
            Đại hội XIII           | hội, nghị, ngoai, giao, 2019 | false
            Đại hội XIII           | dai, hoi, dang              | true
            lần 2                  | hoi, nghi                   | true
            """)
    void aMeetingNamedWithItsNumberAnswersOnlyWhenTheQuestionNamesIt(String amount, String terms, boolean answers) {
        assertThat(HowManyShape.namesTheMeetingAsked(amount, List.of(terms.split(", ")))).isEqualTo(answers);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            khoảng 300 đại biểu | đại biểu | true
            64 Lãnh sự          | lãnh sự  | true
            6 nhiệm vụ          | vụ       | false
            700 tỷ USD          | usd      | false
            192/193             | phiếu    | false
            """)
    void farDownTheEvidenceOnlyACountWithItsUnitRightAfterTheNumberIsTaken(String amount, String unit, boolean taken) {
        assertThat(HowManyShape.unitRightAfterNumber(amount, unit)).isEqualTo(taken);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            hai bên đã hỗ trợ đăng ký kết hôn cho 193 cặp; công nhận quốc tịch cho 412 trẻ em        | cap ket hon | cap ket, cap
            người di cư tự do: tổng số trường hợp là 7.031 người                                      | nguoi di    | nguoi
            hai bên đã hỗ trợ 193 cặp                                                                | cap ket hon | ''
            khoảng 300 đại biểu dự                                                                   | dai bieu    | dai
            """)
    void aUnitsHeadIsItsFirstWordsWhenTheSentenceWritesTheRest(String sentence, String unit, String heads) {
        assertThat(String.join(", ", HowManyShape.headForms(sentence, java.util.List.of(unit.split(" "))))).isEqualTo(heads);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            hai bên đã hỗ trợ đăng ký kết hôn cho 193 cặp; công nhận quốc tịch cho 412 trẻ em | cap ket hon | true
            tổng số trường hợp thuộc diện giải quyết là 7.031 người di cư tự do                 | nguoi di    | true
            Sau đại dịch, Thủ tướng phát biểu chỉ đạo hội nghị                                 | dai bieu    | false
            hai bên đã hỗ trợ 193 cặp                                                          | cap ket hon | false
            """)
    void aSentenceCountsAUnitByItsHeadOnlyRightAfterANumberInFigures(String sentence, String unit, boolean counts) {
        assertThat(HowManyShape.counts(sentence, java.util.List.of(unit.split(" ")))).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            kim ngạch hai chiều tăng liên tục trong 4 năm gần đây                  | kim ngach | NONE
            kim ngạch xuất nhập khẩu vượt mốc kỷ lục 700 tỷ USD                    | kim ngach | 700 tỷ USD
            """)
    void aSumAskedIsNeverANumberOfYearsAndKeepsItsCurrency(String sentence, String unit, String amount) {
        java.util.List<String> forms = vn.baocao.lexicon.Lexicon.get().unitForms(unit);
        java.util.Optional<String> found = forms.stream().map(f -> HowManyShape.amount(sentence, java.util.List.of(f)))
                .flatMap(java.util.Optional::stream).findFirst();
        assertThat(found.orElse(null)).isEqualTo(amount);
    }
}
