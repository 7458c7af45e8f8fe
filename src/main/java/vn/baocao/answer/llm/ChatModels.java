package vn.baocao.answer.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.Map;
import vn.baocao.config.LlmSettings;

/**
 * Builds the LangChain4j chat models the settings name, every one bounded as {@link LlmSettings.Calls}
 * says: a reply-length limit, the temperature and seed (unless left to the server), a connect timeout
 * apart from the whole call's. No retries: a user is waiting, and the extractive answer is ready. Building
 * does not touch the network.
 */
final class ChatModels {
    private ChatModels() {
    }

    /** The model that writes answers, summaries and mergers. */
    static ChatModel answering(LlmSettings settings) {
        return of(settings, settings.calls().maxTokens());
    }

    /** The model that rewrites a follow-up: one question, so a few dozen tokens at most. */
    static ChatModel rewriting(LlmSettings settings) {
        return of(settings, settings.calls().rewriteMaxTokens());
    }

    /** The answering model, streaming its reply as it writes it. */
    static StreamingChatModel streaming(LlmSettings settings) {
        LlmSettings.Calls calls = settings.calls();
        return switch (settings.provider()) {
            case OPENAI -> {
                OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder b = OpenAiStreamingChatModel.builder()
                        .httpClientBuilder(http(settings))
                        .baseUrl(settings.baseUrl())
                        .apiKey(settings.key().orElse(null))
                        .modelName(settings.model())
                        .maxTokens(calls.maxTokens());
                calls.temperature().ifPresent(b::temperature);
                calls.seed().ifPresent(b::seed);
                yield b.build();
            }
            case OLLAMA -> {
                OllamaStreamingChatModel.OllamaStreamingChatModelBuilder b = OllamaStreamingChatModel.builder()
                        .httpClientBuilder(http(settings))
                        .baseUrl(settings.baseUrl())
                        .modelName(settings.model())
                        .numPredict(calls.maxTokens());
                calls.temperature().ifPresent(b::temperature);
                calls.seed().ifPresent(b::seed);
                settings.key().ifPresent(key -> b.customHeaders(Map.of("Authorization", "Bearer " + key)));
                yield b.build();
            }
            case NONE -> throw new IllegalArgumentException("no chat model when BAOCAO_LLM=none");
        };
    }

    private static ChatModel of(LlmSettings settings, int maxTokens) {
        return switch (settings.provider()) {
            case OPENAI -> openAi(settings, maxTokens);
            case OLLAMA -> ollama(settings, maxTokens);
            case NONE -> throw new IllegalArgumentException("no chat model when BAOCAO_LLM=none");
        };
    }

    /**
     * {@code max_tokens} rather than {@code max_completion_tokens}: every OpenAI-compatible local server
     * (llama.cpp, vLLM, LM Studio, Ollama's /v1) reads it. Without a key no Authorization header is sent.
     */
    private static ChatModel openAi(LlmSettings settings, int maxTokens) {
        LlmSettings.Calls calls = settings.calls();
        OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
                .httpClientBuilder(http(settings))
                .baseUrl(settings.baseUrl())
                .apiKey(settings.key().orElse(null))
                .modelName(settings.model())
                .maxTokens(maxTokens)
                .maxRetries(0);
        calls.temperature().ifPresent(b::temperature);
        calls.seed().ifPresent(b::seed);
        return b.build();
    }

    /** Ollama needs no key; one set is sent as a bearer token, for an Ollama behind an authenticating proxy. */
    private static ChatModel ollama(LlmSettings settings, int maxTokens) {
        LlmSettings.Calls calls = settings.calls();
        OllamaChatModel.OllamaChatModelBuilder b = OllamaChatModel.builder()
                .httpClientBuilder(http(settings))
                .baseUrl(settings.baseUrl())
                .modelName(settings.model())
                .numPredict(maxTokens)
                .maxRetries(0);
        calls.temperature().ifPresent(b::temperature);
        calls.seed().ifPresent(b::seed);
        settings.key().ifPresent(key -> b.customHeaders(Map.of("Authorization", "Bearer " + key)));
        return b.build();
    }

    /**
     * The HTTP client: connecting may take the connect timeout, the whole call the settings' timeout
     * (a non-streaming reply arrives whole, so waiting for its response is waiting for all of it).
     */
    private static HttpClientBuilder http(LlmSettings settings) {
        return new PinnedTimeouts(settings.calls().connectTimeout(), settings.timeout());
    }

    /**
     * A JDK HTTP client builder whose timeouts are the settings' and stay so: LangChain4j's OpenAI model
     * sets both from its one {@code timeout} (or its defaults of 15 and 60 s) on whatever builder it gets.
     */
    private record PinnedTimeouts(Duration connect, Duration read) implements HttpClientBuilder {
        @Override
        public Duration connectTimeout() {
            return connect;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration ignored) {
            return this;
        }

        @Override
        public Duration readTimeout() {
            return read;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration ignored) {
            return this;
        }

        @Override
        public HttpClient build() {
            return JdkHttpClient.builder().connectTimeout(connect).readTimeout(read).build();
        }
    }
}
