package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

class CandidateContextTest {
    private static final ReportInfo RELEASE = new ReportInfo("r", "r.txt", "", "Thông cáo báo chí - Lễ bàn giao mốc quốc giới",
            LocalDate.of(2023, 1, 6), "", null);

    @Test
    void aPassageIsReadWithTheHeadingsThatScopeIt() {
        Passage section = new Passage(RELEASE, 3, "Công trình có tổng kinh phí 12,4 tỷ đồng.", List.of(),
                "LỄ BÀN GIAO MỐC QUỐC GIỚI VIỆT NAM - LÀO ĐOẠN QUA TỈNH QUẢNG TRỊ");

        assertThat(CandidateFinder.context(section)).contains("ĐOẠN QUA TỈNH QUẢNG TRỊ").contains("tổng kinh phí");
    }

    @Test
    void aPassageUnderNoHeadingIsReadWithItsReportAlone() {
        Passage lead = new Passage(RELEASE, 0, "Sáng 6/1/2023, tỉnh tổ chức lễ bàn giao.", List.of());

        assertThat(CandidateFinder.context(lead)).doesNotContain("QUẢNG TRỊ").contains("Lễ bàn giao mốc quốc giới");
    }
}
