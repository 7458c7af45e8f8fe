package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the days, runs of days and parts of a day a sentence gives are read. */
class DaysInTextTest {

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Hội nghị diễn ra trong hai ngày 27 và 28/8/2024 tại Hà Nội.       | 2024-08-27 | 27 và 28/8/2024
            Từ ngày 19 đến ngày 21/12/2023, Bộ tổ chức Hội nghị.              | 2023-12-19 | từ ngày 19 đến ngày 21/12/2023
            Trong ba ngày 19-21/12/2023, Bộ tổ chức Hội nghị.                 | 2023-12-19 | 19-21/12/2023
            Hội nghị diễn ra trong hai ngày 27 và 28/8/2024 tại Hà Nội.       | 2024-08-28 | -
            Phiên toàn thể diễn ra sáng 27/8.                                 | 2024-08-27 | -
            Điểm 5 và 6 của Kế hoạch được thông qua ngày 27/8.                | 2024-08-27 | -
            """)
    void aRunOfDaysCountsFromItsFirstDay(String sentence, LocalDate held, String run) {
        assertThat(DaysInText.runFrom(sentence, held)).isEqualTo(Optional.ofNullable(run));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị diễn ra ngày 22/7/2024 tại Hạ Long.                          | 2024-07-22 | true
            Hội nghị diễn ra trong một ngày, ngày 22 tháng 7 năm 2024, tại Hạ Long. | 2024-07-22 | true
            Văn bản số 4567/VPCP-QHQT ngày 10 tháng 6 năm 2024.                  | 2024-07-22 | false
            Sáng 22/7, Hội nghị khai mạc.                                        | 2024-07-23 | false
            """)
    void aSentenceStatesTheDayWrittenInFiguresOrInWords(String sentence, LocalDate day, boolean states) {
        assertThat(DaysInText.statesDay(sentence, day)).isEqualTo(states);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Hội nghị diễn ra trong hai ngày 27 và 28/8/2024 tại Hà Nội.       | 2024-08-27 | 2024-08-28
            Từ ngày 19 đến ngày 21/12/2023, Bộ tổ chức Hội nghị.              | 2023-12-19 | 2023-12-21
            Hội nghị họp từ 30/12 đến 2/1.                                    | 2023-12-30 | 2024-01-02
            Hội nghị họp từ 30/12 đến 31/2.                                   | 2023-12-30 | -
            Phiên toàn thể diễn ra sáng 27/8.                                 | 2024-08-27 | -
            """)
    void theLastDayOfARunIsAfterItsFirst(String sentence, LocalDate held, LocalDate last) {
        assertThat(DaysInText.lastDayOfRun(sentence, held)).isEqualTo(Optional.ofNullable(last));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chiều ngày 31-1, tại Trụ sở Bộ Ngoại giao, Phó Thủ tướng làm việc.   | 2023-01-31 | 'chiều '
            Sáng nay 6/1, Bộ Ngoại giao tổ chức hội nghị.                       | 2025-01-06 | 'sáng '
            Sáng 10/1, Bộ Ngoại giao tổ chức hội nghị.                          | 2023-01-11 | ''
            Hội nghị diễn ra ngày 5/7.                                          | 2023-07-05 | ''
            """)
    void thePartOfTheDayIsTheOneTheSentenceGivesForTheDayHeld(String sentence, LocalDate held, String part) {
        assertThat(DaysInText.partOfDay(sentence, held)).isEqualTo(part);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Thời gian: 15h00–16h10, thứ Năm, ngày 31/7/2025        | 15h00
            Hội nghị khai mạc lúc 8 giờ 30 sáng 10/1.              | lúc 8 giờ 30
            Phiên họp bắt đầu 14:30.                               | 14:30
            Hội nghị diễn ra ngày 10/1/2023 tại Hà Nội.            | -
            Kim ngạch đạt 30,5 tỷ USD, tăng 12 % so với năm trước. | -
            """)
    void anHourIsOneAsReportsWriteIt(String sentence, String hour) {
        assertThat(DaysInText.hourIn(sentence)).isEqualTo(Optional.ofNullable(hour));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thời gian: từ 14h00 đến 16h20, thứ Ba, ngày 6/1/2026.   | 14h00 16h20
            Phiên họp bắt đầu lúc 8 giờ 30 và kết thúc lúc 11 giờ.  | 8 giờ 30 11 giờ
            Hội nghị diễn ra ngày 10/1/2023 tại Hà Nội.             | ''
            """)
    void theHoursOfASentenceAreEveryHourItWritesInOrder(String sentence, String hours) {
        assertThat(String.join(" ", DaysInText.hoursIn(sentence))).isEqualTo(hours);
    }
}
