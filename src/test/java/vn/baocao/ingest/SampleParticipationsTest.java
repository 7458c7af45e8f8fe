package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.ingest.SampleReports.S000;
import static vn.baocao.ingest.SampleReports.S001;
import static vn.baocao.ingest.SampleReports.S002;
import static vn.baocao.ingest.SampleReports.S003;
import static vn.baocao.ingest.SampleReports.S004;
import static vn.baocao.ingest.SampleReports.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Participation;
import vn.baocao.report.Report;

/** Who chaired, directed and attended, exactly as each sample report states it. */
class SampleParticipationsTest {

    @Test
    void midYear2023StatesOnlyThatTheMinisterAttended() {
        assertThat(facts(S000)).containsExactly("Bùi Thanh Sơn|Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao|ATTENDED|");
    }

    @Test
    void yearEnd2022WasChairedByTheMinisterWithThePrimeMinisterAndAConnectionPoint() {
        assertThat(facts(S001)).containsExactly(
                "Phạm Minh Chính|Ủy viên Bộ Chính trị, Thủ tướng Chính phủ|ATTENDED|",
                "Bùi Thanh Sơn|Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao|CHAIRED|",
                "Nguyễn Bích Ngọc|Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh|ATTENDED|Cao Bằng");
    }

    @Test
    void workingSession2023WasHeldWithTheDeputyPrimeMinister() {
        assertThat(facts(S002)).containsExactly(
                "Trần Lưu Quang|Phó Thủ tướng Chính phủ|WORKED_WITH|",
                "Bùi Thanh Sơn|Bộ trưởng Bộ Ngoại giao|ATTENDED|");
    }

    @Test
    void midYear2019StatesNoParticipation() {
        assertThat(facts(S003)).isEmpty();
    }

    @Test
    void yearEnd2024WasDirectedByThePrimeMinisterWithQuangTriConnected() {
        assertThat(facts(S004)).containsExactly(
                "Phạm Minh Chính|Thủ tướng Chính phủ|DIRECTED|",
                "Hoàng Nam|Phó Chủ tịch UBND tỉnh|ATTENDED|Quảng Trị");
    }

    @Test
    void eachParticipationQuotesTheSentenceThatStatesIt() {
        Report report = parse(S001);
        Participation chair = report.participations().get(1);
        assertThat(chair.sentence()).isEqualTo(
                "Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị.");
        assertThat(report.passages()).filteredOn(p -> p.key().equals(chair.passageKey()))
                .singleElement().satisfies(p -> assertThat(p.text()).contains(chair.sentence()));
    }

    private static List<String> facts(String sample) {
        return parse(sample).participations().stream()
                .map(p -> p.person().name() + "|" + p.person().role() + "|" + p.part() + "|" + p.point()).toList();
    }
}
