package vn.baocao.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.answer.llm.LlmAnswerer;
import vn.baocao.channel.Chats;
import vn.baocao.channel.telegram.NoUploads;
import vn.baocao.config.LlmSettings;
import vn.baocao.config.ServeSettings;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.Retriever;
import vn.baocao.summary.ExtractiveSummarizer;
import vn.baocao.summary.Summaries;
import vn.baocao.summary.SummaryAnswerer;
import vn.baocao.testing.FakeModelServer;
import vn.baocao.testing.SharedIndex;

/**
 * The model path through the server: an answer the model streams reaches the client as {@code draft} events of
 * checked text, then the final answer; a model that fails gives the extractive answer and counts a fallback.
 * Against a local OpenAI-compatible stand-in, composed as the application composes it.
 */
class ServeStreamingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ReportIndex INDEX = SharedIndex.get();
    private static final String QUESTION = "Ai chủ trì hội nghị tổng kết năm 2022?";
    private static final String CHAIRED = "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị [1].";
    private static final String GUIDED = "Thủ tướng Phạm Minh Chính dự và chỉ đạo hội nghị [1].";

    @Test
    void aStreamedAnswerArrivesAsDraftsOfCheckedTextThenTheAnswer() throws Exception {
        try (FakeModelServer model = new FakeModelServer(); WebServer server = serve(model)) {
            model.then(FakeModelServer.streamed(CHAIRED + "\n" + GUIDED, Duration.ofMillis(20)));

            List<String[]> events = events(server, QUESTION);

            assertThat(events).hasSizeGreaterThan(1);
            List<String[]> drafts = events.subList(0, events.size() - 1);
            assertThat(drafts).allSatisfy(e -> assertThat(e[0]).isEqualTo("draft"));
            assertThat(JSON.readTree(drafts.getFirst()[1]).get("answer").asText()).startsWith(CHAIRED);
            String[] last = events.getLast();
            assertThat(last[0]).isEqualTo("answer");
            JsonNode answer = JSON.readTree(last[1]);
            assertThat(answer.get("composer").asText()).isEqualTo("llm");
            assertThat(answer.get("answer").asText()).isEqualTo(CHAIRED + "\n" + GUIDED);
            assertThat(answer.at("/citations/0/report").asText()).isNotBlank();
        }
    }

    @Test
    void aModelThatFailsGivesTheExtractiveAnswerAndCountsAFallback() throws Exception {
        try (FakeModelServer model = new FakeModelServer(); WebServer server = serve(model)) {
            // nothing queued: the stand-in answers 500

            List<String[]> events = events(server, QUESTION);

            assertThat(events).hasSize(1);
            assertThat(JSON.readTree(events.getFirst()[1]).get("composer").asText()).isEqualTo("extractive");
            String metrics = HTTP.send(HttpRequest.newBuilder(uri(server, "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics.lines()).contains("baocao_llm_fallbacks_total 1", "baocao_questions_total 1");
        }
    }

    private static WebServer serve(FakeModelServer model) {
        Retriever retriever = new Retriever(INDEX);
        LlmAnswerer llm = LlmAnswerer.create(new LlmSettings(LlmSettings.Provider.OPENAI, model.openAiUrl(), "m", "",
                Duration.ofSeconds(10)), retriever, new ExtractiveAnswerer(retriever));
        Summaries summaries = new Summaries(retriever, new ExtractiveSummarizer(retriever));
        Answerer answerer = new SummaryAnswerer(llm, summaries);
        Services services = new Services(Chats.over(answerer, INDEX), vn.baocao.cli.IndexLibrary.of(INDEX), t -> summaries.summarize(t).answer(),
                NoUploads.INSTANCE, llm::fallbacks);
        ServeSettings settings = new ServeSettings(Optional.empty(), List.of(), 1000, 1000, 1024, java.nio.file.Path.of("target"));
        return WebServer.start(new InetSocketAddress("127.0.0.1", 0), settings, services);
    }

    /** The events of the streamed reply to {@code question}: name and data. */
    private static List<String[]> events(WebServer server, String question) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/ask"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("question", question).toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        List<String[]> events = new ArrayList<>();
        for (String chunk : r.body().split("\n\n")) {
            String[] lines = chunk.split("\n");
            assertThat(lines).hasSize(2);
            events.add(new String[] {lines[0].substring("event: ".length()), lines[1].substring("data: ".length())});
        }
        return events;
    }

    private static URI uri(WebServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }
}
