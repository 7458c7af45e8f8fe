package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.ReportInfo;

class NamedMeetingsTest {
    private static final Meeting MEKONG = meeting("Hội nghị hợp tác tiểu vùng Mekong", ConferenceKind.OTHER);
    private static final Meeting HEADS = meeting("Hội nghị Trưởng Cơ quan đại diện Việt Nam ở nước ngoài năm 2025", ConferenceKind.OTHER);
    private static final Meeting HOTLINE = meeting("Hội nghị sơ kết 3 năm vận hành Tổng đài bảo hộ công dân", ConferenceKind.OTHER);
    private static final Meeting PEACEKEEPING = meeting("Hội nghị sơ kết 5 năm phối hợp liên ngành tham gia hoạt động "
            + "gìn giữ hòa bình Liên Hợp Quốc giai đoạn 2020–2025", ConferenceKind.OTHER);
    private static final Meeting SESSION = meeting("Buổi làm việc của Phó Thủ tướng với Bộ Ngoại giao", ConferenceKind.WORKING_SESSION);
    private static final List<Meeting> ALL = List.of(MEKONG, HEADS, HOTLINE, PEACEKEEPING, SESSION);

    private static Meeting meeting(String name, ConferenceKind kind) {
        Conference c = new Conference(name, kind, 0, 0);
        ReportInfo report = new ReportInfo(name, name + ".txt", "", name, LocalDate.of(2025, 1, 1), "", c);
        return new Meeting(name, c, report.date(), "", List.of(report), List.of(), List.of());
    }

    private static List<List<String>> runs(String topic) {
        return java.util.Arrays.stream(topic.split(",")).map(run -> List.of(run.strip().split(" "))).toList();
    }

    @Test
    void keysArePairsOfAdjacentWordsOrAWordStandingAloneOnceEach() {
        assertThat(NamedMeetings.keys(runs("tieu vung mekong, mekong, tieu vung")))
                .containsExactly("tieu vung", "vung mekong", "mekong");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hop tac tieu vung mekong                      | Hội nghị hợp tác tiểu vùng Mekong
            mekong                                        | Hội nghị hợp tác tiểu vùng Mekong
            tong dai, dai bieu                            | Hội nghị sơ kết 3 năm vận hành Tổng đài bảo hộ công dân
            truong co quan dai dien viet nam, nuoc ngoai  | Hội nghị Trưởng Cơ quan đại diện Việt Nam ở nước ngoài năm 2025
            tong dai bao ho cong dan                      | Hội nghị sơ kết 3 năm vận hành Tổng đài bảo hộ công dân
            gin giu hoa binh lien hop quoc                | Hội nghị sơ kết 5 năm phối hợp liên ngành tham gia hoạt động gìn giữ hòa bình Liên Hợp Quốc giai đoạn 2020–2025
            """)
    void theMeetingWhoseNameCarriesClearlyMoreOfTheTopicIsTheOneNamed(String topic, String named) {
        assertThat(NamedMeetings.narrowed(ALL, NamedMeetings.keys(runs(topic))))
                .extracting(m -> m.conference().name()).containsExactly(named);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kinh te doi ngoai
            bao ho cong dan, truong co quan dai dien
            hoi nghi
            """)
    void aTopicNoNameCarriesClearlyMoreOfNarrowsNothing(String topic) {
        assertThat(NamedMeetings.narrowed(ALL, NamedMeetings.keys(runs(topic)))).isEqualTo(ALL);
    }

