package vn.baocao.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import vn.baocao.answer.Citation;
import vn.baocao.chat.Focus;
import vn.baocao.chat.Reply;
import vn.baocao.report.ReportInfo;

/**
 * One turn of {@code baocao chat --json} as one line of JSON: what {@code ask --json} prints for an
 * answer, plus the question actually answered and what the conversation is about after it.
 */
public final class ChatJson {
    private ChatJson() {
    }

    /**
     * {@code reply} to {@code message} as one line: for an answer, the {@link AnswerJson} object with
     * "read_as" (the question answered: the message itself, or the message read against the focus) and
     * "understood" (what the conversation supplied, as the reply's "Hiểu là" line shows it; null when the
     * message was answered as typed); for a
     * command's reply, "message"; for a source shown in full, "source"; and always "focus" (person, meeting,
     * year, question; null when the conversation is about nothing yet).
     */
    public static String write(String message, Reply reply, Optional<Focus> focus) {
        return AnswerJson.text(node(message, reply, focus), message);
    }

    /** The object {@link #write} prints, to add to. */
    public static ObjectNode node(String message, Reply reply, Optional<Focus> focus) {
        ObjectNode root = switch (reply) {
            case Reply.Answered a -> {
                ObjectNode answer = AnswerJson.node(a.answer());
                answer.put("question", message);
                answer.put("read_as", a.readAs() == null ? a.answer().question() : a.readAs());
                answer.put("understood", a.understood());
                yield answer;
            }
            case Reply.Message m -> {
                ObjectNode node = AnswerJson.MAPPER.createObjectNode();
                node.put("question", message);
                node.put("message", m.text());
                yield node;
            }
            case Reply.Source s -> {
                ObjectNode node = AnswerJson.MAPPER.createObjectNode();
                node.put("question", message);
                Citation c = s.citation();
                ReportInfo r = c.passage().report();
                ObjectNode source = node.putObject("source");
                source.put("n", c.n());
                source.put("source", r.source());
                source.put("title", r.title());
                source.put("date", r.date() == null ? null : r.date().toString());
                source.put("conference", r.conferenceName());
                source.put("passage", c.passage().text());
                yield node;
            }
        };
        if (focus.isEmpty()) {
            root.putNull("focus");
        } else {
            ObjectNode node = root.putObject("focus");
            Focus f = focus.get();
            node.put("person", f.person().isEmpty() ? null : f.person());
            node.put("meeting", f.meeting().isEmpty() ? null : f.meeting());
            if (f.year() == 0) {
                node.putNull("year");
            } else {
                node.put("year", f.year());
            }
            node.put("question", f.question());
        }
        return root;
    }
}
