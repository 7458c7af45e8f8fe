package vn.baocao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import picocli.CommandLine.Command;
import vn.baocao.index.ReportIndex;
import vn.baocao.json.SpeakerJson;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Speaker;

/** {@code baocao speakers [--index DIR] [--json]}: the people the reports quote, most statements first. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "List the people the reports quote, with their roles and statement counts.")
final class SpeakersCommand extends ListCommand<Speaker> {

    @Override
    List<Speaker> items(ReportIndex index) {
        return index.speakers();
    }

    /** "Bùi Thanh Sơn – Bộ trưởng Bộ Ngoại giao – 13 phát biểu tại 3 báo cáo (5/7/2023, …)". */
    @Override
    String line(Speaker s) {
        StringBuilder dates = new StringBuilder();
        for (ReportInfo r : s.reports()) {
            dates.append(dates.isEmpty() ? "" : ", ").append(Dates.of(r));
        }
        String role = s.person().role().isEmpty() ? "" : " – " + s.person().role();
        return s.person().name() + role + " – " + s.statements() + " phát biểu tại " + s.reports().size()
                + " báo cáo (" + dates + ")";
    }

    @Override
    ObjectNode node(Speaker s) {
        return SpeakerJson.node(s);
    }
}
