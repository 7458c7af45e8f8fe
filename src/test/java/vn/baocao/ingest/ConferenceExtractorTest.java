package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;

class ConferenceExtractorTest {
    private final ConferenceExtractor extractor = new ConferenceExtractor();

    @Test
    void aNumberedDiplomaticConferenceCarriesItsOrdinal() {
        assertThat(extractor.extract("Khai mạc Hội nghị Ngoại giao lần thứ 32", List.of()))
                .contains(new Conference("Hội nghị Ngoại giao lần thứ 32", ConferenceKind.DIPLOMATIC_CONFERENCE, 0, 32));
        assertThat(extractor.extract("Tinh thần Hội nghị Ngoại giao 30 được quán triệt", List.of()))
                .contains(new Conference("Hội nghị Ngoại giao 30", ConferenceKind.DIPLOMATIC_CONFERENCE, 0, 30));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ngày 31/1/2024, tại Trung tâm Hội nghị Sông Hàn, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 21 | Hội nghị Ngoại vụ toàn quốc lần thứ 21
            Tại Trung tâm Hội nghị Quốc gia diễn ra Hội nghị tổng kết công tác ngành Ngoại giao năm 2024                    | Hội nghị tổng kết công tác ngành Ngoại giao năm 2024
            Các đại biểu đến Cung Hội nghị Quốc tế Ariyana, Đà Nẵng từ sớm                                                |
            """)
    void aBuildingNamedForMeetingsIsNoMeeting(String lead, String meeting) {
        assertThat(extractor.extract(lead, List.of()).map(Conference::name)).isEqualTo(java.util.Optional.ofNullable(meeting));
    }

    @Test
    void theHorizonOfWhatAMeetingReviewsIsNotTheMeetingsYear() {
        assertThat(extractor.extract("Hội nghị sơ kết 3 năm thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030", List.of()))
                .map(Conference::periodYear).contains(0);
        assertThat(extractor.extract("Hội nghị tổng kết năm 2023, định hướng tầm nhìn 2030", List.of()))
                .map(Conference::periodYear).contains(2023);
    }

    @Test
    void aHeadlineThatOpensWithAMeetingOrAKindOfDocumentAndThenOneNamesIt() {
        assertThat(extractor.extract("BÁO CÁO TÓM TẮT Hội nghị triển khai công tác bảo hộ công dân năm 2024", List.of()))
                .map(Conference::name).contains("Hội nghị triển khai công tác bảo hộ công dân năm 2024");
        assertThat(extractor.extract("Ý kiến về hội nghị triển khai công tác bảo hộ công dân", List.of())).isEmpty();
    }

    @Test
    void anyNumberedMeetingHasAnOrdinalAndTheNationalExternalAffairsConferenceHasAKindOfItsOwn() {
        assertThat(extractor.extract("Bế mạc Hội nghị Ngoại vụ toàn quốc lần thứ 21", List.of()))
                .contains(new Conference("Hội nghị Ngoại vụ toàn quốc lần thứ 21", ConferenceKind.EXTERNAL_AFFAIRS_CONFERENCE, 0, 21));
        assertThat(extractor.extract("Khai mạc Hội nghị Người Việt Nam ở nước ngoài toàn thế giới lần thứ 4", List.of()))
                .contains(new Conference("Hội nghị Người Việt Nam ở nước ngoài toàn thế giới lần thứ 4", ConferenceKind.OTHER, 0, 4));
        assertThat(extractor.extract("Hội nghị Người Việt Nam ở nước ngoài toàn thế giới lần thứ tư: Kiều bào chung tay", List.of()))
                .contains(new Conference("Hội nghị Người Việt Nam ở nước ngoài toàn thế giới lần thứ tư", ConferenceKind.OTHER, 0, 4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Biên bản hội nghị tập huấn "Hội nhập quốc tế cho doanh nghiệp" năm 2022 (lần thứ 2) | - | Hội nghị tập huấn "Hội nhập quốc tế cho doanh nghiệp" năm 2022 (lần thứ 2) | OTHER | 2022 | 2
            Ý kiến về hội nghị nhiều năm qua: "thiết thực"                                      | - |                                                                           |       |      |
            BIÊN BẢN Phiên họp thứ hai của Ban Chỉ đạo tổ chức Hội nghị Ngoại giao lần thứ 29   | - | Phiên họp thứ hai của Ban Chỉ đạo tổ chức Hội nghị Ngoại giao lần thứ 29   | DIPLOMATIC_CONFERENCE | 0 | 29
            Ngày 16/3, Bộ trưởng chủ trì phiên họp thứ hai của Ban Chỉ đạo.                      | - | Phiên họp thứ hai                                                         | OTHER | 0 | 0
            Xuân Quê hương 2024: Kiều bào chung tay | Tối 31/1/2024, tại Hà Nội, chương trình Xuân Quê hương 2024 với chủ đề "Tự hào Việt Nam" đã diễn ra trang trọng. | Chương trình Xuân Quê hương 2024 | OTHER | 2024 | 0
            Thực hiện Chương trình công tác năm 2026 của Bộ Ngoại giao, Bộ đã gửi báo cáo.        | - |                                                                           |       |      |
            BÁO CÁO KẾT QUẢ THAM VẤN CHÍNH TRỊ CẤP THỨ TRƯỞNG VIỆT NAM - NIU DI-LÂN LẦN THỨ 7 | Sáng 22/7/2024, hai bên đã đồng chủ trì Tham vấn chính trị cấp Thứ trưởng Việt Nam - Niu Di-lân lần thứ 7. | Tham vấn chính trị cấp Thứ trưởng Việt Nam - Niu Di-lân lần thứ 7 | OTHER | 0 | 7
            Tuần Văn hóa Việt Nam tại Niu Di-lân | Tuần Văn hóa Việt Nam lần đầu tiên được tổ chức từ ngày 22 đến 28/7/2024. Ý tưởng được Đại sứ đề xuất tại Hội nghị Trưởng Cơ quan đại diện hồi tháng 7. | Tuần Văn hóa Việt Nam | OTHER | 0 | 0
            Ý tưởng được Đại sứ đề xuất tại Hội nghị Trưởng Cơ quan đại diện hồi tháng 7.          | - |                                                                           |       |      |
            Kỳ họp lần thứ 8 Ủy ban liên Chính phủ Việt Nam - Kazakhstan và lễ khánh thành trụ sở mới | - | Kỳ họp lần thứ 8 Ủy ban liên Chính phủ Việt Nam - Kazakhstan     | OTHER | 0 | 8
            Đối thoại giữa Bộ Ngoại giao và các tổ chức phi chính phủ nước ngoài năm 2024 | - | Đối thoại giữa Bộ Ngoại giao và các tổ chức phi chính phủ nước ngoài năm 2024 | OTHER | 2024 | 0
            Biên bản cuộc họp tham vấn ý kiến thanh niên kiều bào về Trại hè năm 2024    | - | Cuộc họp tham vấn ý kiến thanh niên kiều bào về Trại hè năm 2024 | OTHER | 2024 | 0
            Tăng cường đối thoại với các tổ chức phi chính phủ                           | - |                                                                           |       |      |
            Xuân Quê hương 2024: Kiều bào chung tay | Tối 31/1/2024, tại Hà Nội, Bộ Ngoại giao tổ chức chương trình Xuân Quê hương 2024 với chủ đề "Đất nước vững bước". | Chương trình Xuân Quê hương 2024 | OTHER | 2024 | 0
            BÁO CÁO TÓM TẮT HỘI THẢO | “Bảo hộ công dân và quyền lợi của lao động Việt Nam tại Nhật Bản” | Hội thảo “Bảo hộ công dân và quyền lợi của lao động Việt Nam tại Nhật Bản” | OTHER | 0 | 0
            Bộ đã tổ chức đối thoại với các tổ chức phi chính phủ nước ngoài năm 2024.    | - |                                                                           |       |      |
            Hội đồng Thi đua - Khen thưởng Bộ Ngoại giao họp xét khen thưởng năm 2024     | - | Phiên họp Hội đồng Thi đua - Khen thưởng Bộ Ngoại giao | OTHER | 0 | 0
            Ban Chỉ đạo chuyển đổi số đã triển khai nhiều việc                           | - |                                                                           |       |      |
            Tập huấn công tác đối ngoại địa phương cho 7 tỉnh biên giới phía Bắc | - | Tập huấn công tác đối ngoại địa phương cho 7 tỉnh biên giới phía Bắc | OTHER | 0 | 0
            Bản tin Ngoại vụ địa phương | Từ ngày 20 đến 22/7/2023, Cục Ngoại vụ tổ chức lớp tập huấn công tác đối ngoại địa phương năm 2023 dành cho cán bộ của 7 tỉnh. | Lớp tập huấn công tác đối ngoại địa phương năm 2023 dành cho cán bộ | OTHER | 2023 | 0
            """)
    void minutesSessionsConsultationsAndNamedEventsAreMeetingsCalledByTheirWholeName(String headline, String lead, String name,
                                                                                    ConferenceKind kind, Integer year, Integer ordinal) {
        java.util.Optional<Conference> expected = name == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Conference(name, kind, year, ordinal));
        assertThat(extractor.extract(headline, lead.equals("-") ? List.of() : List.of(lead))).isEqualTo(expected);
    }

    @Test
    void whoseAMeetingIsMayStandBetweenItsNameAndItsNumber() {
        assertThat(extractor.extract("Hội nghị Lãnh sự danh dự của Việt Nam lần thứ ba", List.of()))
                .contains(new Conference("Hội nghị Lãnh sự danh dự của Việt Nam lần thứ ba", ConferenceKind.OTHER, 0, 3));
        assertThat(extractor.extract("Kết quả Hội nghị Trưởng Cơ quan đại diện Việt Nam tại khu vực Đông Bắc Á lần thứ 3", List.of()))
                .contains(new Conference("Hội nghị Trưởng Cơ quan đại diện Việt Nam tại khu vực Đông Bắc Á lần thứ 3",
                        ConferenceKind.OTHER, 0, 3));
        assertThat(extractor.extract("BÁO CÁO KẾT QUẢ HỘI NGHỊ CÁC ĐẠI SỨ, TRƯỞNG CƠ QUAN ĐẠI DIỆN VIỆT NAM TẠI CHÂU PHI LẦN THỨ HAI",
                List.of("Chiều 21/12/2023, Vụ Tây Á - Châu Phi tổ chức Hội nghị các Đại sứ, Trưởng Cơ quan đại diện Việt Nam tại"
                        + " châu Phi lần thứ hai.")))
                .contains(new Conference("Hội nghị các Đại sứ, Trưởng Cơ quan đại diện Việt Nam tại châu Phi lần thứ hai",
                        ConferenceKind.OTHER, 0, 2));
        assertThat(extractor.extract("Bộ trưởng chủ trì Hội nghị Lãnh sự danh dự của Việt Nam tại Hà Nội", List.of()))
                .contains(new Conference("Hội nghị Lãnh sự danh dự", ConferenceKind.OTHER, 0, 0));
    }

    @Test
    void aNameFromAHeadlineInCapitalsIsWrittenAsTheLeadWritesIt() {
        assertThat(extractor.extract("HỘI NGHỊ NGOẠI VỤ TOÀN QUỐC LẦN THỨ 19: NÂNG TẦM ĐỐI NGOẠI ĐỊA PHƯƠNG",
                List.of("Ngày 14/12, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 19 với chủ đề mới.")))
                .contains(new Conference("Hội nghị Ngoại vụ toàn quốc lần thứ 19", ConferenceKind.EXTERNAL_AFFAIRS_CONFERENCE, 0, 19));
        assertThat(extractor.extract("HỘI NGHỊ NGOẠI VỤ TOÀN QUỐC LẦN THỨ 19", List.of("Các đại biểu dự đông đủ.")))
                .contains(new Conference("Hội nghị ngoại vụ toàn quốc lần thứ 19", ConferenceKind.EXTERNAL_AFFAIRS_CONFERENCE, 0, 19));
        // past how it was held ("trực tuyến"), with where the heads of missions serve: "tại châu Âu" is no venue
        assertThat(extractor.extract("TÓM TẮT KẾT QUẢ HỘI NGHỊ TRỰC TUYẾN TRƯỞNG CƠ QUAN ĐẠI DIỆN VIỆT NAM TẠI CHÂU ÂU NĂM 2024",
                List.of("Ngày 22/7/2024, Bộ Ngoại giao tổ chức Hội nghị trực tuyến Trưởng Cơ quan đại diện Việt Nam tại châu Âu "
                        + "năm 2024 với chủ đề mới.")))
                .contains(new Conference("Hội nghị Trưởng Cơ quan đại diện Việt Nam tại châu Âu năm 2024", ConferenceKind.OTHER, 2024, 0));
    }

    @Test
    void aMeetingTheLeadSaysWasHeldIsNamedUpToTheDayItWasHeld() {
        assertThat(extractor.extract("Ngoại giao kinh tế phải biến cam kết thành dự án",
                List.of("Sáng 18/11, Bộ Ngoại giao tổ chức Hội nghị toàn quốc triển khai Chỉ thị số 15-CT/TW ngày 10/8/2022 "
                        + "của Ban Bí thư.")))
                .contains(new Conference("Hội nghị toàn quốc triển khai Chỉ thị số 15-CT/TW", ConferenceKind.OTHER, 0, 0));
        assertThat(extractor.extract("Tin ngắn", List.of("Các đại biểu tham gia hội nghị trực tuyến đông đủ."))).isEmpty();
        assertThat(extractor.extract("Tin ngắn", List.of("Bộ Ngoại giao tổ chức hội nghị."))).isEmpty();
    }

    @Test
    void takesTheMeetingFromTheLeadWhenTheHeadlineNamesNone() {
        assertThat(extractor.extract("Tạo bước tiến đột phá xây dựng nền ngoại giao",
                List.of("Sáng nay 6/1, Bộ Ngoại giao tổ chức hội nghị trực tuyến tổng kết công tác ngành ngoại giao năm 2024, "
                        + "triển khai nhiệm vụ năm 2025.")))
                .contains(new Conference("Hội nghị tổng kết công tác ngành ngoại giao năm 2024", ConferenceKind.YEAR_END_REVIEW, 2024, 0));
    }

    @Test
    void theFirstMeetingNamedIsTheOneTheReportIsAbout() {
        assertThat(extractor.extract("Bộ Ngoại giao sơ kết công tác", List.of(
                "Hội nghị thống nhất đánh giá với phương châm chủ động, thích ứng.",
                "Bộ Ngoại giao đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023, theo kết luận tại "
                        + "Hội nghị Ngoại giao lần thứ 31.")))
                .contains(new Conference("Hội nghị sơ kết công tác 6 tháng đầu năm 2023", ConferenceKind.MID_YEAR_REVIEW, 2023, 0));
    }

    @Test
    void aMeetingBeingPreparedForIsNotTheOneReported() {
        assertThat(extractor.extract("Re: tóm tắt gặp gỡ Đại sứ tại Cao Bằng", List.of("Kính gửi Sở Ngoại vụ tỉnh Cao Bằng, "
                + "để phục vụ báo cáo Lãnh đạo Bộ và chuẩn bị Hội nghị Ngoại vụ toàn quốc lần thứ 21, đề nghị Sở gửi tóm tắt "
                + "Hội nghị gặp gỡ các Đại sứ tại Cao Bằng."))).isEmpty();
    }

    @Test
    void aNameInQuotesIsTheNameWhateverItHolds() {
        assertThat(extractor.extract("Ngoại giao kinh tế đồng hành cùng Tây Nguyên", List.of("Sáng 5/7, tại thành phố Buôn Ma "
                + "Thuột, Bộ Ngoại giao phối hợp với Ủy ban nhân dân tỉnh Đắk Lắk tổ chức Hội nghị \"Ngoại giao kinh tế đồng hành "
                + "cùng các tỉnh Tây Nguyên\" năm 2024. Bộ trưởng chủ trì.")))
                .contains(new Conference("Hội nghị \"Ngoại giao kinh tế đồng hành cùng các tỉnh Tây Nguyên\" năm 2024",
                        ConferenceKind.OTHER, 2024, 0));
        assertThat(extractor.extract("Tin ngắn", List.of("Hội nghị “Ngoại giao kinh tế đồng hành cùng các tỉnh Tây Nguyên” năm 2024 "
                + "thu hút hơn 720 đại biểu.")).map(Conference::name))
                .contains("Hội nghị “Ngoại giao kinh tế đồng hành cùng các tỉnh Tây Nguyên” năm 2024");
    }

    @Test
    void aQuotedTitleAfterTheKindsOwnWordsIsInTheNameAndItsYearIsNotTheMeetingsYear() {
        assertThat(extractor.extract("Tin ngắn", List.of("Sáng 4/11/2024, Học viện Ngoại giao tổ chức Hội thảo quốc tế “UNCLOS "
                + "1982 – Nền tảng của trật tự pháp lý trên biển” với hơn 300 đại biểu.")))
                .contains(new Conference("Hội thảo quốc tế “UNCLOS 1982 – Nền tảng của trật tự pháp lý trên biển”",
                        ConferenceKind.OTHER, 0, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Bộ Ngoại giao tổ chức Hội nghị Ngoại giao kinh tế với các địa phương vùng Bắc Trung Bộ năm 2024. | Hội nghị Ngoại giao kinh tế với các địa phương vùng Bắc Trung Bộ năm 2024
            Bộ Ngoại giao tổ chức Hội nghị ngoại giao kinh tế với các tỉnh, thành phố vùng Đồng bằng sông Cửu Long năm 2022. | Hội nghị ngoại giao kinh tế với các tỉnh, thành phố vùng Đồng bằng sông Cửu Long năm 2022
            Bộ Ngoại giao tổ chức Hội nghị kết nối ngoại giao kinh tế với doanh nghiệp FDI năm 2024. | Hội nghị kết nối ngoại giao kinh tế với doanh nghiệp FDI năm 2024
            Bộ Ngoại giao tổ chức Hội nghị toàn quốc về ngoại giao văn hóa với sự tham dự của 300 đại biểu. | Hội nghị toàn quốc về ngoại giao văn hóa
            Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ địa phương toàn quốc lần thứ 22 với chủ đề "Đồng hành". | Hội nghị Ngoại vụ địa phương toàn quốc lần thứ 22
            """)
    void withWhomAMeetingIsHeldIsPartOfItsNameButNotWithWhatOrHowMany(String lead, String name) {
        assertThat(extractor.extract("Tin ngắn", List.of(lead))).map(Conference::name).contains(name);
    }

    @Test
    void aMeetingOfANamedBodyIsAMeetingOfItsOwn() {
        assertThat(extractor.extract("Biên bản cuộc họp Ban Tổ chức Hội nghị Trưởng Cơ quan đại diện Việt Nam ở nước ngoài "
                + "lần thứ 22", List.of("Thời gian: 14 giờ 00, ngày 6/1/2026.")).map(Conference::name))
                .contains("Cuộc họp Ban Tổ chức Hội nghị Trưởng Cơ quan đại diện Việt Nam ở nước ngoài lần thứ 22");
        assertThat(extractor.extract("Tin ngắn", List.of("Trong cuộc họp sáng nay, các đại biểu đã thảo luận."))).isEmpty();
    }

    @Test
    void aMeetingWhoseConclusionsAreCarriedOutIsNotTheOneReported() {
        assertThat(extractor.extract("Báo cáo kết quả làm việc của Đoàn công tác Bộ Ngoại giao với tỉnh Quảng Trị về ngoại giao "
                + "văn hóa", List.of("Thực hiện Chương trình công tác năm 2024 và triển khai kết luận của Thủ tướng Chính phủ tại "
                + "Hội nghị Ngoại giao lần thứ 32, ngày 6/1/2024, Đoàn công tác Bộ Ngoại giao đã làm việc với Ủy ban nhân dân "
                + "tỉnh Quảng Trị.")))
                .contains(new Conference("Buổi làm việc của Đoàn công tác Bộ Ngoại giao với tỉnh Quảng Trị",
                        ConferenceKind.WORKING_SESSION, 0, 0));
        assertThat(extractor.extract("Tin ngắn", List.of("Theo chỉ đạo của Thủ tướng tại Hội nghị Ngoại giao lần thứ 32, "
                + "các đơn vị đã triển khai nhiều việc."))).isEmpty();
    }

    @Test
    void namesAWorkingSessionFromWhoWorksWithWhom() {
        assertThat(extractor.extract("Bộ Ngoại giao cần chủ động hơn nữa", List.of(
                "Chiều ngày 31-1, tại Trụ sở Bộ Ngoại giao, Phó Thủ tướng Chính phủ Trần Lưu Quang đã có buổi làm "
                        + "việc với Bộ Ngoại giao về triển khai công tác đối ngoại trong năm 2023.")))
                .contains(new Conference("Buổi làm việc của Phó Thủ tướng Chính phủ Trần Lưu Quang với Bộ Ngoại giao",
                        ConferenceKind.WORKING_SESSION, 0, 0));
    }

    @Test
    void namesAWorkingSessionAnOfficialReportTitlesByWhoseItWas() {
        assertThat(extractor.extract("BÁO CÁO Kết quả buổi làm việc của Thứ trưởng Ngoại giao Đỗ Thị Minh Châu với Ủy ban "
                + "nhân dân tỉnh Quảng Trị về công tác đối ngoại, ngoại giao kinh tế", List.of("Kính gửi: Thủ tướng Chính phủ.")))
                .contains(new Conference("Buổi làm việc của Thứ trưởng Ngoại giao Đỗ Thị Minh Châu với Ủy ban nhân dân tỉnh Quảng Trị",
                        ConferenceKind.WORKING_SESSION, 0, 0));
    }

    @Test
    void namesAWorkingSessionMinutesTitleByItsTwoSides() {
        assertThat(extractor.extract("Biên bản buổi làm việc giữa Đoàn công tác Bộ Ngoại giao và Ủy ban nhân dân tỉnh Cao Bằng",
                List.of("Hôm nay, vào hồi 14 giờ 00 phút, ngày 31 tháng 01 năm 2024, tại Phòng họp số 1.")))
                .contains(new Conference("Buổi làm việc giữa Đoàn công tác Bộ Ngoại giao và Ủy ban nhân dân tỉnh Cao Bằng",
                        ConferenceKind.WORKING_SESSION, 0, 0));
    }

    @Test
    void aMeetingThatSaysNeitherItsKindNorAProperNameIsNone() {
        assertThat(extractor.extract("Ngoại giao đi trước mở đường",
                List.of("Hội nghị thống nhất đánh giá tình hình thế giới có nhiều diễn biến phức tạp.",
                        "Các đại biểu dự hội nghị tại điểm cầu Cao Bằng.",
                        "Trong bối cảnh đó, ngành đã làm việc với các đối tác để mở rộng thị trường.")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trong hai ngày 10 và 11/6/2020, Đại hội đại biểu Đảng bộ Bộ Ngoại giao nhiệm kỳ 2020–2025 diễn ra tại Hà Nội. | Đại hội đại biểu Đảng bộ Bộ Ngoại giao nhiệm kỳ 2020–2025
            Chiều 30/1, Bộ Ngoại giao tổ chức buổi gặp mặt các đồng chí nguyên Lãnh đạo Bộ nhân dịp Tết.             | Buổi gặp mặt các đồng chí nguyên Lãnh đạo Bộ nhân dịp Tết
            Sáng 20/11, Hội thảo quốc tế về Biển Đông lần thứ 15 khai mạc tại Hà Nội.                                  | Hội thảo quốc tế về Biển Đông lần thứ 15
            Các đại biểu hướng tới Đại hội XIV của Đảng.                                                              | ''
            Chiều 22/11, Bộ Ngoại giao tổ chức họp báo thường kỳ tại Trụ sở Bộ.                                       | Họp báo thường kỳ
            """)
    void aCongressAGatheringOrASeminarIsAMeetingOfNoReviewKind(String lead, String name) {
        assertThat(extractor.extract("Tin tức", List.of(lead)).map(Conference::name).orElse(""))
                .isEqualTo(name);
        extractor.extract("Tin tức", List.of(lead)).ifPresent(c -> assertThat(c.kind()).isEqualTo(ConferenceKind.OTHER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ Ngoại giao tổ chức Hội nghị sơ kết 6 tháng triển khai Nghị quyết 59-NQ/TW về hội nhập quốc tế. | OTHER
            Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023.                          | MID_YEAR_REVIEW
            Bộ Ngoại giao tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị 15 về ngoại giao kinh tế.     | OTHER
            """)
    void aReviewOfAResolutionOrADirectiveIsNoReviewOfTheMinistrysYear(String lead, ConferenceKind kind) {
        assertThat(extractor.extract("Tin tức", List.of(lead)).map(Conference::kind).orElse(null)).isEqualTo(kind);
        // named in a headline, where no verb says it was held, it is the meeting all the same
        String headline = lead.substring(lead.indexOf("Hội nghị"), lead.length() - 1);
        assertThat(extractor.extract(headline, List.of()).map(Conference::kind).orElse(null)).isEqualTo(kind);
    }

    @Test
    void protocolWorkIsNoCeremony() {
        assertThat(extractor.extract("Tổng kết công tác lễ tân Năm APEC 2017: chu đáo",
                List.of("Sáng 26/12/2017, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác lễ tân, hậu cần Năm APEC 2017.")))
                .contains(new Conference("Hội nghị tổng kết công tác lễ tân", ConferenceKind.YEAR_END_REVIEW, 0, 0));
        assertThat(extractor.extract("Lễ kỷ niệm Quốc khánh", List.of()))
                .contains(new Conference("Lễ kỷ niệm Quốc khánh", ConferenceKind.OTHER, 0, 0));
    }

    @Test
    void antiCorruptionWorkIsOneNameThoughItsCommaIsNoEnd() {
        assertThat(extractor.extract("Tin", List.of("Sáng 26/12, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác phòng, chống "
                + "tham nhũng năm 2024. Các đại biểu dự đông đủ.")))
                .contains(new Conference("Hội nghị tổng kết công tác phòng, chống tham nhũng năm 2024", ConferenceKind.YEAR_END_REVIEW, 2024, 0));
    }

    @Test
    void borderDemarcationWorkIsOneNameThoughItsCommaIsNoEnd() {
        assertThat(extractor.extract("Báo cáo", List.of("Ngày 31/01/2018, tại thành phố Tây Ninh, Bộ Ngoại giao tổ chức Hội nghị "
                + "sơ kết công tác phân giới, cắm mốc biên giới đất liền Việt Nam – Campuchia năm 2017. Hội nghị thành công.")))
                .map(Conference::name).hasValueSatisfying(name -> assertThat(name).startsWith("Hội nghị sơ kết công tác phân giới, cắm mốc biên giới đất liền Việt Nam – Campuchia"));
    }

    @Test
    void aCommaTheNameRunsOnAfterToItsNumberIsInsideTheName() {
        assertThat(extractor.extract("Báo cáo", List.of("Diễn đàn Trí thức, chuyên gia người Việt Nam ở nước ngoài lần thứ 4 do Bộ "
                + "Ngoại giao tổ chức ngày 5/7/2024 tại Hà Nội.")))
                .contains(new Conference("Diễn đàn Trí thức, chuyên gia người Việt Nam ở nước ngoài lần thứ 4", ConferenceKind.OTHER, 0, 4));
    }

    @Test
    void aClauseAfterTheNameSaysTheYearTheMeetingReviews() {
        assertThat(extractor.extract("Tin", List.of("Sáng 10/1, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Lãnh sự toàn quốc lần "
                + "thứ 10, tổng kết công tác lãnh sự, bảo hộ công dân và cấp thị thực năm 2023, triển khai nhiệm vụ năm 2024.")))
                .contains(new Conference("Hội nghị Lãnh sự toàn quốc lần thứ 10", ConferenceKind.OTHER, 2023, 10));
        assertThat(extractor.extract("Tin", List.of("Sáng 10/1, Bộ Ngoại giao tổ chức Hội nghị Lãnh sự toàn quốc lần thứ 10, "
                + "triển khai nhiệm vụ đến năm 2030.")))
                .contains(new Conference("Hội nghị Lãnh sự toàn quốc lần thứ 10", ConferenceKind.OTHER, 0, 10));
        assertThat(extractor.extract("Hội nghị Lãnh sự toàn quốc lần thứ 10: Lấy người dân làm trung tâm", List.of("Sáng 10/1, Bộ "
                + "Ngoại giao tổ chức Hội nghị Lãnh sự toàn quốc lần thứ 10, tổng kết công tác lãnh sự năm 2023.")))
                .contains(new Conference("Hội nghị Lãnh sự toàn quốc lần thứ 10", ConferenceKind.OTHER, 2023, 10));
    }

    @Test
    void aHeadlineThatNamesAMeetingByItsKindAloneIsNamedByTheReviewUnderIt() {
        assertThat(extractor.extract("BÁO CÁO TÓM TẮT KẾT QUẢ HỘI NGHỊ", List.of("BỘ NGOẠI GIAO - CỤC NGOẠI GIAO KINH TẾ\n"
                + "Tổng kết 10 năm thực hiện Đề án tổng thể về ngoại giao kinh tế giai đoạn 2014-2024", "I. THÔNG TIN CHUNG")))
                .contains(new Conference("Hội nghị tổng kết 10 năm thực hiện Đề án tổng thể về ngoại giao kinh tế giai đoạn 2014-2024",
                        ConferenceKind.OTHER, 2014, 0));
        assertThat(extractor.extract("BÁO CÁO TÓM TẮT KẾT QUẢ HỘI NGHỊ", List.of("Sáng 5/3, các đại biểu đã họp.")))
                .map(Conference::name).contains("Hội nghị");
    }

    @Test
    void aHeadlineThatNamesAMeetingInShortTakesTheFullNameTheLeadGivesIt() {
        assertThat(extractor.extract("Hội thảo khoa học: Cộng đồng ASEAN sau năm 2025", List.of("Ngày 10/1/2025, Học viện Ngoại "
                + "giao tổ chức Hội thảo khoa học \"Cộng đồng ASEAN sau năm 2025: tầm nhìn và vai trò của Việt Nam\". Hội thảo thành công.")))
                .map(Conference::name).contains("Hội thảo khoa học \"Cộng đồng ASEAN sau năm 2025: tầm nhìn và vai trò của Việt Nam\"");
        assertThat(extractor.extract("Hội nghị Ngoại vụ toàn quốc lần thứ 21", List.of("Sáng 5/3, tại Hà Nội, Hội nghị Ngoại vụ "
                + "toàn quốc khai mạc.")))
                .map(Conference::name).contains("Hội nghị Ngoại vụ toàn quốc lần thứ 21");
    }

    @Test
    void aCommaBeforeAClauseThatReachesANumberStillEndsTheName() {
        assertThat(extractor.extract("Tin", List.of("Sáng 5/3, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc, các đại biểu đã dự "
                + "phiên lần thứ 2 về biển.")))
                .map(Conference::name).contains("Hội nghị Ngoại vụ toàn quốc");
        assertThat(extractor.extract("Tin", List.of("Hội nghị Ngoại vụ toàn quốc, Bộ trưởng dự lần thứ 3 liên tiếp.")))
                .map(Conference::name).contains("Hội nghị Ngoại vụ toàn quốc");
    }

    @Test
    void aSessionOrATalkHeadlinedIsTheMeetingReported() {
        assertThat(extractor.extract("Phiên họp lần thứ 3 Tiểu ban Nội dung – Ủy ban Quốc gia ASEAN 2020", List.of()))
                .map(Conference::name).contains("Phiên họp lần thứ 3 Tiểu ban Nội dung – Ủy ban Quốc gia ASEAN 2020");
        assertThat(extractor.extract("Tọa đàm Ngoại giao kinh tế với doanh nghiệp", List.of()))
                .map(Conference::name).contains("Tọa đàm Ngoại giao kinh tế với doanh nghiệp");
    }

    @Test
    void aWorkingSessionOfOneHolderOfTwoTitlesIsNamedWithBoth() {
        assertThat(extractor.extract("Biên bản buổi làm việc của Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Phạm Bình Minh "
                + "với Học viện Ngoại giao", List.of()))
                .contains(new Conference("Buổi làm việc của Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Phạm Bình Minh với "
                        + "Học viện Ngoại giao", ConferenceKind.WORKING_SESSION, 0, 0));
    }
}
