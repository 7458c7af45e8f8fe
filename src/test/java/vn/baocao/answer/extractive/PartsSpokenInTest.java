package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Ai phát biểu khai mạc / chỉ đạo / kết luận?" is answered with who spoke in that part of the meeting, as its
 * report tells it, not with everyone who spoke, nor with whoever's sentence mentions someone else's directions.
 */
class PartsSpokenInTest {
    @TempDir
    static Path dir;
    private static IngestedReports reportsIngested;
    private static ExtractiveAnswerer answerer;

    @BeforeAll
    static void ingestAReview() {
        reportsIngested = IngestedReports.ofReport(dir, "review.txt", """
                Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm 2022

                Sáng 10/1/2023, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác ngành ngoại giao năm 2022.

                Khai mạc Hội nghị, Bộ trưởng Ngoại giao Bùi Thanh Sơn nhấn mạnh Hội nghị nhằm nhìn lại việc thực hiện các kết luận, chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng.

                Phát biểu chỉ đạo hội nghị, Thủ tướng Chính phủ Phạm Minh Chính đề nghị ngành ngoại giao chủ động dự báo tình hình.

                Thứ trưởng Ngoại giao Lê Thị Thu Hằng cho biết công tác thông tin đối ngoại được đẩy mạnh.
                """);
        answerer = reportsIngested.answerer();
    }

    @AfterAll
    static void close() {
        reportsIngested.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ai phát biểu khai mạc hội nghị tổng kết năm 2022?             | Bùi Thanh Sơn   | Phạm Minh Chính
            ai chi dao hoi nghi tong ket 2022                             | Phạm Minh Chính | Bùi Thanh Sơn
            Who gave the directive speech at the 2022 year-end review?    | Phạm Minh Chính | Bùi Thanh Sơn
            ai khai mạc và ai phát biểu chỉ đạo hội nghị tổng kết năm 2022? | Bùi Thanh Sơn, Phạm Minh Chính | Lê Thị Thu Hằng
            """)
    void namesWhoSpokeInThePartAsked(String question, String named, String notNamed) {
        String answer = answerer.answer(question).text();
        assertThat(answer).contains(named.split(", ")).doesNotContain(notNamed);
    }

    @org.junit.jupiter.api.Test
    void namesEveryoneWhoSpokeWhenThePartAskedIsToldOfNone() {
        assertThat(answerer.answer("ai phát biểu bế mạc hội nghị tổng kết năm 2022?").text())
                .contains("Bùi Thanh Sơn", "Phạm Minh Chính", "Lê Thị Thu Hằng");
    }
}
