package vn.baocao.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.baocao.report.Speaker;

/** A person the reports quote, as {@code baocao speakers --json} prints them: name, role, statements, reports. */
public final class SpeakerJson {
    private SpeakerJson() {
    }

    /** {@code s} as one JSON object. */
    public static ObjectNode node(Speaker s) {
        ObjectNode node = AnswerJson.MAPPER.createObjectNode();
        node.put("name", s.person().name());
        node.put("role", s.person().role());
        node.put("statements", s.statements());
        MeetingJson.reports(node.putArray("reports"), s.reports());
        return node;
    }
}
