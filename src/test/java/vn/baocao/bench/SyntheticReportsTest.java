package vn.baocao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.text.VietnameseText;

class SyntheticReportsTest {
    private static final SampleSentences SAMPLES = SampleSentences.load();

    @Test
    void theSameSeedWritesTheSameReportInAnyOrder() {
        SyntheticReports one = new SyntheticReports(42, SAMPLES);
        SyntheticReports two = new SyntheticReports(42, SAMPLES);
        String fifth = one.text(5);
        two.text(9);
        assertThat(two.text(5)).isEqualTo(fifth);
        assertThat(new SyntheticReports(43, SAMPLES).text(5)).isNotEqualTo(fifth);
    }

    @Test
    void replacesTheSamplesPeopleWithTheArchivesOwn() {
        SyntheticReports reports = new SyntheticReports(42, SAMPLES);
        for (int i = 0; i < 50; i++) {
            assertThat(reports.text(i)).doesNotContain("Bùi Thanh Sơn", "Phạm Minh Chính", "Trần Lưu Quang", "Phạm Bình Minh");
        }
    }

    @Test
    void theYearEndReviewNamesTheYearsMinisterAsChair() {
        SyntheticReports reports = new SyntheticReports(42, SAMPLES);
        String review = java.util.stream.IntStream.range(0, 100).mapToObj(reports::text)
                .filter(t -> t.startsWith("Hội nghị tổng kết")).findFirst().orElseThrow();
        int reviewed = Integer.parseInt(review.substring(review.indexOf("năm ") + 4, review.indexOf('\n')));
        assertThat(review).contains("Bộ trưởng Ngoại giao " + reports.cast().minister(reviewed + 1) + " chủ trì Hội nghị");
    }

    @Test
    void theQuestionMixHasEveryKindAccentedAndNot() {
        List<QuestionMix.Question> questions = QuestionMix.of(1, 200, new Cast(1));
        Map<QuestionMix.Kind, int[]> accentedAndNot = new EnumMap<>(QuestionMix.Kind.class);
        for (QuestionMix.Question q : questions) {
            accentedAndNot.computeIfAbsent(q.kind(), k -> new int[2])[VietnameseText.hasDiacritics(q.text()) ? 0 : 1]++;
        }
        assertThat(accentedAndNot).containsOnlyKeys(QuestionMix.Kind.values());
        assertThat(accentedAndNot.get(QuestionMix.Kind.WHO)).containsExactly(20, 20);
        assertThat(accentedAndNot.get(QuestionMix.Kind.SUMMARY)).containsExactly(10, 10);
        assertThat(QuestionMix.of(1, 200, new Cast(1))).isEqualTo(questions);
    }
}
