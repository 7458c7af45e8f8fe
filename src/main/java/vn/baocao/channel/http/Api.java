package vn.baocao.channel.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.Reply;
import vn.baocao.json.AnswerJson;
import vn.baocao.json.ChatJson;
import vn.baocao.json.MeetingJson;
import vn.baocao.json.SpeakerJson;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

/**
 * The public API: questions in a conversation, conferences, speakers, a passage in full, summaries, health.
 * Answers are the {@code chat --json} object; each citation also names its passage ({@code report},
 * {@code ordinal}) so a client can open it in full at {@code /api/reports/{report}/passages/{ordinal}}.
 */
final class Api {
    /** The largest JSON body a question or a summary request may have; a question itself stops at 1,000 characters. */
    static final int MAX_JSON_BYTES = 16 * 1024;
    /** The longest summary target read. */
    private static final int MAX_TARGET_CHARS = 500;
    /**
     * A conversation id the client keeps: any 1 to 128 characters but control characters (a UUID, a user's id in
     * the portal that embeds the API); it only names the conversation, prefixed so it never names a bot's chat.
     */
    private static final Pattern CONVERSATION = Pattern.compile("[^\\p{Cntrl}]{1,128}");
    static final Pattern PASSAGE_PATH = Pattern.compile("/api/reports/([^/]+)/passages/([^/]+)");
    /** The server's chats are kept apart from the bots' in the shared conversation store. */
    private static final String CHAT_PREFIX = "web:";

    private final Services services;
    private final Metrics metrics;

    Api(Services services, Metrics metrics) {
        this.services = services;
        this.metrics = metrics;
    }

    /**
     * {@code POST /api/ask {question, conversation?}}: the reply in the conversation (a new one when none is
     * named, its id returned in {@code conversation}); as an event stream when the client accepts one.
     */
    void ask(Exchange ex) {
        ObjectNode body = ex.jsonBody(MAX_JSON_BYTES);
        String question = text(body, "question", true);
        String conversation = text(body, "conversation", false);
        if (conversation == null) {
            conversation = UUID.randomUUID().toString();
        } else if (!CONVERSATION.matcher(conversation).matches()) {
            throw Problem.badRequest("bad_conversation", "conversation must be 1 to 128 characters without line breaks "
                    + "or other control characters (the id an earlier answer returned)");
        }
        String chatId = CHAT_PREFIX + conversation;
        ChatService chat = services.chat();
        boolean streamed = ex.header("Accept").orElse("").toLowerCase(Locale.ROOT).contains("text/event-stream");
        long start = System.nanoTime();
        if (!streamed) {
            Reply reply = chat.handle(chatId, question);
            ex.json(200, replied(question, conversation, chatId, reply, start));
            return;
        }
        try (EventStream events = ex.events()) {
            Reply reply = chat.handle(chatId, question, draft -> {
                ObjectNode d = AnswerJson.MAPPER.createObjectNode();
                d.put("answer", draft);
                events.send("draft", d);
            });
            events.send("answer", replied(question, conversation, chatId, reply, start));
        }
    }

    /** The reply as the client reads it, counted. */
    private ObjectNode replied(String question, String conversation, String chatId, Reply reply, long start) {
        ChatService chat = services.chat();
        if (reply instanceof Reply.Answered a) {
            metrics.answered(a.answer(), System.nanoTime() - start);
        }
        chat.usage().record(reply);
        ObjectNode node = ChatJson.node(question, reply, chat.focus(chatId));
        node.put("conversation", conversation);
        if (reply instanceof Reply.Answered a) {
            addPassages(node, a.answer().citations());
        } else if (reply instanceof Reply.Source s) {
            ((ObjectNode) node.get("source")).put("report", s.citation().passage().report().id())
                    .put("ordinal", s.citation().passage().ordinal());
        }
        return node;
    }

