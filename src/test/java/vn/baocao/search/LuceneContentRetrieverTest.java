package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.index.ReportIndex;
import vn.baocao.index.SampleReports;

class LuceneContentRetrieverTest {
    @TempDir
    static Path dir;
    static ReportIndex index;
    static Retriever retriever;

    @BeforeAll
    static void indexTheSamples() {
        index = SampleReports.indexIn(dir);
        retriever = new Retriever(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void contentsCarryTheTextAndEverythingNeededToCiteIt() {
        List<Content> contents = new LuceneContentRetriever(retriever, 3).retrieve(Query.from("Phạm Bình Minh nhấn mạnh gì?"));
        assertThat(contents).hasSize(3);
        Content best = contents.getFirst();
        assertThat(best.textSegment().text()).isEqualTo(SampleReports.MID_YEAR_2019.passages().get(2).text());
        assertThat(best.textSegment().metadata().toMap()).containsOnly(
                entry(LuceneContentRetriever.REPORT_ID, "003_60cdc4bfe3deff94"),
                entry(LuceneContentRetriever.SOURCE, "samples/003_60cdc4bfe3deff94.txt"),
                entry(LuceneContentRetriever.TITLE, "Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống"),
                entry(LuceneContentRetriever.DATE, "2019-07-22"),
                entry(LuceneContentRetriever.CONFERENCE, "Hội nghị sơ kết công tác 06 tháng đầu năm 2019 của Bộ Ngoại giao"),
                entry(LuceneContentRetriever.CONFERENCE_KIND, "MID_YEAR_REVIEW"),
                entry(LuceneContentRetriever.PASSAGE, 2),
                entry(LuceneContentRetriever.PEOPLE, "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh"));
        double expectedScore = retriever.retrieve(retriever.parse("Phạm Bình Minh nhấn mạnh gì?"), 1).getFirst().score();
        assertThat(best.metadata()).containsEntry(ContentMetadata.SCORE, expectedScore);
    }

    @Test
    void aReportWithAUrlCitesIt() {
        List<Content> contents = new LuceneContentRetriever(retriever, 1).retrieve(Query.from("Thủ tướng nhấn mạnh nhiệm vụ bao trùm gì?"));
        Metadata metadata = contents.getFirst().textSegment().metadata();
        assertThat(metadata.getString(LuceneContentRetriever.URL)).startsWith("http://www.baoquangtri.vn/");
        assertThat(metadata.getString(LuceneContentRetriever.SOURCE)).isEqualTo(metadata.getString(LuceneContentRetriever.URL));
        assertThat(metadata.getString(LuceneContentRetriever.PEOPLE)).isEqualTo("Thủ tướng Chính phủ Phạm Minh Chính");
    }

    @Test
    void aQueryWithNothingToFindReturnsNoContent() {
        assertThat(new LuceneContentRetriever(retriever, 5).retrieve(Query.from("🙂"))).isEmpty();
        assertThat(new LuceneContentRetriever(retriever, 5).retrieve(Query.from("tổng kết năm 2031"))).isEmpty();
    }

    @Test
    void refusesANonPositiveMaximum() {
        assertThatThrownBy(() -> new LuceneContentRetriever(retriever, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxResults must be in 1..1000, was 0");
    }

    private static Map.Entry<String, Object> entry(String key, Object value) {
        return Map.entry(key, value);
    }
}
