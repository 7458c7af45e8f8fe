package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleExtractorTest {
    private static final String TITLE = "Hội nghị Trưởng Cơ quan đại diện 2025: Ngoại giao tiên phong trong kỷ nguyên vươn mình";
    private final TitleExtractor extractor = new TitleExtractor();

    private static CleanDocument body(String... paragraphs) {
        return new CleanDocument(java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList(), null, "", "", "", "");
    }

    private List<String> bodyAfter(String declared, CleanDocument document) {
        return extractor.extract(document, declared).body().stream().map(Block::text).toList();
    }

    @Test
    void aPrintedHeadlinesLinesLeaveTheBody() {
        assertThat(bodyAfter(TITLE, body("Hội nghị Trưởng Cơ quan đại diện 2025: Ngoại giao tiên",
                "phong trong kỷ nguyên vươn mình", "Ngày 18/8/2025, Bộ Ngoại giao khai mạc Hội nghị.")))
                .containsExactly("Ngày 18/8/2025, Bộ Ngoại giao khai mạc Hội nghị.");
    }

    @Test
    void whatRunsOnAfterAHeadlinesLastLineStays() {
        assertThat(bodyAfter(TITLE, body("Hội nghị Trưởng Cơ quan đại diện 2025: Ngoại giao tiên",
                "phong trong kỷ nguyên vươn mình Hà Nội, ngày 20/8/2025 – Bản tin", "Ngày 18/8/2025, Hội nghị khai mạc.")))
                .containsExactly("Hà Nội, ngày 20/8/2025 – Bản tin", "Ngày 18/8/2025, Hội nghị khai mạc.");
    }

    @Test
    void aBodyThatOnlyStartsLikeTheTitleIsKept() {
        assertThat(bodyAfter(TITLE, body("Hội nghị Trưởng Cơ quan đại diện 2025 đã khai mạc.", "Các đại biểu dự đông đủ.")))
                .containsExactly("Hội nghị Trưởng Cơ quan đại diện 2025 đã khai mạc.", "Các đại biểu dự đông đủ.");
    }
}
