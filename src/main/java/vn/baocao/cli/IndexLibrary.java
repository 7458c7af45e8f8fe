package vn.baocao.cli;

import java.util.List;
import java.util.Optional;
import vn.baocao.channel.http.Reports;
import vn.baocao.index.Fields;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.Meeting;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Speaker;

/**
 * A channel's view of the index: passages by report id and ordinal, and what the index holds (a bot's
 * {@link vn.baocao.channel.Library}); the conferences, speakers and reports the HTTP API lists.
 */
public final class IndexLibrary implements Reports {
    private final ReportIndex index;

    IndexLibrary(ReportIndex index) {
        this.index = index;
    }

    /** The view of {@code index} a channel reads. */
    public static IndexLibrary of(ReportIndex index) {
        return new IndexLibrary(index);
    }

    @Override
    public Optional<Passage> passage(String reportId, int ordinal) {
        return index.passage(reportId, ordinal);
    }

    @Override
    public int reportCount() {
        return index.stats().reports();
    }

    @Override
    public int passageCount() {
        return index.stats().passages();
    }

    @Override
    public List<Meeting> meetings() {
        return index.meetings();
    }

    @Override
    public List<Speaker> speakers() {
        return index.speakers();
    }

    @Override
    public List<ReportInfo> reports() {
        return index.reports();
    }

    @Override
    public String schema() {
        return Fields.SCHEMA_VERSION;
    }
}
