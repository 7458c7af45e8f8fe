package vn.baocao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.Report;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Statement;

class ReportRecordsTest {
    private static final ReportInfo REVIEW = new ReportInfo("r-1", "reports/tong-ket.html", "https://mofa.gov.vn/a",
            "Hội nghị tổng kết công tác ngoại giao năm 2022 🇻🇳", LocalDate.of(2023, 1, 10), "Hà Nội",
            new Conference("Hội nghị tổng kết", ConferenceKind.YEAR_END_REVIEW, 2022, 0),
            new ReportInfo.Credits("Hoài Nhung", "Báo Quảng Trị", "12/BC-BNG", LocalDate.of(2025, 1, 8), "Thủ tướng Chính phủ",
                    "Văn phòng Chính phủ; Lưu VT", "TG&VN; Bộ Ngoại giao", "2.318"));
    private static final ReportInfo BARE = new ReportInfo("r-2", "b.txt", null, "Tin ngắn", null, null, null);

    @Test
    void reportMetadataRoundTripsWithAndWithoutDateConferenceUrlPlaceAndCredits() {
        assertThat(ReportRecords.decodeInfo(ReportRecords.encode(REVIEW), new Interner())).isEqualTo(REVIEW);
        assertThat(ReportRecords.decodeInfo(ReportRecords.encode(BARE), new Interner())).isEqualTo(BARE);
    }

    @Test
    void rolesRoundTripInOrderWithTheRunsOfStatementsBySpeaker() {
        Person son = new Person("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao");
        Person chinh = new Person("Phạm Minh Chính", "");
        Passage first = new Passage(REVIEW, 0, "Bộ trưởng Bùi Thanh Sơn chủ trì. Thủ tướng dự.", List.of(son, chinh));
        Passage second = new Passage(REVIEW, 3, "Bộ trưởng nhấn mạnh: \"Đoàn kết\".", List.of(son));
        Report report = new Report(REVIEW, List.of(son, chinh), List.of(first, second),
                List.of(new Statement(second, son, "nhấn mạnh", "Bộ trưởng nhấn mạnh: \"Đoàn kết\"."),
                        new Statement(second, son, "", "Tiếp theo."),
                        new Statement(second, chinh, "đề nghị", "Thủ tướng đề nghị."),
                        new Statement(second, son, "", "Sau đó.")),
                List.of(new Participation(first, son, Participation.Part.CHAIRED, "", "Bộ trưởng Bùi Thanh Sơn chủ trì."),
                        new Participation(first, chinh, Participation.Part.ATTENDED, "Cao Bằng", "Thủ tướng dự.")),
                "hash");

        ReportRecords.Roles roles = ReportRecords.decodeRoles(ReportRecords.encodeRoles(report), REVIEW, new Interner());

        assertThat(roles.participations()).isEqualTo(report.participations());
        assertThat(roles.speakers()).containsExactly(new ReportRecords.Spoken(son, 2), new ReportRecords.Spoken(chinh, 1),
                new ReportRecords.Spoken(son, 1));
        assertThat(roles.speakers().get(0).person()).as("one instance per person").isSameAs(roles.participations().get(0).person());
    }
}
