package vn.baocao.channel;

import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;

/** What became of an uploaded document: added, already there, or refused with a reason. */
public sealed interface Intake {

    /** The document is now a report in the index (new, or replacing its earlier version). */
    record Added(ReportInfo report, int passages) implements Intake {
        public Added {
            Require.notNull(report, "report");
        }
    }

    /** The index already holds this text; nothing changed. */
    record Unchanged(ReportInfo report) implements Intake {
        public Unchanged {
            Require.notNull(report, "report");
        }
    }

    /** The document could not be ingested; {@code reason} says why. */
    record Refused(String reason) implements Intake {
        public Refused {
            Require.notBlank(reason, "reason");
        }
    }
}
