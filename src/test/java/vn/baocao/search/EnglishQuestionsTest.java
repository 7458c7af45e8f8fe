package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishQuestionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who chaired the 2019 mid-year review?                                       | true
            Phạm Bình Minh led the 27th Diplomatic Conference; what were its dates?      | true
            What did Bùi Thanh Sơn say at the 2024 review in Hà Nội?                   | true
            Phạm Bình Minh chủ trì hội nghị nào?                                         | false
            ai chu tri hoi nghi so ket 2019                                             | false
            Which document mentions the 2013/QĐ-TTg decision on cultural diplomacy?    | true
            Ai đề xuất ý kiến trong cuộc họp của HĐBA?                                   | false
            """)
    void aQuestionIsEnglishByItsOtherWordsWhateverItsNamesDiacritics(String question, boolean english) {
        assertThat(EnglishQuestions.toVietnamese(question).isPresent()).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Where was the three-year review held?                        | 3 năm hội nghị diễn ra ở đâu
            Who coordinated the cybersecurity seminar?                   | ai điều phối an ninh mạng hội thảo
            What size of the global Halal market was cited?              | quy mô toàn cầu Halal thị trường nêu gì
            How many heads-of-mission attended?                          | bao nhiêu trưởng cơ quan đại diện dự
            Which countries are the largest donors?                      | nước nào lớn nhất nhà tài trợ
            Who met the Ministry of Public Security?                     | ai làm việc Bộ Công an
            Who attended the MFA's review of the first six months?       | ai dự Bộ Ngoại giao hội nghị về 6 tháng đầu năm
            What share are women, according to the 2025 report?         | tỷ lệ nữ gì theo 2025 báo cáo
            Who said the MFA was determined to renew its thinking and actions? | ai nói Bộ Ngoại giao quyết tâm đổi mới tư duy và hành động
            What positions did Pham Binh Minh hold?                      | chức vụ gì Pham Binh Minh
            How many votes did Vietnam get for 2020-2021?                | bao nhiêu phiếu Việt Nam 2020-2021
            Did the Prime Minister attend the 2022 review?               | thủ tướng dự 2022 hội nghị không
            Which 12 organisations received certificates of merit?       | 12 tổ chức nào đón bằng khen
            Who chaired the 20th national conference on local external affairs? | ai chủ trì lần thứ 20 Hội nghị Ngoại vụ địa phương toàn quốc
            When was the 2024 diplomatic sector review held, and who chaired/directed it? | 2024 hội nghị tổng kết ngành ngoại giao diễn ra khi nào và ai chủ trì chỉ đạo
            How many collectives and individuals got certificates of merit in 2023?      | bao nhiêu tập thể và cá nhân bằng khen 2023
            How many senior-level activities were held in H1 2024?                       | bao nhiêu cấp cao hoạt động diễn ra 6 tháng đầu năm 2024
            Who gave the concluding remarks at the mid-2023 review conference?           | ai phát biểu kết luận hội nghị sơ kết 6 tháng đầu năm 2023
            Which two agencies co-hosted the seminar?                                    | 2 cơ quan nào phối hợp tổ chức hội thảo
            How many embassies took part?                                                | bao nhiêu Đại sứ quán dự
            Which news agency asked about the East Sea?                                  | hãng tin nào hỏi Biển Đông
            What qualities must diplomats have?                                          | phẩm chất cán bộ ngoại giao gì
            What was the budget of the 2019 review?                                      | kinh phí là bao nhiêu, 2019 hội nghị
            How many border markers were restored after the disasters?                   | bao nhiêu cột mốc khôi phục thiên tai
            How many calls did the hotline receive in 2023?                              | bao nhiêu cuộc gọi đường dây nóng đón 2023
            Who co-organised the conference in Ha Long?                                  | ai phối hợp tổ chức hội nghị Ha Long
            How long is Kon Tum province's border with Laos?                             | dài bao nhiêu tỉnh Kon Tum biên giới với Lào
            How long did the training course last?                                       | bao lâu lớp bồi dưỡng
            Which province hosted the meeting?                                           | tỉnh nào tổ chức hội nghị
            """)
    void theGlossaryReadsHyphenatedWordsByTheirPartsPluralsAsSingularsAndNamesAfterAnArticle(String question,
                                                                                              String reading) {
        assertThat(EnglishQuestions.toVietnamese(question).orElseThrow().text()).isEqualTo(reading);
    }
}
