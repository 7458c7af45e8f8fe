package vn.baocao.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;

/**
 * A conference as {@code baocao conferences --json} prints it: key, name, kind, period year, number, date,
 * place, participants (name, role, part, connection point, sentence), speakers and reports.
 */
public final class MeetingJson {
    private MeetingJson() {
    }

    /** {@code m} as one JSON object. */
    public static ObjectNode node(Meeting m) {
        ObjectNode node = AnswerJson.MAPPER.createObjectNode();
        node.put("key", m.key());
        node.put("name", m.conference().name());
        node.put("kind", m.conference().kind().name());
        node.put("periodYear", m.conference().periodYear());
        node.put("ordinal", m.conference().ordinal());
        node.put("date", m.date() == null ? null : m.date().toString());
        node.put("place", m.place());
        ArrayNode participants = node.putArray("participants");
        for (Participation p : m.participations()) {
            participants.addObject().put("name", p.person().name()).put("role", p.person().role())
                    .put("part", p.part().name()).put("point", p.point()).put("sentence", p.sentence());
        }
        people(node.putArray("speakers"), m.speakers());
        reports(node.putArray("reports"), m.reports());
        return node;
    }

    /** Each of {@code reports} as {title, date, source}, added to {@code array}. */
    static void reports(ArrayNode array, List<ReportInfo> reports) {
        reports.forEach(r -> array.addObject().put("title", r.title())
                .put("date", r.date() == null ? null : r.date().toString()).put("source", r.source()));
    }

    private static void people(ArrayNode array, List<Person> people) {
        people.forEach(p -> array.addObject().put("name", p.name()).put("role", p.role()));
    }
}
