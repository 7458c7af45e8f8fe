package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceExtractorTest {
    private final PlaceExtractor extractor = new PlaceExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sáng 18/7, tại Trụ sở Bộ Ngoại giao, Bộ trưởng chủ trì hội nghị.       | ''                                              | ''                   | Trụ sở Bộ Ngoại giao
            Bộ Ngoại giao tổ chức hội nghị trực tuyến.                             | Thủ tướng dự tại điểm cầu Quảng Trị.             | ''                   | ''
            Bộ Ngoại giao tổ chức hội nghị.                                        | Các đại biểu đã thảo luận.                       | Sau đó, đoàn làm việc tại Đà Nẵng. | ''
            Thực hiện chỉ đạo của Thủ tướng, Bộ Ngoại giao đã tổ chức hội nghị.    | I. THÔNG TIN CHUNG VỀ HỘI NGHỊ                   | 1. Thời gian, địa điểm: 08 giờ 30, ngày 10/9/2019, tại Trụ sở Bộ Ngoại giao, số 1 Tôn Thất Đàm. | Trụ sở Bộ Ngoại giao
            Bộ Ngoại giao tổ chức hội nghị tổng kết.                               | a) Thời gian: 01 ngày, ngày 12/01/2018.          | b) Địa điểm: Trụ sở Bộ Ngoại giao, số 1 Tôn Thất Đàm, Ba Đình. | Trụ sở Bộ Ngoại giao
            Thực hiện chỉ đạo tại Văn bản số 1125/VPCP-QHQT, Bộ tổ chức hội nghị.  | Hội nghị diễn ra tại Trụ sở Bộ Ngoại giao.       | ''                   | Trụ sở Bộ Ngoại giao
            Bộ Ngoại giao tổ chức hội nghị tổng kết.                               | 1. Thời gian, địa điểm: ngày 14/12/2023 tại trụ sở Bộ Ngoại giao, số 1 Tôn Thất Đàm. | '' | trụ sở Bộ Ngoại giao
            Hội nghị vừa diễn ra tại Hà Nội trong hai ngày 26-27/8.               | ''                                               | ''                   | Hà Nội
            Sáng 22/7, tại Hà Nội, Bộ Ngoại giao phối hợp với tỉnh tổ chức Hội nghị. | Hội nghị được tổ chức tại Trung tâm Hội nghị Quốc tế, số 11 Lê Hồng Phong, Hà Nội. | '' | Trung tâm Hội nghị Quốc tế
            Sáng 22/7, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị.                 | Chiều cùng ngày, đoàn tổ chức gặp mặt tại Khách sạn Metropole ở Huế. | '' | Hà Nội
            Bộ Ngoại giao xin báo cáo Thủ tướng kết quả Hội nghị như sau:          | I. TÌNH HÌNH TỔ CHỨC HỘI NGHỊ                    | Ngày 15/01/2021, tại Trụ sở Bộ Ngoại giao (số 1 Tôn Thất Đàm), Bộ Ngoại giao tổ chức Hội nghị. | Trụ sở Bộ Ngoại giao
            Bộ Ngoại giao tổ chức hội nghị tổng kết.                               | Địa điểm: trực tuyến.                            | ''                   | ''
            Bộ Ngoại giao tổ chức hội nghị sơ kết.                                 | Địa điểm: Cung An Định, thành phố Huế, tỉnh Thừa Thiên Huế. | ''      | Cung An Định, thành phố Huế, tỉnh Thừa Thiên Huế
            Hội nghị diễn ra tại thủ đô Praha, Cộng hòa Séc, do Ủy ban tổ chức.     | ''                                               | ''                   | thủ đô Praha
            Đại sứ quán Việt Nam tại Cộng hòa Séc tổ chức hội nghị.                | ''                                               | ''                   | Cộng hòa Séc
            Ngày 5/7, tại thành phố Đông Hà, Bộ Ngoại giao phối hợp với UBND tỉnh Quảng Trị tổ chức Hội nghị. | ''              | ''                   | thành phố Đông Hà
            Hội nghị khai mạc tại Hà Nội cùng hơn 350 đại biểu.                   | ''                                               | ''                   | Hà Nội
            Hà Nội, ngày 02 tháng 02 năm 2024                                      | I. Thông tin chung                               | Chiều ngày 31/01/2024, tại Trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp liên ngành. | Trụ sở Chính phủ
            Hà Nội, ngày 02 tháng 02 năm 2024                                      | I. Thông tin chung                               | Năm 2023, ngư dân bị bắt giữ tại Ma-lai-xi-a nhiều nhất. | ''
            "Chủ đề hội thảo" Thời gian: ngày 22 - 23/10/2024. Địa điểm: thành phố Hạ Long, tỉnh Quảng Ninh. Đơn vị tổ chức: Học viện. | Hội thảo lần thứ 15 được tổ chức tại Hà Nội. | '' | thành phố Hạ Long, tỉnh Quảng Ninh
            """)
    void findsTheVenueInTheLeadOrOnALabelledLine(String first, String second, String third, String venue) {
        assertThat(extractor.extract(List.of(first, second, third))).isEqualTo(venue);
    }
}
