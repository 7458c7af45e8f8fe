package vn.baocao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.testing.SampleIndex;

/** Reports about the same conference, from another outlet or another day, make one conference. */
class MeetingGroupingTest {
    @TempDir
    Path dir;

    @Test
    void aSecondReportOfTheSameReviewJoinsItsConference() throws IOException {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, """
                Thủ tướng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022

                Ngày 10/1/2023, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác ngành Ngoại giao năm 2022. Tham dự có Thứ trưởng Thường trực Nguyễn Minh Vũ và đại diện các đơn vị.

                Phát biểu tại hội nghị, Thứ trưởng Thường trực Nguyễn Minh Vũ cho biết ngành đã hoàn thành tốt các nhiệm vụ đối ngoại trọng tâm của năm 2022.
                """);
        try (ReportIndex index = SampleIndex.open(dir.resolve("index"))) {
            new Ingestor(new ReportParser(), index).ingest(List.of(other));
            List<Meeting> meetings = index.meetings();

            assertThat(meetings).hasSize(5);
            Meeting review = meetings.get(1);
            assertThat(review.key()).isEqualTo("year_end_review-2022");
            assertThat(review.reports()).hasSize(2);
            // both reports are dated 10/1/2023, so which comes first depends on their ids: no order here
            assertThat(review.people()).extracting(p -> p.name()).containsExactlyInAnyOrder(
                    "Phạm Minh Chính", "Bùi Thanh Sơn", "Nguyễn Bích Ngọc", "Nguyễn Minh Vũ");
            assertThat(review.speakers()).extracting(p -> p.name())
                    .containsExactlyInAnyOrder("Bùi Thanh Sơn", "Phạm Minh Chính", "Nguyễn Minh Vũ");
        }
    }

    @Test
    void conferencesChosenByTheirReportsAreBuiltAloneAndAreThoseOfTheWholeList() {
        try (ReportIndex index = SampleIndex.open(dir.resolve("index"))) {
            index.people();
            index.speakers();
            List<Meeting> reviews = index.meetings(reports -> isYearEndReview(reports.getFirst().conference().kind()));

            assertThat(reviews).extracting(Meeting::key).containsExactly("year_end_review-2022", "year_end_review-2024");
            assertThat(index.catalogsBuilt()).as("the whole list is built only when asked for").isFalse();
            List<Meeting> whole = index.meetings();
            assertThat(index.catalogsBuilt()).isTrue();
            assertThat(reviews).isEqualTo(whole.stream().filter(m -> isYearEndReview(m.conference().kind())).toList());
            assertThat(index.meetings(reports -> isYearEndReview(reports.getFirst().conference().kind())))
                    .as("read from the whole list once it is built").isEqualTo(reviews);
        }
    }

    private static boolean isYearEndReview(ConferenceKind kind) {
        return kind == ConferenceKind.YEAR_END_REVIEW;
    }

    @Test
    void aReviewOfTheSameKindAndYearHeldWeeksApartIsAnotherMeeting() {
        vn.baocao.report.Conference review = new vn.baocao.report.Conference("Hội nghị tổng kết công tác đối ngoại năm 2024",
                ConferenceKind.YEAR_END_REVIEW, 2024, 0);
        vn.baocao.report.ReportInfo province = new vn.baocao.report.ReportInfo("p", "p.docx", "", "Tổng kết đối ngoại của tỉnh",
                java.time.LocalDate.of(2024, 12, 20), "", review);
        vn.baocao.report.ReportInfo ministry = new vn.baocao.report.ReportInfo("m", "m.txt", "", "Tổng kết ngành Ngoại giao",
                java.time.LocalDate.of(2025, 1, 6), "", review);
        vn.baocao.report.ReportInfo ministryNextDay = new vn.baocao.report.ReportInfo("n", "n.txt", "", "Bài thứ hai",
                java.time.LocalDate.of(2025, 1, 7), "", review);

        assertThat(Catalog.conferenceReports(List.of(province, ministry, ministryNextDay)))
                .containsExactly(java.util.Map.entry("year_end_review-2024", List.of(province)),
                        java.util.Map.entry("year_end_review-2024#2", List.of(ministry, ministryNextDay)));
    }

    @Test
    void aReviewHeldDaysAfterAnotherOfItsYearIsAnotherMeetingButAConferenceOverDaysIsOne() {
        vn.baocao.report.Conference review = new vn.baocao.report.Conference("Hội nghị tổng kết công tác năm 2024",
                ConferenceKind.YEAR_END_REVIEW, 2024, 0);
        vn.baocao.report.Conference diplomatic = new vn.baocao.report.Conference("Hội nghị Ngoại giao lần thứ 32",
                ConferenceKind.DIPLOMATIC_CONFERENCE, 0, 32);
        vn.baocao.report.ReportInfo ministry = heldOn("m", java.time.LocalDate.of(2025, 1, 6), review);
        vn.baocao.report.ReportInfo province = heldOn("p", java.time.LocalDate.of(2025, 1, 10), review);
        vn.baocao.report.ReportInfo opening = heldOn("o", java.time.LocalDate.of(2023, 12, 19), diplomatic);
        vn.baocao.report.ReportInfo closing = heldOn("c", java.time.LocalDate.of(2023, 12, 23), diplomatic);

        assertThat(Catalog.conferenceReports(List.of(ministry, province, opening, closing)))
                .containsExactly(java.util.Map.entry("year_end_review-2024", List.of(ministry)),
                        java.util.Map.entry("year_end_review-2024#2", List.of(province)),
                        java.util.Map.entry("diplomatic_conference-32", List.of(opening, closing)));
    }

    private static vn.baocao.report.ReportInfo heldOn(String id, java.time.LocalDate day, vn.baocao.report.Conference conference) {
        return new vn.baocao.report.ReportInfo(id, id + ".txt", "", "Bài " + id, day, "", conference);
    }
}
