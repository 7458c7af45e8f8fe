package vn.baocao.cli;

import java.util.Optional;
import vn.baocao.channel.Library;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.Passage;

/** A bot's view of the index: passages by report id and ordinal, and what the index holds. */
final class IndexLibrary implements Library {
    private final ReportIndex index;

    IndexLibrary(ReportIndex index) {
        this.index = index;
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
}
