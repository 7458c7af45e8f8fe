package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Ai dự … tại điểm cầu Cao Bằng?" names those the report places at that connection point, and only them; a
 * question of two points, or of someone in the hall too, names everyone.
 */
class ConnectionPointsTest {
    @TempDir
    static Path dir;
    private static IngestedReports reportsIngested;
    private static ExtractiveAnswerer answerer;

    @BeforeAll
    static void ingestAReviewWithTwoPoints() {
        reportsIngested = IngestedReports.ofReport(dir, "review.txt", """
                Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm 2022

                Sáng 10/1/2023, Bộ Ngoại giao tổ chức hội nghị trực tuyến tổng kết công tác ngành ngoại giao năm 2022. Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tại điểm cầu Quảng Trị.

                Đồng chí Bùi Thanh Sơn, Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị.

                Dự hội nghị tại điểm cầu Cao Bằng có đồng chí Nguyễn Bích Ngọc, Phó Chủ tịch UBND tỉnh.
                """);
        answerer = reportsIngested.answerer();
    }

    @AfterAll
    static void close() {
        reportsIngested.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ai dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?   | Nguyễn Bích Ngọc | Hoàng Nam, Bùi Thanh Sơn
            ai du hoi nghi tong ket 2022 o diem cau Quang Tri         | Hoàng Nam        | Nguyễn Bích Ngọc, Bùi Thanh Sơn
            Ai dự hội nghị tổng kết năm 2022?                          | Bùi Thanh Sơn, Nguyễn Bích Ngọc, Hoàng Nam | Lê
            hn tong ket 2022: diem cau Quang Tri va Cao Bang moi noi ai du | Nguyễn Bích Ngọc, Hoàng Nam | Lê
            Bộ trưởng có dự hội nghị tổng kết 2022 không, ai dự ở Cao Bằng? | Bùi Thanh Sơn, Nguyễn Bích Ngọc | Lê
            """)
    void namesThoseAtTheConnectionPointAsked(String question, String named, String notNamed) {
        String answer = answerer.answer(question).text();
        assertThat(answer).contains(named.split(", ")).doesNotContain(notNamed.split(", "));
    }
}
