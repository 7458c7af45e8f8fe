package vn.baocao.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;

/** Which reports and conferences a summary reads when an archive has more than it can, and how its title says so. */
class CoverageTest {
    private static final Conference REVIEW = new Conference("Hội nghị tổng kết công tác ngành Ngoại giao năm 2014",
            ConferenceKind.YEAR_END_REVIEW, 2014, 0);
    private static final Person MINISTER = new Person("Phạm Bình Minh", "Bộ trưởng Bộ Ngoại giao");
    private static final Person DELEGATE = new Person("Lê Hoài Trung", "Thứ trưởng Bộ Ngoại giao");

    @Test
    void readsAllTheReportsOfAConferenceThatHasNoMoreThanSix() {
        Meeting m = meeting("tổng kết", REVIEW, reports(6, LocalDate.of(2015, 1, 5)), List.of());

        assertThat(Coverage.reportsOf(m, Coverage.REPORTS)).isEqualTo(m.reports());
        assertThat(new Target.OfMeeting(m).title()).isEqualTo(REVIEW.name() + " (5/1/2015)");
    }

    @Test
    void readsTheReportsThatSayWhoPresidedThenThoseNamingMoreParticipantsThenTheEarliestInTheirOwnOrder() {
        List<ReportInfo> reports = reports(9, LocalDate.of(2015, 1, 5));
        List<Participation> parts = new ArrayList<>();
        parts.add(part(reports.get(8), DELEGATE, Participation.Part.ATTENDED));
        parts.add(part(reports.get(8), MINISTER, Participation.Part.ATTENDED));
        parts.add(part(reports.get(7), MINISTER, Participation.Part.CHAIRED));
        parts.add(part(reports.get(5), DELEGATE, Participation.Part.ATTENDED));
        Meeting m = meeting("tổng kết", REVIEW, reports, parts);

        assertThat(new Target.OfMeeting(m).reports()).extracting(ReportInfo::id)
                .containsExactly("r0", "r1", "r2", "r5", "r7", "r8");
        assertThat(new Target.OfMeeting(m).title()).isEqualTo(REVIEW.name() + " (5/1/2015) (6 trong 9 bài)");
    }

    @Test
    void readsForAPersonTheReportsThatNameThemFirst() {
        List<ReportInfo> reports = reports(4, LocalDate.of(2015, 1, 5));
        Meeting m = meeting("tổng kết", REVIEW, reports, List.of(part(reports.get(0), DELEGATE, Participation.Part.CHAIRED),
                part(reports.get(1), DELEGATE, Participation.Part.ATTENDED),
                part(reports.get(3), MINISTER, Participation.Part.ATTENDED)));

        assertThat(Coverage.reportsOf(m, MINISTER, Coverage.REPORTS_IN_SERIES)).extracting(ReportInfo::id)
                .containsExactly("r0", "r3");
        assertThat(Coverage.reportsOf(m, new Person("Phạm Minh Chính", "Thủ tướng"), Coverage.REPORTS_IN_SERIES))
                .extracting(ReportInfo::id).containsExactly("r0", "r1");
    }

    @Test
    void coversOfAPeriodTheReviewsAndNumberedConferencesFirstThenTheMostReportedInDateOrder() {
        List<Meeting> held = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            int reports = day == 11 ? 5 : day == 9 ? 4 : 1;
            held.add(other(day, reports));
        }
        held.add(1, meeting("sơ kết", new Conference("Hội nghị sơ kết 6 tháng đầu năm 2014",
                ConferenceKind.MID_YEAR_REVIEW, 2014, 0), reports(1, LocalDate.of(2014, 2, 1)), List.of()));
        held.add(meeting("ngoại giao 28", new Conference("Hội nghị Ngoại giao lần thứ 28",
                ConferenceKind.DIPLOMATIC_CONFERENCE, 0, 28), reports(1, LocalDate.of(2014, 12, 3)), List.of()));

        Target.OfPeriod period = Target.OfPeriod.of(2014, 2014, held);

        assertThat(period.meetings()).extracting(Meeting::key).containsExactly("other-1", "sơ kết", "other-2",
                "other-3", "other-4", "other-5", "other-6", "other-7", "other-8", "other-9", "other-11", "ngoại giao 28");
        assertThat(period.title()).isEqualTo("năm 2014: 12 trong 14 hội nghị");
        assertThat(Target.OfPeriod.of(2014, 2014, held.subList(0, 12)).title()).isEqualTo("năm 2014: 12 hội nghị");
    }

    @Test
    void coversOfAPersonTheLatestConferencesWhereTheySpeak() {
        List<Meeting> spoken = IntStream.rangeClosed(1, 15).mapToObj(day -> other(day, 1)).toList();

        Target.OfPerson person = Target.OfPerson.latest(MINISTER, spoken);

        assertThat(person.meetings()).extracting(Meeting::key).containsExactly("other-4", "other-5", "other-6",
                "other-7", "other-8", "other-9", "other-10", "other-11", "other-12", "other-13", "other-14", "other-15");
        assertThat(person.title())
                .isEqualTo("phát biểu của Bộ trưởng Bộ Ngoại giao Phạm Bình Minh tại 12 hội nghị gần nhất trong 15 hội nghị");
        assertThat(Target.OfPerson.latest(MINISTER, spoken.subList(0, 3)).title())
                .isEqualTo("phát biểu của Bộ trưởng Bộ Ngoại giao Phạm Bình Minh tại 3 hội nghị");
    }

    /** A meeting of kind OTHER held on day {@code day} of March 2014, told by {@code count} reports. */
    private static Meeting other(int day, int count) {
        Conference c = new Conference("Hội nghị " + day, ConferenceKind.OTHER, 0, 0);
        return meeting("other-" + day, c, reports(count, LocalDate.of(2014, 3, day)), List.of());
    }

    private static Meeting meeting(String key, Conference c, List<ReportInfo> reports, List<Participation> parts) {
        return new Meeting(key, c, reports.getFirst().date(), "", reports, parts, List.of());
    }

    /** {@code count} reports "r0", "r1"…, one day apart from {@code first}. */
    private static List<ReportInfo> reports(int count, LocalDate first) {
        return IntStream.range(0, count).mapToObj(i -> new ReportInfo("r" + i, "bao-" + i + ".txt", "", "Bài " + i,
                first.plusDays(i), "", REVIEW)).toList();
    }

    private static Participation part(ReportInfo report, Person who, Participation.Part part) {
        return new Participation(new Passage(report, 0, "Đoạn văn.", List.of(who)), who, part, "", who.name() + " " + part.label() + ".");
    }
}
