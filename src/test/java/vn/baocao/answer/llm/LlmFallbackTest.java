package vn.baocao.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.answer.Answer;
import vn.baocao.config.LlmSettings.Provider;
import vn.baocao.testing.FakeModelServer;

/**
 * Every canned failure, with either API, ends in the extractive answer, one log line saying why, without the key,
 * and one fallback counted.
 */
class LlmFallbackTest {
    /** Short, so the timeout case stays fast; the other cases answer at once. */
    private static final Duration TIMEOUT = Duration.ofMillis(400);

    private static Composers composers;
    private static FakeModelServer server;
    private static Answer extractive;
    private static final Map<Provider, LlmAnswerer> LLM = new EnumMap<>(Provider.class);

    @BeforeAll
    static void openTheSamples() {
        composers = Composers.shared();
        server = new FakeModelServer();
        extractive = composers.extractive.answer(FailureCases.QUESTION);
        for (Provider p : List.of(Provider.OPENAI, Provider.OLLAMA)) {
            LLM.put(p, composers.llm(p, server, TIMEOUT));
        }
    }

    @AfterAll
    static void close() {
        server.close();
    }

    static Stream<Arguments> cases() {
        return Stream.of(Provider.OPENAI, Provider.OLLAMA)
                .flatMap(p -> FailureCases.all().stream().map(c -> Arguments.of(p, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void answersExtractivelyAndLogsWhyOnceWithoutTheKey(Provider provider, FailureCases.Case failure) {
        LlmAnswerer llm = failure.canned() == null ? composers.llm(provider, null, TIMEOUT) : LLM.get(provider);
        if (failure.canned() != null) {
            server.then(failure.canned());
        }
        long fallbacksBefore = llm.fallbacks();
        LogCapture.Logged<Answer> run = LogCapture.during(() -> llm.answer(FailureCases.QUESTION));

        assertThat(run.result()).isEqualTo(extractive);
        assertThat(run.result().composer()).isEqualTo("extractive");
        assertThat(run.log()).contains("language model not used (" + failure.reason() + ")");
        assertThat(run.lines()).isEqualTo(1);
        assertThat(run.log()).doesNotContain(Composers.KEY);
        assertThat(llm.fallbacks()).isEqualTo(fallbacksBefore + 1);
    }
}
