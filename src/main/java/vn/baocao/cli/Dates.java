package vn.baocao.cli;

import vn.baocao.report.ReportInfo;

/** How the command line writes a report's date: "10/1/2023", or "?" when unknown. */
final class Dates {
    private Dates() {
    }

    static String of(ReportInfo report) {
        return report.date() == null ? "?"
                : vn.baocao.text.Dates.vietnamese(report.date());
    }
}