    /** {@code GET /api/conferences}: the conferences as {@code conferences --json} writes each. */
    void conferences(Exchange ex) {
        ArrayNode all = AnswerJson.MAPPER.createArrayNode();
        services.reports().meetings().forEach(m -> all.add(MeetingJson.node(m)));
        ex.json(200, all);
    }

    /** {@code GET /api/speakers}: the speakers as {@code speakers --json} writes each. */
    void speakers(Exchange ex) {
        ArrayNode all = AnswerJson.MAPPER.createArrayNode();
        services.reports().speakers().forEach(s -> all.add(SpeakerJson.node(s)));
        ex.json(200, all);
    }

    /** {@code GET /api/reports/{id}/passages/{n}}: the passage in full, with its report's metadata. */
    void passage(Exchange ex, Matcher path) {
        String reportId = path.group(1);
        int ordinal;
        try {
            ordinal = Integer.parseInt(path.group(2));
        } catch (NumberFormatException e) {
            throw Problem.badRequest("bad_ordinal", "the passage number must be a whole number from 0, was " + path.group(2));
        }
        if (ordinal < 0) {
            throw Problem.badRequest("bad_ordinal", "the passage number must be a whole number from 0, was " + ordinal);
        }
        Passage p = services.reports().passage(reportId, ordinal)
                .orElseThrow(() -> Problem.notFound("no passage " + ordinal + " in a report with id " + reportId));
        ObjectNode node = AnswerJson.MAPPER.createObjectNode();
        ReportInfo r = p.report();
        node.put("report", r.id());
        node.put("ordinal", p.ordinal());
        node.put("source", r.source());
        node.put("url", r.url());
        node.put("title", r.title());
        node.put("date", r.date() == null ? null : r.date().toString());
        node.put("conference", r.conferenceName());
        node.put("passage", p.text());
        ex.json(200, node);
    }

    /** {@code POST /api/summaries {target}}: the cited summary, as {@code summarize --json} writes it. */
    void summaries(Exchange ex) {
        String target = text(ex.jsonBody(MAX_JSON_BYTES), "target", true);
        if (target.isBlank() || target.length() > MAX_TARGET_CHARS) {
            throw Problem.badRequest("bad_target", "target must name a report, a conference, a person or a year in 1 to "
                    + MAX_TARGET_CHARS + " characters, e.g. \"tổng kết 2022\"");
        }
        Answer summary = services.summaries().apply(target);
        ObjectNode node = AnswerJson.node(summary);
        addPassages(node, summary.citations());
        ex.json(200, node);
    }

    /** {@code GET /health}: 200 when the index can be read, with its report count and schema; 503 when not. */
    void health(Exchange ex) {
        ObjectNode node = AnswerJson.MAPPER.createObjectNode();
        ObjectNode index = node.putObject("index");
        try {
            Reports reports = services.reports();
            index.put("readable", true);
            index.put("reports", reports.reportCount());
            index.put("passages", reports.passageCount());
            index.put("schema", reports.schema());
            node.put("status", "ok");
            ex.json(200, node);
        } catch (RuntimeException e) {
            index.removeAll();
            index.put("readable", false);
            index.put("error", e.getMessage());
            node.put("status", "unavailable");
            ex.json(503, node);
        }
    }

    /** Each citation in {@code node} also names its passage: report id and ordinal. */
    private static void addPassages(ObjectNode node, List<Citation> citations) {
        JsonNode array = node.get("citations");
        for (int i = 0; i < citations.size() && array != null; i++) {
            Passage p = citations.get(i).passage();
            ((ObjectNode) array.get(i)).put("report", p.report().id()).put("ordinal", p.ordinal());
        }
    }

    /** The string field {@code name} of {@code body}: null when absent and optional, a problem when required or not a string. */
    private static String text(ObjectNode body, String name, boolean required) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw Problem.badRequest("missing_field", "the body must have \"" + name + "\", a string");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw Problem.badRequest("bad_field", "\"" + name + "\" must be a string, was " + value.getNodeType()
                    .name().toLowerCase(Locale.ROOT));
        }
        return value.asText();
    }
}
