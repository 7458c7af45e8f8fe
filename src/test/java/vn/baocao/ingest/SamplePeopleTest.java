package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.ingest.SampleReports.S000;
import static vn.baocao.ingest.SampleReports.S001;
import static vn.baocao.ingest.SampleReports.S002;
import static vn.baocao.ingest.SampleReports.S003;
import static vn.baocao.ingest.SampleReports.S004;
import static vn.baocao.ingest.SampleReports.names;
import static vn.baocao.ingest.SampleReports.parse;
import static vn.baocao.ingest.SampleReports.passageWith;

import org.junit.jupiter.api.Test;
import vn.baocao.report.Person;
import vn.baocao.report.Report;

class SamplePeopleTest {
    private static final Person SON_000 = new Person("Bùi Thanh Sơn", "Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao");
    private static final Person SON = new Person("Bùi Thanh Sơn", "Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao");
    private static final Person CHINH = new Person("Phạm Minh Chính", "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ");
    /** Where a report gives only the office, so does the role: roles are as each report gives them. */
    private static final Person SON_002 = new Person("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao");
    private static final Person CHINH_004 = new Person("Phạm Minh Chính", "Thủ tướng Chính phủ");
    private static final Person TRONG = new Person("Nguyễn Phú Trọng", "Tổng Bí thư");

    @Test
    void sample000NamesTheMinisterAndResolvesBareBoTruong() {
        Report report = parse(S000);
        assertThat(report.people()).containsExactly(SON_000);
        assertThat(passageWith(report, "Bộ trưởng đề nghị ngành Ngoại giao trong 6 tháng cuối năm").people()).containsExactly(SON_000);
        assertThat(passageWith(report, "Bộ trưởng đề nghị toàn ngành").people()).containsExactly(SON_000);
        assertThat(passageWith(report, "Bộ trưởng Ngoại giao đã trao tặng").people()).containsExactly(SON_000);
        assertThat(passageWith(report, "Công tác ngoại giao kinh tế được thực hiện").people()).isEmpty();
    }

    @Test
    void sample001DropsHonorificsAndKeepsPartyMembershipsAsRoles() {
        Report report = parse(S001);
        assertThat(report.people()).containsExactly(CHINH, SON,
                new Person("Nguyễn Bích Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh"), TRONG);
        assertThat(passageWith(report, "Bộ trưởng khẳng định").people()).containsExactly(SON);
        assertThat(passageWith(report, "Thủ tướng yêu cầu ngành Ngoại giao").people()).containsExactly(CHINH);
        // "… Chính phủ, Thủ tướng Chính phủ, ngành Ngoại giao …": the only Prime Minister the report names
        assertThat(passageWith(report, "các tham luận tại Hội nghị").people()).containsExactly(CHINH);
        assertThat(names(passageWith(report, "Khai mạc Hội nghị").people()))
                .containsExactly("Bùi Thanh Sơn", "Nguyễn Phú Trọng", "Phạm Minh Chính");
    }

    @Test
    void sample002ResolvesTheDeputyPrimeMinisterNotTheMinister() {
        Report report = parse(S002);
        Person quang = new Person("Trần Lưu Quang", "Phó Thủ tướng Chính phủ");
        assertThat(report.people()).containsExactly(quang, SON_002, TRONG);
        assertThat(passageWith(report, "Phó Thủ tướng nhấn mạnh thế giới").people()).containsExactly(quang);
        assertThat(passageWith(report, "Tại buổi làm việc").people()).containsExactly(SON_002, quang);
    }

    @Test
    void sample003KeepsBothOfficesOfTheDeputyPrimeMinisterAndForeignMinister() {
        Report report = parse(S003);
        Person minh = new Person("Phạm Bình Minh", "Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Ngoại giao");
        assertThat(report.people()).containsExactly(minh);
        assertThat(passageWith(report, "Về một số việc cần quan tâm").people()).containsExactly(minh);
        assertThat(passageWith(report, "Hội nhập quốc tế và ngoại giao kinh tế").people()).isEmpty();
    }

    @Test
    void sample004ReadsAProvincialLeaderAndResolvesThePrimeMinisterInGenericPhrases() {
        Report report = parse(S004);
        Person nam = new Person("Hoàng Nam", "Phó Chủ tịch UBND tỉnh");
        assertThat(report.people()).containsExactly(CHINH_004, nam);
        assertThat(report.passages().get(0).people()).containsExactly(CHINH_004, nam);
        assertThat(passageWith(report, "Năm 2024, dưới sự lãnh đạo").people()).containsExactly(CHINH_004);
        assertThat(passageWith(report, "Kết luận hội nghị, Thủ tướng Chính phủ Phạm Minh Chính").people()).containsExactly(CHINH_004);
    }

    @Test
    void bylinesAreNotPeopleOfTheReport() {
        assertThat(names(parse(S001).people())).doesNotContain("Vi Trường");
        assertThat(names(parse(S004).people())).doesNotContain("Hoài Nhung");
    }

    @Test
    void listsTheSpeakerInTheParagraphsThatGoOnWithTheirWords() {
        Report report = parse(S004);
        assertThat(names(passageWith(report, "Thúc đẩy nâng cấp, nâng tầm quan hệ").people()))
                .containsExactly("Phạm Minh Chính");
        assertThat(names(passageWith(parse(S002), "Trên cơ sở những định hướng lớn đó").people()))
                .containsExactly("Trần Lưu Quang");
    }

    @Test
    void stopsGoingOnWithASpeakerWhenSomeoneElseSpeaks() {
        assertThat(names(passageWith(parse(S001), "các tham luận tại Hội nghị").people()))
                .containsExactly("Phạm Minh Chính");
    }
}
