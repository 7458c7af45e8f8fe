package vn.baocao.channel.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.channel.Intake;
import vn.baocao.channel.RefusalLog;
import vn.baocao.chat.RefusedQuestion;
import vn.baocao.json.AnswerJson;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.ReportInfo;

/**
 * The admin's endpoints, behind the bearer token: upload a report (the same formats, size limit and parsing
 * as a Telegram upload), list the reports with their meeting facts, and list the questions the reports did
 * not answer, with reason and count. Without a token configured they do not exist (404). A request without
 * the right token gets 401; refusals are logged once a minute per address, never with what was sent.
 */
final class Admin {
    private static final Logger LOG = LoggerFactory.getLogger(Admin.class);
    static final int DEFAULT_REFUSED = 100;
    private static final int MAX_REFUSED = 10_000;

    private final Optional<AdminToken> token;
    private final Services services;
    private final long maxUploadBytes;
    private final RefusalLog refusals = new RefusalLog(Duration.ofMinutes(1));

    Admin(Optional<String> token, Services services, long maxUploadBytes) {
        this.token = token.map(AdminToken::new);
        this.services = services;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Lets the request through when it carries the token; else a problem (404 when the admin is off). */
    void authorize(Exchange ex) {
        if (token.isEmpty()) {
            throw Problem.notFound("the admin is off: start baocao serve with BAOCAO_ADMIN_TOKEN set to use it");
        }
        if (!token.get().matches(ex.header("Authorization"))) {
            long unlogged = refusals.unloggedBefore(ex.client(), System.nanoTime());
            if (unlogged >= 0) {
                LOG.warn("admin: a request from {} without the right token, refused{}", ex.client(),
                        unlogged == 0 ? "" : " (and " + unlogged + " more from there since the last line)");
            }
            throw new Problem(401, "unauthorized", "the admin needs the token: Authorization: Bearer <BAOCAO_ADMIN_TOKEN>",
                    Map.of("WWW-Authenticate", "Bearer realm=\"baocao admin\""));
        }
    }

    /** {@code POST /api/admin/reports?name=FILE}, the document as the body: ingested, or refused with the reason. */
    void upload(Exchange ex) {
        String name = ex.query("name").map(String::strip).filter(n -> !n.isEmpty())
                .orElseThrow(() -> Problem.badRequest("missing_name", "name the document: POST /api/admin/reports?name=bao-cao.pdf"));
        if (!services.uploads().accepts(name)) {
            throw new Problem(415, "unsupported_type", "\"" + name + "\" is not a type baocao reads: .txt, .md, .html, .htm, .pdf, "
                    + ".docx or .eml");
        }
        byte[] content = ex.body(maxUploadBytes);
        if (content.length == 0) {
            throw Problem.badRequest("empty_upload", "the request body is empty: send the document itself as the body");
        }
        Intake result = services.uploads().ingest(name, content);
        LOG.info("admin: upload {} ({} bytes) from {}: {}", name, content.length, ex.client(), result);
        ObjectNode node = AnswerJson.MAPPER.createObjectNode();
        switch (result) {
            case Intake.Added a -> {
                node.put("status", "added");
                node.set("report", report(a.report(), null));
                node.put("passages", a.passages());
                ex.json(201, node);
            }
            case Intake.Unchanged u -> {
                node.put("status", "unchanged");
                node.set("report", report(u.report(), null));
                ex.json(200, node);
            }
            case Intake.Refused r -> throw new Problem(422, "unreadable_report", "\"" + name + "\" was not ingested: " + r.reason());
        }
    }

    /** {@code GET /api/admin/reports}: every report with the facts of its meeting. */
    void reports(Exchange ex) {
        Map<String, Meeting> meetingOf = new HashMap<>();
        for (Meeting m : services.reports().meetings()) {
            m.reports().forEach(r -> meetingOf.put(r.id(), m));
        }
        ArrayNode all = AnswerJson.MAPPER.createArrayNode();
        services.reports().reports().forEach(r -> all.add(report(r, meetingOf.get(r.id()))));
        ex.json(200, all);
    }

    /** {@code GET /api/admin/refused?limit=N}: the questions refused, the most often first. */
    void refused(Exchange ex) {
        int limit = ex.query("limit").map(l -> {
            try {
                return Integer.parseInt(l);
            } catch (NumberFormatException e) {
                return -1;
            }
        }).orElse(DEFAULT_REFUSED);
        if (limit < 1 || limit > MAX_REFUSED) {
            throw Problem.badRequest("bad_limit", "limit must be a whole number from 1 to " + MAX_REFUSED);
        }
        ArrayNode all = AnswerJson.MAPPER.createArrayNode();
        for (RefusedQuestion q : services.chat().usage().refused(limit)) {
            all.addObject().put("question", q.question()).put("reason", q.reason()).put("count", q.count())
                    .put("last", q.last().toString());
        }
        ex.json(200, all);
    }

    private static ObjectNode report(ReportInfo r, Meeting meeting) {
        ObjectNode node = AnswerJson.MAPPER.createObjectNode();
        node.put("id", r.id());
        node.put("title", r.title());
        node.put("date", r.date() == null ? null : r.date().toString());
        node.put("place", r.place());
        node.put("source", r.source());
        node.put("url", r.url());
        if (r.conference() == null) {
            node.putNull("conference");
        } else {
            ObjectNode c = node.putObject("conference");
            c.put("name", r.conference().name());
            c.put("kind", r.conference().kind().name());
            c.put("periodYear", r.conference().periodYear());
            c.put("ordinal", r.conference().ordinal());
        }
        if (meeting == null) {
            node.putNull("meeting");
            return node;
        }
        ObjectNode m = node.putObject("meeting");
        m.put("key", meeting.key());
        m.put("date", meeting.date() == null ? null : meeting.date().toString());
        m.put("place", meeting.place());
        ArrayNode leaders = m.putArray("leaders");
        for (Participation p : meeting.leaders()) {
            leaders.addObject().put("name", p.person().name()).put("role", p.person().role()).put("part", p.part().name());
        }
        m.put("participants", meeting.participations().size());
        m.put("reports", meeting.reports().size());
        return node;
    }
}
