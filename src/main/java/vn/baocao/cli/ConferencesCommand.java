package vn.baocao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import picocli.CommandLine.Command;
import vn.baocao.index.ReportIndex;
import vn.baocao.json.MeetingJson;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;

/**
 * {@code baocao conferences [--index DIR] [--json]}: the conferences the reports are about, earliest
 * first, with kind, period, date, who presided and the reports about each.
 */
@Command(name = "conferences", mixinStandardHelpOptions = true,
        description = "List the conferences the reports are about: kind, date, who presided, reports.")
final class ConferencesCommand extends ListCommand<Meeting> {

    @Override
    List<Meeting> items(ReportIndex index) {
        return index.meetings();
    }

    /** "10/1/2023 – Hội nghị tổng kết … năm 2022 – tổng kết năm 2022 – chủ trì: … – 1 báo cáo". */
    @Override
    String line(Meeting m) {
        StringBuilder out = new StringBuilder(Dates.of(m.reports().getFirst())).append(" – ")
                .append(m.conference().name()).append(" – ").append(m.conference().kind().label());
        if (m.conference().periodYear() > 0) {
            out.append(" năm ").append(m.conference().periodYear());
        }
        for (Participation p : m.leaders()) {
            out.append(" – ").append(p.part().label()).append(": ").append(p.person().titled());
        }
        return out.append(" – ").append(m.reports().size()).append(" báo cáo").toString();
    }

    @Override
    ObjectNode node(Meeting m) {
        return MeetingJson.node(m);
    }
}
