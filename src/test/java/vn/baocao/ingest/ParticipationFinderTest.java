package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Report;

class ParticipationFinderTest {

    private static Report report(String lead) {
        String text = "Khai mạc Hội nghị Ngoại giao lần thứ 31\n\n" + lead + "\n\nHội nghị kéo dài ba ngày.\n";
        return new ReportParser().parse("a.txt", text.getBytes(StandardCharsets.UTF_8), "a.txt");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cùng dự phiên khai mạc có Thủ tướng Chính phủ Phạm Minh Chính; Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung. | Phạm Minh Chính ATTENDED, Lê Hoài Trung ATTENDED
            Sáng 17/12, hội nghị khai mạc với sự tham dự của Thủ tướng Chính phủ Phạm Minh Chính.                          | Phạm Minh Chính ATTENDED
            Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị.                                                          | Bùi Thanh Sơn CHAIRED
            Thủ tướng Chính phủ Phạm Minh Chính dự và phát biểu chỉ đạo.                                                  | Phạm Minh Chính DIRECTED
            Đồng chủ trì Hội nghị có Thứ trưởng Ngoại giao Lê Quang Thịnh và Chủ tịch UBND tỉnh Quảng Trị Nguyễn Đăng Khoa. | Lê Quang Thịnh CHAIRED, Nguyễn Đăng Khoa CHAIRED
            Tới dự có nguyên Bộ trưởng Ngoại giao Nguyễn Dy Niên; nguyên Bộ trưởng Ngoại giao Phạm Gia Khiêm.              | Nguyễn Dy Niên ATTENDED, Phạm Gia Khiêm ATTENDED
            Về phía Bộ Ngoại giao có các Thứ trưởng Nguyễn Minh Vũ, Hà Kim Ngọc và đại diện Công đoàn Bộ.                 | Nguyễn Minh Vũ ATTENDED, Hà Kim Ngọc ATTENDED
            Tham dự có Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Nguyễn Văn Giàu, lãnh đạo các bộ.                           | Nguyễn Văn Giàu ATTENDED
            Về phía ta, Thủ tướng Phạm Minh Chính nêu rõ có ba việc cần làm.                                               | 
            Phó Thủ tướng Trần Lưu Quang giao Bộ Ngoại giao chủ trì xây dựng bộ chỉ số.                                    | ''
            Hội nghị do Bộ trưởng Ngoại giao Bùi Thanh Sơn và Chủ tịch UBND thành phố Cần Thơ Lâm Quốc Trung đồng chủ trì. | Bùi Thanh Sơn CHAIRED, Lâm Quốc Trung CHAIRED
            Thứ trưởng Thường trực Nguyễn Minh Vũ và Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu đồng chủ trì Hội nghị.     | Nguyễn Minh Vũ CHAIRED, Hồ Tiến Thiệu CHAIRED
            Hội nghị diễn ra dưới sự chủ trì của Bộ trưởng Ngoại giao Bùi Thanh Sơn.                                      | Bùi Thanh Sơn CHAIRED
            Kỳ họp diễn ra dưới sự đồng chủ trì của Thứ trưởng Ngoại giao Lương Quốc Huy, Chủ tịch Phân ban Việt Nam, và Thứ trưởng Ngoại giao Lê Hoài Trung. | Lương Quốc Huy CHAIRED, Lê Hoài Trung CHAIRED
            Đồng chí Tạ Minh Châu, Thứ trưởng Thường trực Bộ Ngoại giao chủ trì Hội nghị.                               | Tạ Minh Châu CHAIRED
            Sáng 22/7, Thứ trưởng Ngoại giao Trịnh Quốc Bảo và bà Xa-ra Tây-lơ, Phó Tổng Vụ trưởng Bộ Ngoại giao Niu Di-lân, đã đồng chủ trì Tham vấn. | Trịnh Quốc Bảo CHAIRED
            Chủ trì họp báo: Thứ trưởng Thường trực Bộ Ngoại giao Nguyễn Văn Thạch                                        | Nguyễn Văn Thạch CHAIRED
            Thành phần: Vụ trưởng Vụ Tây Á - Châu Phi Trịnh Quốc Bảo; đại diện Bộ Công Thương                             | Trịnh Quốc Bảo ATTENDED
            Thứ trưởng Ngoại giao Đỗ Minh Tuấn, phụ trách khu vực Tây Á - châu Phi, chủ trì Hội nghị.                   | Đỗ Minh Tuấn CHAIRED
            Thứ trưởng Ngoại giao Đỗ Minh Tuấn phát biểu, đề nghị các đơn vị chủ trì triển khai.                          | ''
            Thứ trưởng Đỗ Hùng Việt, Chủ nhiệm Ủy ban Công tác về các tổ chức PCPNN, chủ trì Hội nghị, Chủ tịch VUFO Phan Anh Sơn đồng chủ trì. | Đỗ Hùng Việt CHAIRED, Phan Anh Sơn CHAIRED
            """)
    void takesWhoTookPartFromTheSentencesThatSaySo(String lead, String expected) {
        assertThat(String.join(", ", report(lead).participations().stream()
                .map(p -> p.person().name() + " " + p.part()).toList())).isEqualTo(expected == null ? "" : expected);
    }

    @org.junit.jupiter.api.Test
    void everyoneARowOfTheListOfAttendeesOpensWithAttended() {
        String text = "Biên bản buổi làm việc\n\nChủ trì: Thứ trưởng Ngoại giao Phạm Thu Hằng.\n\n"
                + "I. THÀNH PHẦN THAM DỰ\nTrịnh Quốc Bảo, Cục trưởng Cục Ngoại giao kinh tế Bộ Ngoại giao.\n"
                + "Hoàng Nam, Phó Chủ tịch UBND tỉnh Quảng Trị.\n\nII. NỘI DUNG\n\nHai bên trao đổi, Hoàng Nam đề nghị hợp tác.\n";
        Report report = new ReportParser().parse("b.txt", text.getBytes(StandardCharsets.UTF_8), "b.txt");
        assertThat(report.participations().stream().map(p -> p.person().name() + " " + p.part()).toList())
                .containsExactly("Phạm Thu Hằng CHAIRED", "Trịnh Quốc Bảo ATTENDED", "Hoàng Nam ATTENDED");
    }
}
