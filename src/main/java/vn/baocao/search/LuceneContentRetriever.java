package vn.baocao.search;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;

/**
 * LangChain4j's view of the index: the best passages for a query's text, each a {@link Content} whose
 * segment carries what a composer needs to number and cite it.
 *
 * <p>Segment metadata: {@link #REPORT_ID}, {@link #SOURCE}, {@link #TITLE} and {@link #PASSAGE} always;
 * {@link #URL}, {@link #DATE} (ISO), {@link #PLACE}, {@link #CONFERENCE}, {@link #CONFERENCE_KIND},
 * {@link #CONFERENCE_ORDINAL} and {@link #PEOPLE} ("Bộ trưởng Ngoại giao Bùi Thanh Sơn; …") when known.
 * The content's {@link ContentMetadata#SCORE} is the retrieval score. Thread-safe.
 */
public final class LuceneContentRetriever implements ContentRetriever {
    public static final String REPORT_ID = "report_id";
    public static final String SOURCE = "source";
    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String DATE = "date";
    public static final String PLACE = "place";
    public static final String CONFERENCE = "conference";
    public static final String CONFERENCE_KIND = "conference_kind";
    public static final String CONFERENCE_ORDINAL = "conference_ordinal";
    public static final String PASSAGE = "passage_ordinal";
    public static final String PEOPLE = "people";

    private final Retriever retriever;
    private final int maxResults;

    /** Returns at most {@code maxResults} contents per query from {@code retriever}. */
    public LuceneContentRetriever(Retriever retriever, int maxResults) {
        this.retriever = Require.notNull(retriever, "retriever");
        Require.that(maxResults > 0 && maxResults <= Retriever.MAX_LIMIT,
                "maxResults must be in 1.." + Retriever.MAX_LIMIT + ", was " + maxResults);
        this.maxResults = maxResults;
    }

    /** The best passages for {@code query}'s text, best first; empty when nothing matches. */
    @Override
    public List<Content> retrieve(Query query) {
        Require.notNull(query, "query");
        Intent intent = retriever.parse(query.text());
        return retriever.retrieve(intent, maxResults).stream()
                .map(hit -> Content.from(segment(hit.passage()), Map.of(ContentMetadata.SCORE, (double) hit.score())))
                .toList();
    }

    private static TextSegment segment(Passage passage) {
        ReportInfo report = passage.report();
        Metadata metadata = new Metadata()
                .put(REPORT_ID, report.id())
                .put(SOURCE, report.source())
                .put(TITLE, report.title())
                .put(PASSAGE, passage.ordinal());
        putIfPresent(metadata, URL, report.url());
        putIfPresent(metadata, DATE, report.date() == null ? "" : report.date().toString());
        putIfPresent(metadata, PLACE, report.place());
        if (report.conference() != null) {
            metadata.put(CONFERENCE, report.conference().name());
            metadata.put(CONFERENCE_KIND, report.conference().kind().name());
            if (report.conference().ordinal() != 0) {
                metadata.put(CONFERENCE_ORDINAL, report.conference().ordinal());
            }
        }
        putIfPresent(metadata, PEOPLE, passage.people().stream().map(Person::titled).collect(Collectors.joining("; ")));
        return TextSegment.from(passage.text(), metadata);
    }

    private static void putIfPresent(Metadata metadata, String key, String value) {
        if (!value.isEmpty()) {
            metadata.put(key, value);
        }
    }
}
