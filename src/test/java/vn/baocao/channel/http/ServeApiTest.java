package vn.baocao.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.cli.RunningServer;

/**
 * {@code baocao serve} over HTTP, as a client sees it: the running command (the application's object graph,
 * conversation store and uploads) on a free port, a real HTTP client, every endpoint, bad and oversize
 * requests, unknown ids, conversations side by side, the admin, CORS and the rate limit.
 */
class ServeApiTest {
    static final String TOKEN = "test-admin-token-0123456789";
    static final String PORTAL = "https://portal.example.vn";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CHAIR_2022 = "Ai chủ trì hội nghị tổng kết năm 2022?";
    private static final String GOLD = "Giá vàng hôm nay bao nhiêu?";

    @TempDir
    static Path dir;
    /** Admin on, CORS for the portal, a rate no test reaches, uploads up to 64 KiB. */
    private static RunningServer server;
    /** As installed: no admin, no CORS. */
    private static RunningServer strict;

    @BeforeAll
    static void start() {
        server = RunningServer.start(dir.resolve("index"), RunningServer.settings(TOKEN, List.of(PORTAL), 100_000, 64 * 1024,
                dir.resolve("uploads")));
        strict = RunningServer.start(dir.resolve("strict"), RunningServer.settings(null, List.of(), 100_000, 1024,
                dir.resolve("strict-uploads")));
    }

    @AfterAll
    static void stop() {
        server.close();
        strict.close();
    }

