package vn.baocao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateMentionTest {

    @Test
    void findsNumericAndWrittenDatesInOrderWithTheirPositions() {
        String text = "Sáng 10/1 và ngày 31 tháng 1 năm 2023";
        List<DateMention> found = DateMention.findAll(text);
        assertThat(found).containsExactly(
                new DateMention(MonthDay.of(1, 10), 0, 5, 9),
                new DateMention(MonthDay.of(1, 31), 2023, 13, text.length()));
    }

    @Test
    void rejectsImpossibleDays() {
        assertThat(DateMention.findAll("31/2, 0/5, 12/13")).isEmpty();
        assertThat(DateMention.findAll("29/2/2023")).isEmpty();
        assertThat(DateMention.findAll("29/2/2024")).extracting(DateMention::fullToken).containsExactly("29/2/2024");
    }

    @Test
    void readsIsoDates() {
        assertThat(DateMention.findAll("on 2023-07-05")).extracting(DateMention::fullToken).containsExactly("5/7/2023");
    }

    @Test
    void tokensHaveNoLeadingZeros() {
        DateMention mention = DateMention.findAll("22/07/2019").getFirst();
        assertThat(mention.dayMonthToken()).isEqualTo("22/7");
        assertThat(mention.fullToken()).isEqualTo("22/7/2019");
    }
}
