package vn.baocao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.testing.SampleIndex;

/** The conferences of the sample corpus, exactly: kind, period, date, place, who presided, who took part. */
class ConferenceFactsTest {
    @TempDir
    static Path dir;
    static ReportIndex index;
    static List<Meeting> meetings;

    @BeforeAll
    static void index() {
        index = SampleIndex.open(dir);
        meetings = index.meetings();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void listsOneConferencePerSampleReportEarliestFirst() {
        assertThat(meetings).extracting(m -> m.key() + " " + m.date() + " " + m.reports().size()).containsExactly(
                "mid_year_review-2019 2019-07-22 1",
                "year_end_review-2022 2023-01-10 1",
                "working_session-2023-01-31 2023-01-31 1",
                "mid_year_review-2023 2023-07-05 1",
                "year_end_review-2024 2025-01-06 1");
    }

    @Test
    void knowsWhoPresidedOverEach() {
        assertThat(meetings).extracting(ConferenceFactsTest::leaders).containsExactly(
                "", "CHAIRED Bùi Thanh Sơn", "WORKED_WITH Trần Lưu Quang", "", "DIRECTED Phạm Minh Chính");
    }

    @Test
    void knowsWhoTookPartWithTheirRolesThen() {
        assertThat(meetings.get(0).people()).extracting(p -> p.titled())
                .containsExactly("Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh");
        assertThat(meetings.get(1).people()).extracting(p -> p.titled()).containsExactly(
                "Thủ tướng Chính phủ Phạm Minh Chính", "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn",
                "Phó Chủ tịch UBND tỉnh Nguyễn Bích Ngọc");
        assertThat(meetings.get(4).participations(p -> !p.point().isEmpty()))
                .extracting(p -> p.person().name() + " @ " + p.point()).containsExactly("Hoàng Nam @ Quảng Trị");
    }

    @Test
    void namesTheIndexedPassageThatStatesEachParticipation() {
        Participation chair = meetings.get(1).leaders().getFirst();
        Passage indexed = index.passage(chair.report().id(), chair.passageOrdinal()).orElseThrow();
        assertThat(indexed.key()).isEqualTo(chair.passageKey());
        assertThat(indexed.text()).contains(chair.sentence());
        assertThat(indexed.people()).extracting(Person::name).containsExactly("Phạm Minh Chính", "Bùi Thanh Sơn");
    }

    @Test
    void sharesEachReportsRecordWithTheReportList() {
        ReportInfo listed = index.reports().stream()
                .filter(r -> r.id().equals(meetings.get(1).reports().getFirst().id())).findFirst().orElseThrow();
        assertThat(meetings.get(1).reports().getFirst()).isSameAs(listed);
        assertThat(meetings.get(1).leaders().getFirst().report()).isSameAs(listed);
    }

    @Test
    void givesPlaceWhereTheReportStatesIt() {
        assertThat(meetings).extracting(Meeting::place)
                .containsExactly("", "", "Trụ sở Bộ Ngoại giao", "", "");
    }

    private static String leaders(Meeting m) {
        return String.join(", ", m.leaders().stream().map(p -> p.part() + " " + p.person().name()).toList());
    }

}
