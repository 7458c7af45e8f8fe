package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.index.ReportIndex;
import vn.baocao.testing.SampleIndex;

class PlainBm25Test {
    @TempDir
    static Path dir;
    static ReportIndex index;
    static PlainBm25 bm25;

    @BeforeAll
    static void indexTheSamples() {
        index = SampleIndex.open(dir);
        bm25 = new PlainBm25(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void ranksThePassageThatHasTheRareWordsFirstWithOrWithoutAccents() {
        List<PassageHit> accented = bm25.top("điểm cầu Cao Bằng", 3);
        List<PassageHit> folded = bm25.top("diem cau cao bang", 3);
        assertThat(accented.getFirst().passage().text()).startsWith("Dự hội nghị tại điểm cầu Cao Bằng có đồng chí Nguyễn Bích Ngọc");
        assertThat(folded).isEqualTo(accented);
    }

    @Test
    void returnsAtMostTheLimitBestFirst() {
        List<PassageHit> hits = bm25.top("Bộ trưởng Bùi Thanh Sơn", 4);
        assertThat(hits).hasSize(4);
        assertThat(hits).extracting(PassageHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void findsNothingForTextWithoutWordsAndReadsQuerySyntaxAsText() {
        assertThat(bm25.top("?!… ", 10)).isEmpty();
        assertThat(bm25.top("AND ( \" *:* bitcoin", 10)).isEmpty();
    }

    @Test
    void refusesALimitOutOfRange() {
        assertThatThrownBy(() -> bm25.top("hội nghị", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }
}
