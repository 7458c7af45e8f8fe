package vn.baocao.report;

import java.util.List;

/**
 * A person who speaks in the reports, with how often and where.
 *
 * @param person     the person, with the role of the latest report where they speak
 * @param statements how many statements the reports attribute to them
 * @param reports    the reports where they speak, earliest first
 */
public record Speaker(Person person, int statements, List<ReportInfo> reports) {
    public Speaker {
        Require.notNull(person, "speaker");
        reports = List.copyOf(reports);
    }
}
