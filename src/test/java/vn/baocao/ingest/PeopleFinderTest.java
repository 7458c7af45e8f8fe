package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Person;

class PeopleFinderTest {
    private final PeopleFinder finder = new PeopleFinder();

    private List<Person> people(String text) {
        return finder.find("Tiêu đề", List.of(text)).all();
    }

    @Test
    void readsTheNameAfterItsTitleAndKeepsThePartyMembershipAsARole() {
        assertThat(people("Tham dự có Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao Bùi Thanh Sơn và các đại biểu."))
                .containsExactly(new Person("Bùi Thanh Sơn", "Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao"));
    }

    @Test
    void readsTitlesAfterTheNameAndDropsTheHonorific() {
        assertThat(people("Tham dự có đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ; hơn 700 đại biểu."))
                .containsExactly(new Person("Phạm Minh Chính", "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"));
    }

    @Test
    void aNameNeverRunsOnToTheNextLine() {
        assertThat(people("Cùng trả lời: Thứ trưởng Ngoại giao Đặng Hoàng Phúc\nĐiều phối: Người phát ngôn Lưu Thu Trang\nSố phóng viên: 68"))
                .extracting(Person::name).containsExactly("Đặng Hoàng Phúc", "Lưu Thu Trang");
    }

    @Test
    void theYouthUnionIsNoPerson() {
        assertThat(people("Bí thư Đoàn Thanh niên Bộ Ngoại giao Trịnh Quốc Anh phát biểu; Đoàn TNCS Hồ Chí Minh tổ chức."))
                .extracting(Person::name).containsExactly("Trịnh Quốc Anh");
    }

    @Test
    void aListOfPeopleGivesEachOnlyTheTitlesAfterThePersonBefore() {
        assertThat(people("Tham dự Hội nghị có Thứ trưởng Thường trực Bộ Ngoại giao Bùi Thanh Sơn, Đại sứ Việt Nam tại "
                + "Cộng hòa Séc Phan Thị Lan Anh và 320 đại biểu."))
                .containsExactly(new Person("Bùi Thanh Sơn", "Thứ trưởng Thường trực Bộ Ngoại giao"),
                        new Person("Phan Thị Lan Anh", "Đại sứ Việt Nam tại Cộng hòa Séc"));
    }

    @Test
    void anAssistantToTheMinisterIsNoMinister() {
        assertThat(people("Trợ lý Bộ trưởng, Vụ trưởng Vụ Ngoại giao Văn hóa và UNESCO Phan Thị Lan Anh báo cáo."))
                .containsExactly(new Person("Phan Thị Lan Anh", "Trợ lý Bộ trưởng, Vụ trưởng Vụ Ngoại giao Văn hóa và UNESCO"));
    }

