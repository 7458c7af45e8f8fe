package vn.baocao.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.report.ReportInfo;

/** The JSON form of an answer, exactly as DESIGN §2 specifies it: one object on one line. */
public final class AnswerJson {
    /** The mapper every writer of this package uses: Vietnamese as it is, line ends escaped. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new LineSafeEscapes());
    }

    /**
     * Escapes the characters some readers take for line ends (U+0085, U+2028, U+2029), so that one
     * answer is one line for every reader; everything else, Vietnamese included, stays as it is.
     */
    private static final class LineSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x85 || ch == 0x2028 || ch == 0x2029
                    ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private AnswerJson() {
    }

    /**
     * {"question", "answer", "abstained", "kind", "refusal", "citations": [{n, source, title, date,
     * conference, quote}], "composer": "extractive" | "llm"}: "kind" is answer, list, summary, comparison or
     * refusal; "refusal" is the reason's stable code, null when answered.
     */
    public static String write(Answer answer) {
        return text(node(answer), answer.question());
    }

    /** The object {@link #write} prints, to add to. */
    public static ObjectNode node(Answer answer) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("question", answer.question());
        root.put("answer", answer.text());
        root.put("abstained", answer.abstained());
        root.put("kind", answer.kind().name().toLowerCase(java.util.Locale.ROOT));
        root.put("refusal", answer.refusal() == null ? null : answer.refusal().reason().code());
        ArrayNode citations = root.putArray("citations");
        for (Citation c : answer.citations()) {
            ReportInfo r = c.passage().report();
            ObjectNode node = citations.addObject();
            node.put("n", c.n());
            node.put("source", r.source());
            node.put("title", r.title());
            node.put("date", r.date() == null ? null : r.date().toString());
            node.put("conference", r.conferenceName());
            node.put("quote", c.quote());
        }
        root.put("composer", answer.composer());
        return root;
    }

    /** {@code root} on one line: no raw line break in any string, whatever the text holds. */
    public static String text(ObjectNode root, String question) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the reply to \"" + question + "\" as JSON", e);
        }
    }
}
