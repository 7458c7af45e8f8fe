package vn.baocao.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Citation;
import vn.baocao.answer.NextPage;
import vn.baocao.answer.Refusal;
import vn.baocao.chat.Focus;
import vn.baocao.chat.Session;
import vn.baocao.report.Passage;
import vn.baocao.search.Intent;

/**
 * A session as text and back. What an answer cites is kept as the passage's report and number, not its
 * text, and found again in the index when read; the focus's question is read again rather than kept read.
 */
public final class SessionCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Finds a passage again by its report's id and its number. */
    @FunctionalInterface
    public interface Passages {
        Optional<Passage> find(String reportId, int ordinal);
    }

    private final Function<String, Intent> reader;
    private final Passages passages;

    /** A codec reading focus questions with {@code reader} and finding cited passages in {@code passages}. */
    public SessionCodec(Function<String, Intent> reader, Passages passages) {
        this.reader = reader;
        this.passages = passages;
    }

    /** {@code session} as text. */
    public String write(Session session) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("touched", session.touched().toEpochMilli());
        Focus f = session.focus();
        if (f != null) {
            ObjectNode focus = root.putObject("focus");
            focus.put("question", f.question());
            focus.put("person", f.person());
            focus.put("meeting", f.meeting());
            focus.put("year", f.year());
            if (!f.meetings().isEmpty()) {
                ArrayNode meetings = focus.putArray("meetings");
                f.meetings().forEach(meetings::add);
            }
            focus.set("answer", answer(f.answer()));
        }
        if (session.lastAnswer() != null) {
            root.set("last", answer(session.lastAnswer()));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a session as text", e);
        }
    }

    /** The session {@code text} holds, or empty when a passage it cites is no longer in the index. */
    public Optional<Session> read(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept session is not the text this version writes: " + e.getOriginalMessage(), e);
        }
        Instant touched = Instant.ofEpochMilli(root.path("touched").asLong());
        Focus focus = null;
        JsonNode f = root.get("focus");
        if (f != null) {
            Optional<Answer> answer = answer(f.get("answer"));
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            String question = f.path("question").asText();
            List<String> meetings = new ArrayList<>();
            f.path("meetings").forEach(m -> meetings.add(m.asText()));
            focus = new Focus(question, reader.apply(question), f.path("person").asText(), f.path("meeting").asText(),
                    f.path("year").asInt(), answer.get(), meetings);
        }
        Answer last = null;
        if (root.get("last") != null) {
            Optional<Answer> answer = answer(root.get("last"));
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            last = answer.get();
        }
        return Optional.of(new Session(focus, last, touched));
    }

    private static ObjectNode answer(Answer a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("question", a.question());
        node.put("text", a.text());
        node.put("kind", a.kind().name());
        node.put("composer", a.composer());
        if (a.refusal() != null) {
            node.put("refusal", a.refusal().reason().code());
            node.put("message", a.refusal().message());
        }
        if (a.next() != null) {
            node.put("next", a.next().request());
            node.put("page", a.next().page());
        }
        ArrayNode citations = node.putArray("citations");
        for (Citation c : a.citations()) {
            ObjectNode cited = citations.addObject();
            cited.put("report", c.passage().report().id());
            cited.put("ordinal", c.passage().ordinal());
            cited.put("quote", c.quote());
        }
        return node;
    }

    private Optional<Answer> answer(JsonNode node) {
        List<Citation> citations = new ArrayList<>();
        for (JsonNode cited : node.path("citations")) {
            Optional<Passage> passage = passages.find(cited.path("report").asText(), cited.path("ordinal").asInt());
            if (passage.isEmpty()) {
                return Optional.empty();
            }
            citations.add(new Citation(citations.size() + 1, passage.get(), cited.path("quote").asText()));
        }
        String question = node.path("question").asText();
        String composer = node.path("composer").asText();
        if (node.hasNonNull("refusal")) {
            return Optional.of(Answer.refused(question, new Refusal(reason(node.path("refusal").asText()),
                    node.path("message").asText()), composer));
        }
        NextPage next = node.hasNonNull("next") ? new NextPage(node.path("next").asText(), node.path("page").asInt()) : null;
        return Optional.of(new Answer(question, node.path("text").asText(), citations,
                AnswerKind.valueOf(node.path("kind").asText()), null, composer, next));
    }

    private static Refusal.Reason reason(String code) {
        for (Refusal.Reason r : Refusal.Reason.values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalStateException("a kept session names a refusal this version does not know: " + code);
    }
}
