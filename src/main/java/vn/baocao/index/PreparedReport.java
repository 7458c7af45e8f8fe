package vn.baocao.index;

import java.util.List;
import org.apache.lucene.document.Document;
import vn.baocao.report.Report;
import vn.baocao.report.Require;

/**
 * A report already turned into its index documents, its texts tokenized: what {@link ReportIndex#put}
 * stages. Preparing is the costly half of a put and needs no index, so it may run on any thread while
 * the index's one writer stages another report. Immutable once built; put it once.
 */
public final class PreparedReport {
    private final Report report;
    private final List<Document> documents;

    private PreparedReport(Report report, List<Document> documents) {
        this.report = report;
        this.documents = documents;
    }

    /** Prepares {@code report}; thread-safe. */
    public static PreparedReport of(Report report) {
        Require.notNull(report, "report");
        return new PreparedReport(report, ReportDocuments.of(report));
    }

    /** The report prepared. */
    public Report report() {
        return report;
    }

    List<Document> documents() {
        return documents;
    }
}