    @Test
    void keepsBothOfficesOfOnePerson() {
        assertThat(people("Chỉ đạo của Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh tại Hội nghị."))
                .containsExactly(new Person("Phạm Bình Minh", "Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Ngoại giao"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Đại sứ, Trưởng Phái đoàn thường trực Việt Nam tại Liên Hợp Quốc Đặng Đình Quý cho biết. | Đặng Đình Quý | Đại sứ, Trưởng Phái đoàn thường trực Việt Nam tại Liên Hợp Quốc
            Thứ trưởng, Chủ nhiệm Ủy ban Biên giới quốc gia Lê Hoài Trung cho biết.              | Lê Hoài Trung | Thứ trưởng, Chủ nhiệm Ủy ban Biên giới quốc gia
            Đại sứ tại Hoa Kỳ Hà Kim Ngọc thông tin về khả năng chia sẻ vắc-xin.                 | Hà Kim Ngọc   | Đại sứ tại Hoa Kỳ
            Vụ trưởng Vụ Tây Á - Châu Phi Trịnh Quốc Bảo dự hội nghị.                           | Trịnh Quốc Bảo | Vụ trưởng Vụ Tây Á - Châu Phi
            Đại sứ Việt Nam tại Bra-xin Trịnh Quốc Bảo đề xuất xây dựng cơ sở dữ liệu.          | Trịnh Quốc Bảo | Đại sứ Việt Nam tại Bra-xin
            Đại sứ Việt Nam tại Mê-hi-cô Lương Thị Thu Hà phát biểu.                            | Lương Thị Thu Hà | Đại sứ Việt Nam tại Mê-hi-cô
            Từ điểm cầu Lu-an-đa, Đại sứ Việt Nam tại Ăng-gô-la Kiều Thanh Bình thông tin.      | Kiều Thanh Bình | Đại sứ Việt Nam tại Ăng-gô-la
            Tổng Lãnh sự Việt Nam tại Xan Phran-xi-xcô Lê Văn Minh cho biết.                    | Lê Văn Minh | Tổng Lãnh sự Việt Nam tại Xan Phran-xi-xcô
            """)
    void readsLongOfficesWithLowerCaseWordsInTheirNames(String text, String name, String role) {
        assertThat(people(text)).containsExactly(new Person(name, role));
    }

    @Test
    void readsProvincialTitlesAndTellsThePlaceFromTheName() {
        assertThat(people("Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị. Phó Chủ tịch UBND tỉnh Cao Bằng Nguyễn Bích Ngọc phát biểu."))
                .containsExactly(new Person("Hoàng Nam", "Phó Chủ tịch UBND tỉnh"),
                        new Person("Nguyễn Bích Ngọc", "Phó Chủ tịch UBND tỉnh Cao Bằng"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Phó Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Thị Hạnh phát biểu.  | Nguyễn Thị Hạnh | Phó Chủ tịch UBND tỉnh Quảng Ninh
            Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn cho biết.         | Vương Quốc Tuấn | Chủ tịch UBND tỉnh Bắc Ninh
            Phó Chủ tịch UBND tỉnh Bình Dương Nguyễn Lộc Hà phát biểu.    | Nguyễn Lộc Hà   | Phó Chủ tịch UBND tỉnh Bình Dương
            """)
    void aPlaceEndingInAFamilyNameIsNotTheStartOfTheName(String text, String name, String role) {
        assertThat(people(text)).containsExactly(new Person(name, role));
    }

    @Test
    void readsTheGeneralSecretaryAndTheDeputyPrimeMinisterOfGovernment() {
        assertThat(people("Chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng; Phó Thủ tướng Chính phủ Trần Lưu Quang làm việc."))
                .containsExactly(new Person("Nguyễn Phú Trọng", "Tổng Bí thư"), new Person("Trần Lưu Quang", "Phó Thủ tướng Chính phủ"));
    }

    @Test
    void capitalisedBodiesAndPlacesAreNotPeople() {
        assertThat(people("Dưới sự lãnh đạo của Bộ Chính trị, Ban Bí thư, Trung ương Đảng, Chính phủ và Thủ tướng Chính phủ, "
                + "quan hệ với Hà Lan, Cao Bằng và Thành phố Hồ Chí Minh được mở rộng.")).isEmpty();
    }

    @Test
    void anHonorificAloneNamesAPersonWithoutRole() {
        assertThat(people("Ông Nguyễn Văn An cho biết hợp tác đang tiến triển tốt."))
                .containsExactly(new Person("Nguyễn Văn An", ""));
    }

    @Test
    void aBareTitleRefersToThePersonNamedEarlierWithIt() {
        var people = finder.find("Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì hội nghị",
                List.of("Hội nghị đánh giá kết quả công tác đối ngoại.", "Bộ trưởng đề nghị toàn ngành đẩy mạnh chuyển đổi số."));
        assertThat(people.byPassage().get(0)).isEmpty();
        assertThat(people.byPassage().get(1)).containsExactly(new Person("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao"));
    }

    @Test
    void aBareTitleRefersToTheMostRecentHolderAndHonoursItsQualifier() {
        var people = finder.find("Hội nghị", List.of(
                "Bộ trưởng Ngoại giao Bùi Thanh Sơn khai mạc.",
                "Bộ trưởng Công Thương Nguyễn Hồng Diên phát biểu.",
                "Bộ trưởng nhấn mạnh xuất khẩu. Bộ trưởng Ngoại giao cảm ơn các đại biểu."));
        assertThat(SampleReports.names(people.byPassage().get(2))).containsExactly("Nguyễn Hồng Diên", "Bùi Thanh Sơn");
    }

    @Test
    void aDeputyTitleNeverRefersToTheHeadOfGovernmentNorTheOtherWayRound() {
        var onlyPrimeMinister = finder.find("Hội nghị", List.of("Thủ tướng Phạm Minh Chính dự hội nghị.", "Phó Thủ tướng nhấn mạnh."));
        assertThat(onlyPrimeMinister.byPassage().get(1)).isEmpty();
        var onlyDeputy = finder.find("Hội nghị", List.of("Phó Thủ tướng Trần Lưu Quang dự hội nghị.", "Thủ tướng yêu cầu."));
        assertThat(onlyDeputy.byPassage().get(1)).isEmpty();
    }

    @Test
    void aBareTitleBeforeAnyNamedHolderRefersToTheFirstOneNamed() {
        var people = finder.find("Hội nghị", List.of("Thủ tướng yêu cầu ngành ngoại giao đi trước mở đường.",
                "Thủ tướng Chính phủ Phạm Minh Chính dự hội nghị."));
        assertThat(people.byPassage().get(0)).containsExactly(new Person("Phạm Minh Chính", "Thủ tướng Chính phủ"));
    }

    @Test
    void pluralTitlesReferToNobody() {
        var people = finder.find("Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì", List.of("Các Bộ trưởng, các Thứ trưởng đã phát biểu."));
        assertThat(people.byPassage().get(0)).isEmpty();
    }
}