    @Test
    void aMeetingIsCalledByAKindItIsNotWhenItsNameSaysSoAndTheTopicNamesIt() {
        List<String> peacekeeping = NamedMeetings.keys(runs("gin giu hoa binh"));
        assertThat(NamedMeetings.calledByKind(PEACEKEEPING.conference(), ConferenceKind.MID_YEAR_REVIEW, peacekeeping)).isTrue();
        assertThat(NamedMeetings.calledByKindOfTopic(PEACEKEEPING.conference(), ConferenceKind.MID_YEAR_REVIEW,
                runs("gin giu hoa binh"))).isTrue();
        assertThat(NamedMeetings.calledByKindOfTopic(HOTLINE.conference(), ConferenceKind.MID_YEAR_REVIEW,
                runs("gin giu hoa binh"))).isFalse();
        assertThat(NamedMeetings.calledByKind(PEACEKEEPING.conference(), ConferenceKind.YEAR_END_REVIEW, peacekeeping)).isFalse();
        assertThat(NamedMeetings.calledByKind(HOTLINE.conference(), ConferenceKind.MID_YEAR_REVIEW, peacekeeping)).isFalse();
        assertThat(NamedMeetings.calledByKind(MEKONG.conference(), ConferenceKind.MID_YEAR_REVIEW,
                NamedMeetings.keys(runs("hop tac tieu vung mekong")))).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1} {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Hội nghị sơ kết lần thứ ba thực hiện Thỏa thuận với Lào | MID_YEAR_REVIEW | 3 | true
            Hội nghị sơ kết lần thứ ba thực hiện Thỏa thuận với Lào | MID_YEAR_REVIEW | 2 | false
            Hội nghị sơ kết lần thứ ba thực hiện Thỏa thuận với Lào | MID_YEAR_REVIEW | 0 | false
            Hội nghị sơ kết lần thứ ba thực hiện Thỏa thuận với Lào | YEAR_END_REVIEW | 3 | false
            Hội nghị Trưởng Cơ quan đại diện lần thứ ba              | MID_YEAR_REVIEW | 3 | false
            """)
    void aNumberedMeetingIsCalledByTheKindItsNameSaysWhenTheQuestionGivesItsNumber(String name, ConferenceKind asked,
                                                                                 int ordinal, boolean called) {
        Conference numbered = new Conference(name, ConferenceKind.OTHER, 0, 3);
        assertThat(NamedMeetings.calledByKindAndNumber(numbered, asked, ordinal)).isEqualTo(called);
    }

    @Test
    void keysInMoreThanAFifthOfThePassagesCannotTellMeetingsApart() {
        Map<String, Integer> frequency = Map.of("bo ngoai", 60, "ngoai giao", 80, "tieu vung", 5, "vung mekong", 20);
        TermStatistics terms = new TermStatistics() {
            @Override
            public int passageCount() {
                return 100;
            }

            @Override
            public int docFrequency(String foldedPhrase) {
                return frequency.getOrDefault(foldedPhrase, 0);
            }

            @Override
            public int passagesWithAll(List<String> foldedPhrases) {
                throw new UnsupportedOperationException();
            }
        };
        assertThat(NamedMeetings.distinctive(List.of("bo ngoai", "ngoai giao", "tieu vung", "vung mekong"), terms))
                .containsExactly("tieu vung", "vung mekong");
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ngoai giao van hoa, hue | Hội nghị sơ kết công tác ngoại giao văn hóa 6 tháng đầu năm 2024       | true
            ngoai giao van hoa      | Hội nghị Ngoại giao văn hóa toàn quốc                                   | true
            ngoai giao van hoa      | Hội nghị Ngoại giao kinh tế phục vụ phát triển đất nước                 | false
            van hoa                 | Hội nghị sơ kết công tác ngoại giao văn hóa 6 tháng đầu năm 2024       | true
            hue                     | Hội nghị sơ kết công tác ngoại giao văn hóa 6 tháng đầu năm 2024       | false
            """)
    void aMeetingIsNamedByItsFieldWhenItsNameCarriesARunOfTwoWordsOrMore(String topic, String name, boolean named) {
        assertThat(NamedMeetings.namedByARunOf(new Conference(name, ConferenceKind.MID_YEAR_REVIEW, 2024, 0), runs(topic)))
                .isEqualTo(named);
    }
    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            chuyen doi so, bo ngoai giao | MID_YEAR_REVIEW | true
            chuyen doi so                | YEAR_END_REVIEW | false
            doi so                       | MID_YEAR_REVIEW | false
            bo ngoai giao                | MID_YEAR_REVIEW | false
            chuyen doi so hoa            | MID_YEAR_REVIEW | false
            """)
    void aMeetingIsCalledByAKindItIsNotWhenItsNameCarriesASubjectOfThreeWordsThatIsNoBody(String topic, ConferenceKind asked,
                                                                                         boolean called) {
        Conference digital = new Conference("Hội nghị sơ kết công tác chuyển đổi số 6 tháng đầu năm 2024 của Bộ Ngoại giao",
                ConferenceKind.OTHER, 0, 0);
        assertThat(NamedMeetings.calledByKindAndSubject(digital, asked, runs(topic), List.of("Bộ Ngoại giao"))).isEqualTo(called);
    }
}
