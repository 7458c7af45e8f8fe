package vn.baocao.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Refusal;
import vn.baocao.config.LlmSettings.Provider;
import vn.baocao.search.Retriever;
import vn.baocao.store.ConversationStore;
import vn.baocao.store.StoredModelTurns;
import vn.baocao.testing.FakeModelServer;

/** What the LLM composer sends to the model and what the user gets from a reply that passes the checks. */
class LlmAnswererTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String QUESTION = FailureCases.QUESTION;
    private static final String CHAIRED = "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị [1].";

    private static Composers composers;
    private FakeModelServer server;
    private LlmAnswerer llm;

    @BeforeAll
    static void openTheSamples() {
        composers = Composers.shared();
    }

    @BeforeEach
    void startTheServer() {
        server = new FakeModelServer();
        llm = composers.llm(Provider.OPENAI, server, TIMEOUT);
    }

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    @Test
    void showsACitedReplyQuotingTheSentenceItRestsOn() {
        server.then(FakeModelServer.reply(CHAIRED));

        LogCapture.Logged<Answer> run = LogCapture.during(() -> llm.answer(QUESTION));

        Answer answer = run.result();
        assertThat(answer.composer()).isEqualTo("llm");
        assertThat(answer.question()).isEqualTo(QUESTION);
        assertThat(answer.text()).isEqualTo(CHAIRED);
        assertThat(answer.abstained()).isFalse();
        assertThat(answer.citations()).hasSize(1);
        assertThat(answer.citations().get(0).passage())
                .isEqualTo(composers.extractive.answer(QUESTION).citations().get(0).passage());
        assertThat(answer.citations().get(0).quote())
                .isEqualTo("Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị.");
        assertThat(run.log()).isEmpty();
    }

    @Test
    void sendsTheSystemPromptFromPromptsAndTheNumberedSourcesWithTheirMetadata() throws IOException {
        server.then(FakeModelServer.reply(CHAIRED));

        llm.answer(QUESTION);

        FakeModelServer.Request sent = server.requests().get(0);
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(sent.authorization()).isEqualTo("Bearer " + Composers.KEY);
        assertThat(sent.body().get("model").asText()).isEqualTo(Composers.MODEL);
        assertThat(sent.messages()).isEqualTo(2);
        assertThat(sent.role(0)).isEqualTo("system");
        assertThat(sent.message(0)).isEqualTo(promptBody("system.txt"))
                .startsWith("Bạn trả lời câu hỏi về các báo cáo hội nghị của Bộ Ngoại giao Việt Nam");
        assertThat(sent.role(1)).isEqualTo("user");
        String user = sent.message(1);
        assertThat(user).startsWith("Nguồn:\n[1] Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành "
                + "Ngoại giao năm 2022 – ngày 10/1/2023 – Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 – "
                + "Người được nhắc: ");
        assertThat(user).contains("Phạm Minh Chính; Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn\nSáng 10/1, Bộ Ngoại giao tổ chức hội nghị")
                .contains(" Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị.");
        assertThat(user).contains("\n\n[2] ").contains("\n\n[" + Sources.MAX + "] ").doesNotContain("[" + (Sources.MAX + 1) + "]");
        assertThat(user).endsWith("\n\nCâu hỏi: " + QUESTION);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(value = Provider.class, names = {"OPENAI", "OLLAMA"})
    void draftsOnlyCheckedSentencesWhileTheModelStreamsAndShowsTheCheckedReplyAtTheEnd(Provider provider) {
        String unsupported = "Hội nghị có hơn 900 đại biểu tham dự [1].";
        server.then(FakeModelServer.streamed(CHAIRED + " " + unsupported + "\nThủ tướng Phạm Minh Chính dự và chỉ đạo hội nghị [1].",
                Duration.ZERO));
        List<String> drafts = new ArrayList<>();

        Answer answer = composers.llm(provider, server, TIMEOUT).answer("chat-s", QUESTION, drafts::add);

        assertThat(server.requests().get(0).body().get("stream").asBoolean()).isTrue();
        assertThat(drafts).isNotEmpty().allSatisfy(d -> assertThat(d).doesNotContain("900"));
        assertThat(drafts.getFirst()).isEqualTo(CHAIRED);
        assertThat(answer.text()).isEqualTo(CHAIRED + "\nThủ tướng Phạm Minh Chính dự và chỉ đạo hội nghị [1].");
        assertThat(answer.text()).startsWith(drafts.getLast());
    }

    @Test
    void givesUpAStreamThatRunsOverTheTimeoutAndAnswersExtractively() {
        server.then(FakeModelServer.streamed(CHAIRED + " Thủ tướng Phạm Minh Chính dự và chỉ đạo hội nghị [1].",
                Duration.ofMillis(300)));
        LlmAnswerer impatient = composers.llm(Provider.OPENAI, server, Duration.ofMillis(800));

        LogCapture.Logged<Answer> run = LogCapture.during(() -> impatient.answer("chat-t", QUESTION, d -> { }));

        assertThat(run.result()).isEqualTo(composers.extractive.answer(QUESTION));
        assertThat(run.log()).contains("language model not used (no reply within the timeout)");
    }

    @Test
    void boundsEveryCallAndMakesItRepeatable() {
        server.then(FakeModelServer.reply(CHAIRED), FakeModelServer.reply("Ai chủ trì hội nghị tổng kết năm 2022?"),
                FakeModelServer.reply(CHAIRED));

        llm.answer("chat-b", QUESTION);
        llm.answer("chat-b", "Ai chủ trì?");

        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests()).extracting(r -> r.body().get("max_tokens").asInt()).containsExactly(320, 48, 320);
        assertThat(server.requests()).allSatisfy(r -> {
            assertThat(r.body().get("temperature").asDouble()).isEqualTo(0.2);
            assertThat(r.body().get("seed").asInt()).isEqualTo(42);
        });
    }

    @Test
    void asksTheModelWhatTheExtractiveComposerFoundNoPassageToSay() {
        String question = "Bộ trưởng Bùi Thanh Sơn có nhắc tới hội nhập quốc tế ở hội nghị tổng kết 2022 không?";
        assertThat(composers.extractive.answer(question).refusal().reason()).isEqualTo(Refusal.Reason.NO_EVIDENCE);
        server.respondWith(request -> FakeModelServer.reply(firstSentence(sourceText(request.message(1), 1)) + " [1]"));

        Answer answer = llm.answer(question);

        assertThat(server.requests()).hasSize(1);
        assertThat(answer.composer()).isEqualTo("llm");
        assertThat(answer.abstained()).isFalse();
        assertThat(answer.kind()).isEqualTo(vn.baocao.answer.AnswerKind.ANSWER);
        assertThat(answer.citations()).hasSize(1);
    }

    @Test
    void keepsTheNamedRefusalWhenTheModelSaysTheSourcesDoNotCoverIt() {
        String question = "Bộ trưởng Bùi Thanh Sơn có nhắc tới hội nhập quốc tế ở hội nghị tổng kết 2022 không?";
        server.then(FakeModelServer.reply("Các nguồn không đề cập đến nội dung này."));

        LogCapture.Logged<Answer> run = LogCapture.during(() -> llm.answer(question));

        assertThat(run.result()).isEqualTo(composers.extractive.answer(question));
        assertThat(run.log()).contains("the model found no answer in the sources: the refusal (no_evidence) stands");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thủ tướng Phạm Minh Chính phản đối điều gì tại hội nghị tổng kết năm 2024? | false_premise
            Ai chủ trì hội nghị tổng kết năm 2018?                                     | not_in_corpus
            '   '                                                                      | bad_input
            """)
    void refusesWithoutAskingTheModelWhatNoPassageCanChange(String question, String reason) {
        server.then(FakeModelServer.reply(CHAIRED));
        llm.answer("chat-g", QUESTION);
        int before = server.requests().size();

        Answer answer = llm.answer("chat-g", question);

        assertThat(answer.refusal().reason().code()).isEqualTo(reason);
        assertThat(server.requests()).hasSize(before);
    }

    @Test
    void answersWhoWroteOrPhotographedAReportFromItsCreditsWithoutAskingTheModel() {
        server.then(FakeModelServer.reply(CHAIRED));
        llm.answer("chat-c", QUESTION);
        int before = server.requests().size();

        Answer answer = llm.answer("chat-c", "Ảnh trong bài sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?");

        assertThat(answer.kind()).isEqualTo(AnswerKind.CREDITS);
        assertThat(answer.composer()).isEqualTo("extractive");
        assertThat(answer.text()).startsWith("Bài “Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống” (22/7/2019) [1]: "
                + "tác giả: PV; đăng trên: CLO; ảnh: TG&VN.");
        assertThat(server.requests()).hasSize(before);
    }

    @Test
    void dropsAMarkerOfASourceItWasNotGiven() {
        server.then(FakeModelServer.reply("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị [1][7]."));

        Answer answer = llm.answer(QUESTION);

        assertThat(answer.composer()).isEqualTo("llm");
        assertThat(answer.text()).isEqualTo(CHAIRED);
        assertThat(answer.citations()).hasSize(1);
    }

    @Test
    void renumbersToTheSourcesActuallyCited() {
        String[] third = new String[1];
        server.respondWith(request -> {
            third[0] = firstSentence(sourceText(request.message(1), 3));
            return FakeModelServer.reply(third[0] + " [3]. Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị [1].");
        });

        Answer answer = llm.answer(QUESTION);

        assertThat(answer.text()).isEqualTo(third[0] + " [1]. Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị [2].");
        assertThat(answer.citations().get(0).passage().text()).contains(third[0]);
        assertThat(answer.citations().get(1).passage())
                .isEqualTo(composers.extractive.answer(QUESTION).citations().get(0).passage());
    }

    @Test
    void dropsAStatementThatNoMarkerFollows() {
        server.then(FakeModelServer.reply(CHAIRED + " Hội nghị còn bàn nhiều vấn đề quan trọng khác của đất nước."));

        Answer answer = llm.answer(QUESTION);

        assertThat(answer.composer()).isEqualTo("llm");
        assertThat(answer.text()).isEqualTo(CHAIRED);
    }

    @Test
    void keepsTheNamedRefusalWhenTheModelDeclinesAQuestionTheReportsDoNotAnswer() {
        server.then(FakeModelServer.reply("Các nguồn không đề cập đến nội dung này."));

        Answer answer = llm.answer("Giá vàng hôm nay bao nhiêu?");

        assertThat(server.requests()).hasSize(1);
        assertThat(answer.refusal().reason()).isEqualTo(Refusal.Reason.NO_EVIDENCE);
        assertThat(answer.text()).isEqualTo("Các báo cáo hiện có không nêu con số được hỏi (Giá vàng), nên tôi không trả lời "
                + "để tránh suy đoán.");
    }

    @Test
    void rewritesAFollowUpFromTheConversationBeforeRetrieving() {
        String condensed = "Bộ trưởng Bùi Thanh Sơn nhấn mạnh điều gì tại hội nghị tổng kết năm 2022?";
        server.then(FakeModelServer.reply(CHAIRED), FakeModelServer.reply(condensed),
                FakeModelServer.reply("Bộ trưởng Bùi Thanh Sơn nhấn mạnh các nhiệm vụ của ngành ngoại giao [1]."));

        llm.answer("chat-7", QUESTION);
        Answer followUp = llm.answer("chat-7", "Ông ấy nhấn mạnh điều gì?");

        assertThat(server.requests()).hasSize(3);
        FakeModelServer.Request condense = server.requests().get(1);
        assertThat(condense.messages()).isEqualTo(1);
        assertThat(condense.message(0)).startsWith(promptBody("condense.txt").lines().findFirst().orElseThrow())
                .contains("Cuộc trò chuyện:\nUser: " + QUESTION + "\nAI: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị.\n")
                .contains("Câu hỏi mới: Ông ấy nhấn mạnh điều gì?");
        assertThat(server.requests().get(2).message(1)).endsWith("Câu hỏi: " + condensed);
        assertThat(followUp.question()).isEqualTo("Ông ấy nhấn mạnh điều gì?");
        assertThat(followUp.composer()).isEqualTo("llm");
    }

    @Test
    void aConversationKeptInTheStoreIsRewrittenFromItsTurnsAfterARestart(@TempDir Path dir) {
        String condensed = "Bộ trưởng Bùi Thanh Sơn nhấn mạnh điều gì tại hội nghị tổng kết năm 2022?";
        server.then(FakeModelServer.reply(CHAIRED), FakeModelServer.reply(condensed),
                FakeModelServer.reply("Bộ trưởng Bùi Thanh Sơn nhấn mạnh các nhiệm vụ của ngành ngoại giao [1]."),
                FakeModelServer.reply(CHAIRED));
        Path file = dir.resolve("conversations.db");
        try (ConversationStore store = ConversationStore.open(file, 100, Duration.ofHours(24), Clock.systemUTC())) {
            composers.llm(server, TIMEOUT, new StoredModelTurns(() -> store, Clock.systemUTC())).answer("chat-r", QUESTION);
        }

        try (ConversationStore store = ConversationStore.open(file, 100, Duration.ofHours(24), Clock.systemUTC())) {
            LlmAnswerer restarted = composers.llm(server, TIMEOUT, new StoredModelTurns(() -> store, Clock.systemUTC()));
            restarted.answer("chat-r", "Ông ấy nhấn mạnh điều gì?");
            restarted.forget("chat-r");
            restarted.answer("chat-r", QUESTION);
        }

        assertThat(server.requests()).extracting(FakeModelServer.Request::messages).containsExactly(2, 1, 2, 2);
        assertThat(server.requests().get(1).message(0))
                .contains("Cuộc trò chuyện:\nUser: " + QUESTION + "\nAI: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị.\n")
                .contains("Câu hỏi mới: Ông ấy nhấn mạnh điều gì?");
        assertThat(server.requests().get(2).message(1)).endsWith("Câu hỏi: " + condensed);
    }

    @Test
    void aRewriteThatNamesAnotherPersonIsNotUsedAndTheLogSaysWhy() {
        String asked = "Bùi Thanh Sơn nhấn mạnh điều gì tại hội nghị tổng kết năm 2022?";
        String wrong = "Thủ tướng Phạm Minh Chính nhấn mạnh điều gì tại hội nghị tổng kết năm 2022?";
        server.then(FakeModelServer.reply(CHAIRED), FakeModelServer.reply(wrong),
                FakeModelServer.reply("Bộ trưởng Bùi Thanh Sơn nhấn mạnh các nhiệm vụ của ngành ngoại giao [1]."));
        llm.answer("chat-8", QUESTION);

        LogCapture.Logged<Answer> run = LogCapture.during(() -> llm.answer("chat-8", asked));

        assertThat(run.log()).contains("chat chat-8: the model's rewrite \"" + wrong + "\" is not used (names Phạm Minh Chính "
                + "for Bùi Thanh Sơn): answering \"" + asked + "\" as read against the conversation");
        assertThat(server.requests().get(2).message(1)).endsWith("Câu hỏi: " + asked);
        assertThat(run.result().composer()).isEqualTo("llm");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bùi Thanh Sơn nhấn mạnh gì về ngoại giao kinh tế?  | Bộ trưởng Bùi Thanh Sơn nhấn mạnh gì về ngoại giao kinh tế tại hội nghị tổng kết năm 2022? |
            Bùi Thanh Sơn nhấn mạnh gì về ngoại giao kinh tế?  | Bộ trưởng Bùi Thanh Sơn nhấn mạnh gì tại hội nghị tổng kết năm 2022?                  | drops the question's words ngoai giao kinh te
            Bùi Thanh Sơn nhấn mạnh gì năm 2022?               | Bùi Thanh Sơn nhấn mạnh gì năm 2024?                                                   | names the years [2024] for [2022]
            Bùi Thanh Sơn nhấn mạnh gì năm 2022?               | What did Bui Thanh Son emphasise in 2022?                                              | not Vietnamese
            Ai chủ trì hội nghị tổng kết năm 2022?             | Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2022?                                       | names another kind of meeting
            """)
    void aRewriteMayAddToTheQuestionButNotChangeIt(String asked, String rewrite, String rejection) {
        Retriever retriever = composers.retriever;
        assertThat(RewriteCheck.rejection(retriever.parse(asked), rewrite, retriever.parse(rewrite)))
                .isEqualTo(java.util.Optional.ofNullable(rejection));
    }

    @Test
    void answersAFollowUpAsAskedWhenTheRewritingCallFails() {
        server.then(FakeModelServer.reply(CHAIRED), FakeModelServer.status(503));
        llm.answer("chat-9", QUESTION);

        LogCapture.Logged<Answer> run = LogCapture.during(() -> llm.answer("chat-9", "Còn năm 2024 thì sao?"));

        assertThat(run.result()).isEqualTo(composers.extractive.answer("Còn năm 2024 thì sao?"));
        assertThat(run.log()).contains("chat chat-9: language model not used (HTTP 503 (server error))");
        assertThat(run.lines()).isEqualTo(1);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void keepsConversationsApartAndForgetsOneOnRequest() {
        server.then(FakeModelServer.reply(CHAIRED), FakeModelServer.reply(CHAIRED), FakeModelServer.reply(CHAIRED));

        llm.answer("chat-1", QUESTION);
        llm.answer("chat-2", QUESTION);
        llm.forget("chat-1");
        llm.answer("chat-1", QUESTION);

        assertThat(server.requests()).hasSize(3).allSatisfy(r -> assertThat(r.role(0)).isEqualTo("system"));
    }

    @Test
    void doesNotRememberQuestionsAskedOutsideAConversation() {
        server.then(FakeModelServer.reply(CHAIRED), FakeModelServer.reply(CHAIRED));

        llm.answer(QUESTION);
        llm.answer(QUESTION);

        assertThat(server.requests()).hasSize(2).allSatisfy(r -> assertThat(r.messages()).isEqualTo(2));
    }

    @Test
    void speaksOllamasChatApiWithoutAKeyWhenNoneIsSet() {
        server.then(FakeModelServer.reply(CHAIRED));
        LlmAnswerer ollama = LlmAnswerer.create(new vn.baocao.config.LlmSettings(Provider.OLLAMA, server.ollamaUrl(),
                "qwen2.5:7b", "", TIMEOUT), composers.retriever, composers.extractive);

        Answer answer = ollama.answer(QUESTION);

        assertThat(answer.composer()).isEqualTo("llm");
        assertThat(answer.text()).isEqualTo(CHAIRED);
        FakeModelServer.Request sent = server.requests().get(0);
        assertThat(sent.path()).isEqualTo("/api/chat");
        assertThat(sent.authorization()).isNull();
        assertThat(sent.body().get("model").asText()).isEqualTo("qwen2.5:7b");
        assertThat(sent.body().get("stream").asBoolean()).isFalse();
        assertThat(sent.message(0)).isEqualTo(promptBody("system.txt"));
        assertThat(sent.message(1)).startsWith("Nguồn:\n[1] ");
        assertThat(sent.body().get("options").get("num_predict").asInt()).isEqualTo(320);
        assertThat(sent.body().get("options").get("temperature").asDouble()).isEqualTo(0.2);
        assertThat(sent.body().get("options").get("seed").asInt()).isEqualTo(42);
    }

    /** The prompt file as committed in prompts/, without its header comment. */
    private static String promptBody(String name) {
        try {
            String file = Files.readString(Path.of("prompts", name));
            return file.lines().dropWhile(l -> l.startsWith("#")).reduce((a, b) -> a + "\n" + b).orElseThrow().strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstSentence(String text) {
        return vn.baocao.text.Sentences.split(text.replaceFirst("^… ", "")).getFirst().replaceAll("[.…]+$", "");
    }

    /** The passage text of source {@code n} in a sent user message: the line after its "[n] …" heading. */
    private static String sourceText(String user, int n) {
        int heading = user.indexOf("\n[" + n + "] ");
        int start = user.indexOf('\n', heading + 1) + 1;
        return user.substring(start, user.indexOf('\n', start));
    }
}
