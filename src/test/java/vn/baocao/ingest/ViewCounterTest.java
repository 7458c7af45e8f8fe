package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewCounterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Lượt xem: 2.318                                                             ; 2.318
            Luot xem 1246                                                               ; 1246
            👁 3.518 lượt xem                                                           ; 3.518
            17/12/2021 11:30 · Lượt đọc: 12.458                                         ; 12.458
            Minh Châu | Thứ Sáu, 20/12/2024 | 16:42 (GMT+7) | Số lượt xem: 4.517         ; 4.517
            """)
    void readsTheCountOfACounterLine(String line, String count) {
        assertThat(ViewCounter.count(line)).contains(count);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            các video ngắn về thác Bản Giốc đã đạt hơn 15 triệu lượt xem trong năm 2023.
            với loạt video "Ngoại giao trẻ kể chuyện" đạt hơn 1,5 triệu lượt xem;
            Lượt xem:
            Thứ hai, 22/07/2019 19:00 PM - 0 Trả lời
            Chương trình quảng bá du lịch trên mạng xã hội của tỉnh đã thu hút 250.000 lượt xem và hàng nghìn lượt chia sẻ từ bạn bè quốc tế trong tháng đầu.
            """)
    void findsNoCountWhereThereIsNoCounter(String line) {
        assertThat(ViewCounter.count(line)).isEmpty();
    }
}