    @Test
    void aQuestionIsAnsweredWithTheChatJsonObjectWhoseCitationsOpenTheirPassageInFull() throws Exception {
        HttpResponse<String> r = post(server, "/api/ask", "{\"question\": \"" + CHAIR_2022 + "\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonNode answer = JSON.readTree(r.body());
        assertThat(names(answer)).containsExactly("question", "answer", "abstained", "kind", "refusal", "citations",
                "composer", "read_as", "understood", "focus", "conversation");
        assertThat(answer.get("answer").asText()).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị tổng kết");
        assertThat(answer.get("refusal").isNull()).isTrue();
        assertThat(answer.at("/focus/person").asText()).isEqualTo("Bùi Thanh Sơn");
        JsonNode citation = answer.at("/citations/0");
        assertThat(names(citation)).containsExactly("n", "source", "title", "date", "conference", "quote", "report", "ordinal");
        assertThat(citation.get("date").asText()).isEqualTo("2023-01-10");

        HttpResponse<String> p = get(server, "/api/reports/" + citation.get("report").asText() + "/passages/"
                + citation.get("ordinal").asInt());
        assertThat(p.statusCode()).isEqualTo(200);
        JsonNode passage = JSON.readTree(p.body());
        assertThat(passage.get("passage").asText()).contains(citation.get("quote").asText());
        assertThat(passage.get("title").asText()).isEqualTo(citation.get("title").asText());
        assertThat(passage.get("source").asText()).isEqualTo("samples/001_8430b1541a21d71d.txt");
    }

    @Test
    void conversationsAskedAtOnceAreKeptApart() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<JsonNode>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String year = i % 2 == 0 ? "2022" : "2024";
                String conversation = "parallel-" + i;
                runs.add(pool.submit((Callable<List<JsonNode>>) () -> List.of(
                        ask(server, "Hội nghị tổng kết năm " + year + " có bao nhiêu đại biểu?", conversation),
                        ask(server, "khi nào?", conversation))));
            }
            for (int i = 0; i < runs.size(); i++) {
                List<JsonNode> turns = runs.get(i).get();
                int year = i % 2 == 0 ? 2022 : 2024;
                assertThat(turns.get(1).get("conversation").asText()).isEqualTo("parallel-" + i);
                assertThat(turns.get(1).get("read_as").asText()).isEqualTo("khi nào tại hội nghị tổng kết năm " + year + "?");
                assertThat(turns.get(1).at("/focus/year").asInt()).isEqualTo(year);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutAConversationEachQuestionStartsANewOneAndSaysWhich() throws Exception {
        JsonNode first = ask(server, CHAIR_2022, null);
        JsonNode second = ask(server, "khi nào?", null);

        assertThat(first.get("conversation").asText()).isNotEqualTo(second.get("conversation").asText());
        assertThat(second.get("read_as").asText()).isEqualTo("khi nào?");
        assertThat(second.get("understood").isNull()).isTrue();
    }

    @Test
    void commandsAreRepliedAsChatJsonDoesAndMoiForgetsTheConversation() throws Exception {
        ask(server, CHAIR_2022, "commands");
        JsonNode source = ask(server, "/nguon 1", "commands");
        assertThat(source.at("/source/passage").asText()).contains("Bùi Thanh Sơn, Ủy viên Trung ương Đảng");
        assertThat(source.at("/source/report").asText()).isNotBlank();

        JsonNode forgotten = ask(server, "/moi", "commands");
        assertThat(names(forgotten)).containsExactly("question", "message", "focus", "conversation");
        assertThat(forgotten.get("focus").isNull()).isTrue();
        assertThat(ask(server, "/nguon 1", "commands").has("message")).isTrue();
    }

    @Test
    void anEventStreamCarriesTheSameAnswerAsItsLastEvent() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri("/api/ask"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + CHAIR_2022 + "\", \"conversation\": \"sse\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.headers().firstValue("Content-Type")).contains("text/event-stream; charset=utf-8");
        assertThat(r.body()).startsWith("event: answer\ndata: {").endsWith("}\n\n");
        JsonNode answer = JSON.readTree(r.body().substring(r.body().indexOf("data: ") + 6).strip());
        assertThat(answer.get("answer").asText()).isEqualTo(ask(server, CHAIR_2022, null).get("answer").asText());
    }

    static Stream<Arguments> badRequests() {
        String big = "{\"question\": \"" + "a".repeat(20_000) + "\"}";
        return Stream.of(
                Arguments.of("not JSON", "POST", "/api/ask", "application/json", "{\"question\": ", 400, "bad_json"),
                Arguments.of("JSON but not an object", "POST", "/api/ask", "application/json", "[\"câu hỏi\"]", 400, "bad_json"),
                Arguments.of("no question", "POST", "/api/ask", "application/json", "{\"q\": \"x\"}", 400, "missing_field"),
                Arguments.of("a question that is a number", "POST", "/api/ask", "application/json", "{\"question\": 5}", 400, "bad_field"),
                Arguments.of("a conversation id with a line break", "POST", "/api/ask", "application/json",
                        "{\"question\": \"x\", \"conversation\": \"a\\nb\"}", 400, "bad_conversation"),
                Arguments.of("a conversation id of 129 characters", "POST", "/api/ask", "application/json",
                        "{\"question\": \"x\", \"conversation\": \"" + "c".repeat(129) + "\"}", 400, "bad_conversation"),
                Arguments.of("a form instead of JSON", "POST", "/api/ask", "application/x-www-form-urlencoded", "question=x", 415, "not_json"),
                Arguments.of("a body over 16 KiB", "POST", "/api/ask", "application/json", big, 413, "too_large"),
                Arguments.of("a summary without target", "POST", "/api/summaries", "application/json", "{}", 400, "missing_field"),
                Arguments.of("a blank target", "POST", "/api/summaries", "application/json", "{\"target\": \" \"}", 400, "bad_target"),
                Arguments.of("an unknown report", "GET", "/api/reports/ffffffffffffffff/passages/0", null, null, 404, "not_found"),
                Arguments.of("a passage past the report's end", "GET", "/api/reports/b3c2aadcf136551b/passages/9999", null, null, 404, "not_found"),
                Arguments.of("a passage number that is no number", "GET", "/api/reports/b3c2aadcf136551b/passages/x", null, null, 400, "bad_ordinal"),
                Arguments.of("a path nothing is served at", "GET", "/api/nothing", null, null, 404, "not_found"),
                Arguments.of("GET on the question endpoint", "GET", "/api/ask", null, null, 405, "method_not_allowed"),
                Arguments.of("POST on the conferences", "POST", "/api/conferences", "application/json", "{}", 405, "method_not_allowed"));
    }

    @ParameterizedTest(name = "{0}: {5} {6}")
    @MethodSource("badRequests")
    void aBadRequestGetsAProblemSayingWhatWasWrong(String what, String method, String path, String type, String body,
            int status, String code) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path));
        if (body != null) {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo(path);
        if (status == 405) {
            assertThat(r.headers().firstValue("Allow")).isPresent();
        }
    }

    @Test
    void aBadRequestLosesNothingTheConversationGoesOn() throws Exception {
        ask(server, CHAIR_2022, "kept");
        post(server, "/api/ask", "{\"question\": \"khi nào?\", \"conversation\": \"kept\"");

        assertThat(ask(server, "khi nào?", "kept").get("read_as").asText()).isEqualTo("khi nào tại hội nghị tổng kết năm 2022?");
    }

    @Test
    void conferencesAndSpeakersAreListedAsTheCommandsPrintThem() throws Exception {
        JsonNode conferences = JSON.readTree(get(server, "/api/conferences").body());
        assertThat(conferences.size()).as("the five samples' (an upload may add one)").isGreaterThanOrEqualTo(5);
        assertThat(names(conferences.get(0))).containsExactly("key", "name", "kind", "periodYear", "ordinal", "date", "place",
                "participants", "speakers", "reports");
        assertThat(conferences.findValuesAsText("key")).contains("year_end_review-2022");

        JsonNode speakers = JSON.readTree(get(server, "/api/speakers").body());
        assertThat(names(speakers.get(0))).containsExactly("name", "role", "statements", "reports");
        assertThat(speakers.findValuesAsText("name")).contains("Bùi Thanh Sơn", "Phạm Minh Chính");
    }

    @Test
    void aSummaryIsTheSummarizeJsonObjectWithItsPassagesNamed() throws Exception {
        HttpResponse<String> r = post(server, "/api/summaries", "{\"target\": \"tổng kết 2022\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode summary = JSON.readTree(r.body());
        assertThat(summary.get("kind").asText()).isEqualTo("summary");
        assertThat(summary.get("citations").size()).isGreaterThan(1);
        assertThat(summary.at("/citations/0/report").asText()).isNotBlank();
    }

    @Test
    void healthSaysTheIndexIsReadableWithItsReportsAndSchema() throws Exception {
        HttpResponse<String> r = get(server, "/health");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(r.body());
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.at("/index/readable").asBoolean()).isTrue();
        assertThat(health.at("/index/reports").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(health.at("/index/schema").asText()).isEqualTo(vn.baocao.index.Fields.SCHEMA_VERSION);
    }

    @Test
    void metricsCountQuestionsRefusalsByReasonAndLatency() throws Exception {
        Map<String, Double> before = metrics(server);
        ask(server, GOLD, null);
        ask(server, CHAIR_2022, null);
        ask(server, "/help", null);
        Map<String, Double> after = metrics(server);

        assertThat(after.get("baocao_questions_total") - before.get("baocao_questions_total")).isEqualTo(2);
        assertThat(after.get("baocao_refusals_total{reason=\"no_evidence\"}")
                - before.get("baocao_refusals_total{reason=\"no_evidence\"}")).isEqualTo(1);
        assertThat(after.get("baocao_answer_seconds_count") - before.get("baocao_answer_seconds_count")).isEqualTo(2);
        assertThat(after.get("baocao_answer_seconds_bucket{le=\"+Inf\"}")).isEqualTo(after.get("baocao_answer_seconds_count"));
        assertThat(after).containsKeys("baocao_refusals_total{reason=\"not_in_corpus\"}", "baocao_llm_fallbacks_total",
                "baocao_answer_seconds_bucket{le=\"0.05\"}", "baocao_answer_seconds_sum");
        assertThat(after.get("baocao_llm_fallbacks_total")).isZero();
    }

    @Test
    void everyPathTheOpenApiDescriptionListsIsServedAndEveryServedPathIsListed() throws Exception {
        HttpResponse<String> r = get(server, "/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(r.body()).get("paths");
        List<String> listed = new ArrayList<>();
        paths.fieldNames().forEachRemaining(listed::add);
        assertThat(listed).containsExactlyInAnyOrder("/api/ask", "/api/conferences", "/api/speakers",
                "/api/reports/{report}/passages/{ordinal}", "/api/summaries", "/api/openapi.json", "/health", "/metrics",
                "/api/admin/reports", "/api/admin/refused");
        for (String path : listed) {
            Iterator<String> methods = paths.get(path).fieldNames();
            while (methods.hasNext()) {
                String method = methods.next().toUpperCase(java.util.Locale.ROOT);
                String concrete = path.replace("{report}", "b3c2aadcf136551b").replace("{ordinal}", "0");
                HttpResponse<String> served = HTTP.send(HttpRequest.newBuilder(server.uri(concrete))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"question\": \"x\", \"target\": \"2023\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(served.statusCode()).as(method + " " + path).isNotIn(404, 405);
            }
        }
    }

    @Test
    void theAdminNeedsTheTokenAndListsReportsWithTheirMeetings() throws Exception {
        assertThat(get(server, "/api/admin/reports").statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(server.uri("/api/admin/reports"))
                .header("Authorization", "Bearer " + TOKEN + "x").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"baocao admin\"");
        assertThat(JSON.readTree(wrong.body()).get("detail").asText()).doesNotContain(TOKEN);

        JsonNode reports = JSON.readTree(admin("/api/admin/reports").body());
        assertThat(reports.size()).isGreaterThanOrEqualTo(5);
        JsonNode review2022 = stream(reports).filter(r -> r.get("id").asText().equals("b3c2aadcf136551b")).findFirst().orElseThrow();
        assertThat(review2022.at("/meeting/date").asText()).isEqualTo("2023-01-10");
        assertThat(review2022.at("/meeting/leaders").findValuesAsText("name")).contains("Bùi Thanh Sơn");
        assertThat(review2022.at("/conference/periodYear").asInt()).isEqualTo(2022);
    }

    @Test
    void theAdminSeesEachRefusedQuestionWithItsReasonAndCount() throws Exception {
        String question = "Ai chủ trì hội nghị tổng kết năm 2031?";
        ask(server, question, null);
        ask(server, question, null);

        JsonNode refused = JSON.readTree(admin("/api/admin/refused?limit=1000").body());
        JsonNode entry = stream(refused).filter(q -> q.get("question").asText().equals(question)).findFirst().orElseThrow();
        assertThat(entry.get("count").asInt()).isEqualTo(2);
        assertThat(entry.get("reason").asText()).isEqualTo("not_in_corpus");
        assertThat(admin("/api/admin/refused?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void anUploadedReportIsIngestedAndAnsweredFrom() throws Exception {
        String report = """
                Hội nghị Ngoại vụ toàn quốc lần thứ 99

                Sáng 3/3/2031, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 99. Thứ trưởng Ngoại giao \
                Lê Văn Thử chủ trì Hội nghị. Hội nghị có 250 đại biểu tham dự.
                """;
        HttpResponse<String> added = upload("ngoai-vu-99.txt", report.getBytes(StandardCharsets.UTF_8));

        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(added.body());
        assertThat(body.get("status").asText()).isEqualTo("added");
        assertThat(body.at("/report/title").asText()).isEqualTo("Hội nghị Ngoại vụ toàn quốc lần thứ 99");
        assertThat(Files.list(dir.resolve("uploads")).map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-ngoai-vu-99.txt"));
        assertThat(upload("ngoai-vu-99.txt", report.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);

        JsonNode answer = ask(server, "Ai chủ trì Hội nghị Ngoại vụ toàn quốc lần thứ 99?", null);
        assertThat(answer.get("answer").asText()).contains("Lê Văn Thử");
    }

    static Stream<Arguments> badUploads() {
        return Stream.of(
                Arguments.of("a program", "setup.exe", "MZ".getBytes(StandardCharsets.UTF_8), 415, "unsupported_type"),
                Arguments.of("a PDF that is not one", "bao-cao.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8), 422,
                        "unreadable_report"),
                Arguments.of("nothing", "trong.txt", new byte[0], 400, "empty_upload"),
                Arguments.of("a document over the limit", "lon.txt", new byte[64 * 1024 + 1], 413, "too_large"));
    }

    @ParameterizedTest(name = "{0}: {3} {4}")
    @MethodSource("badUploads")
    void anUploadTelegramWouldRefuseIsRefusedWithItsReason(String what, String name, byte[] content, int status, String code)
            throws Exception {
        HttpResponse<String> r = upload(name, content);

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(JSON.readTree(r.body()).get("code").asText()).isEqualTo(code);
    }

    @Test
    void withoutATokenTheAdminDoesNotExist() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(strict.uri("/api/admin/refused"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(404);
    }

    @Test
    void crossOriginRequestsAreRefusedUnlessTheOriginIsConfiguredAndNeverForTheAdmin() throws Exception {
        HttpResponse<String> preflight = preflight(server, "/api/ask", PORTAL);
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(PORTAL);
        assertThat(preflight(server, "/api/ask", "https://elsewhere.example").statusCode()).isEqualTo(403);
        assertThat(preflight(server, "/api/admin/reports", PORTAL).statusCode()).isEqualTo(403);
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(server.uri("/api/conferences")).header("Origin", PORTAL)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains(PORTAL);
        HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(server.uri("/api/conferences"))
                .header("Origin", "https://elsewhere.example").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void crossOriginRequestsAreRefusedByDefault() throws Exception {
        assertThat(preflight(strict, "/api/ask", PORTAL).statusCode()).isEqualTo(403);
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(strict.uri("/api/speakers")).header("Origin", PORTAL)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aClientAskingTooOftenIsToldWhenToComeBackAndOnlyTheApiIsLimited() throws Exception {
        try (RunningServer limited = RunningServer.start(dir.resolve("limited"), RunningServer.settings(null, List.of(), 2,
                1024, dir.resolve("limited-uploads")))) {
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> last = null;
            for (int i = 0; i < 3; i++) {
                last = get(limited, "/api/speakers");
                statuses.add(last.statusCode());
            }
            assertThat(statuses).containsExactly(200, 200, 429);
            assertThat(last.headers().firstValue("Retry-After").map(Integer::parseInt).orElseThrow()).isBetween(1, 30);
            assertThat(JSON.readTree(last.body()).get("code").asText()).isEqualTo("rate_limited");
            assertThat(get(limited, "/health").statusCode()).as("only /api/ is limited").isEqualTo(200);
            assertThat(metrics(limited).get("baocao_http_rate_limited_total")).isEqualTo(1);
        }
    }

    static JsonNode ask(RunningServer on, String question, String conversation) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("question", question);
        if (conversation != null) {
            body.put("conversation", conversation);
        }
        HttpResponse<String> r = post(on, "/api/ask", body.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static HttpResponse<String> post(RunningServer on, String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(on.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(RunningServer on, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(on.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> admin(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> upload(String name, byte[] content) throws IOException, InterruptedException {
        URI uri = server.uri("/api/admin/reports?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> preflight(RunningServer on, String path, String origin) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(on.uri(path)).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The samples of /metrics by name with labels: "baocao_refusals_total{reason=\"no_evidence\"}" → 1.0. */
    static Map<String, Double> metrics(RunningServer on) throws IOException, InterruptedException {
        HttpResponse<String> r = get(on, "/metrics");
        assertThat(r.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
        Map<String, Double> samples = new java.util.HashMap<>();
        r.body().lines().filter(l -> !l.startsWith("#")).forEach(l -> {
            int space = l.lastIndexOf(' ');
            samples.put(l.substring(0, space), Double.parseDouble(l.substring(space + 1)));
        });
        return samples;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
