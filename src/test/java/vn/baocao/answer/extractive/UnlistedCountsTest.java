package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.QuestionReader;

/** Which list questions a sentence answers with a count alone, without an index. */
class UnlistedCountsTest {
    private static final ReportInfo REPORT = new ReportInfo("r", "r.txt", "", "Hội nghị", LocalDate.of(2024, 7, 10), "", null);
    private final QuestionReader reader = new QuestionReader(List.of());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Học viện ngoại giao tuyển sinh ở những chuyên ngành nào?   | Học viện tuyển 150 học viên ở 5 chuyên ngành; hạn nộp hồ sơ là 31/10.                 | 5 chuyên ngành
            Ba tập đoàn bán dẫn đã khảo sát VN là những tập đoàn nào? | Đã có ba tập đoàn bán dẫn lớn của Hoa Kỳ cử đoàn khảo sát tại Việt Nam.                | ba tập đoàn
            4 co che VN trung cu la nhung co che nao                   | Việt Nam ứng cử thành công vào 4 cơ chế quan trọng của Liên hợp quốc; tham gia các diễn đàn, cơ chế khác. | 4 cơ chế
            Which 12 organisations received certificates of merit?   | Bộ trưởng đã trao Bằng khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc.      | 12 tập thể
            Bộ trưởng yêu cầu tập trung vào những trọng tâm nào?       | Bộ trưởng yêu cầu tập trung vào 3 trọng tâm: một là, đối ngoại; hai là, kinh tế; ba là, bảo hộ. | -
            Đoàn tập trung vào những nội dung nào?                     | Đoàn tập trung vào ba nội dung: bồi dưỡng chính trị; ngoại ngữ; và quan tâm đoàn viên. | -
            Việt Nam thăm những nước nào?                              | Đoàn đã thăm 3 nước Lào, Campuchia và Thái Lan.                                           | -
            Việt Nam nâng cấp quan hệ với những nước nào?              | Việt Nam nâng cấp quan hệ với Hoa Kỳ và Nhật Bản, nâng tổng số lên 6 nước.             | -
            HNNG 28 gồm những phiên nào?                              | Hội nghị gồm 3 phiên toàn thể và 6 phiên chuyên đề.                                       | -
            Ten cac tap the duoc khen thuong tai HN 5/7/2023?          | Bộ trưởng đã khen thưởng các tập thể và cá nhân có thành tích xuất sắc.                  | các tập thể
            Những bộ ngành nào dự hội nghị?                            | Tham dự có đại diện các bộ ngành: Bộ Công an, Bộ Quốc phòng.                              | -
            Những tập thể nào được khen thưởng?                        | Bộ trưởng khen thưởng các tập thể Vụ ASEAN, Cục Lãnh sự.                                  | -
            Những hội nghị nào diễn ra tại số 11 Lê Hồng Phong?        | Hội nghị diễn ra tại Trung tâm Hội nghị số 11 Lê Hồng Phong.                              | -
            Bộ trưởng giao những nhiệm vụ nào cho Chỉ thị 25?          | Bộ trưởng giao Vụ Tổng hợp chủ trì theo Chỉ thị 25-CT/TW về đối ngoại đa phương.          | -
            Nêu tên các nguyên Đại sứ được nhắc tên khi trao kỷ niệm chương | Bộ trưởng trao Kỷ niệm chương cho 24 nguyên Đại sứ, trong đó có ông Đoàn Khắc Minh và bà Hà Thị Ngọc Lan. | -
            Nêu tên các nguyên Đại sứ được nhắc tên khi trao kỷ niệm chương | Bộ trưởng trao Kỷ niệm chương cho 24 nguyên Đại sứ có nhiều đóng góp.                    | 24 nguyên Đại
            """)
    void aListAskedOfACountTheSentenceGivesWithoutItsMembersIsUnlisted(String question, String sentence, String unlisted) {
        Passage passage = new Passage(REPORT, 0, sentence, List.of());
        Candidate best = new Candidate(passage, 0, sentence, List.of(), null, 0, 1, 1);
        assertThat(UnlistedCounts.in(reader.read(question), best).orElse("-")).isEqualTo(unlisted);
    }
}
