package vn.baocao.answer.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;
import vn.baocao.config.LlmSettings;

/** Builds the LangChain4j chat model the settings name; building does not touch the network. */
final class ChatModels {
    /** Low, for answers that stay close to the sources; set only for Ollama (see {@link #openAi}). */
    private static final double OLLAMA_TEMPERATURE = 0.2;

    private ChatModels() {
    }

    static ChatModel of(LlmSettings settings) {
        return switch (settings.provider()) {
            case OPENAI -> openAi(settings);
            case OLLAMA -> ollama(settings);
            case NONE -> throw new IllegalArgumentException("no chat model when BAOCAO_LLM=none");
        };
    }

    /**
     * No retries: a user is waiting, and the extractive answer is ready. The temperature is left to the
     * server, since OpenAI's reasoning models refuse any but their own; without a key no Authorization
     * header is sent (llama.cpp server, LM Studio).
     */
    private static ChatModel openAi(LlmSettings settings) {
        return OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.key().orElse(null))
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .build();
    }

    /** Ollama needs no key; one set is sent as a bearer token, for an Ollama behind an authenticating proxy. */
    private static ChatModel ollama(LlmSettings settings) {
        OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder()
                .baseUrl(settings.baseUrl())
                .modelName(settings.model())
                .temperature(OLLAMA_TEMPERATURE)
                .timeout(settings.timeout())
                .maxRetries(0);
        settings.key().ifPresent(key -> builder.customHeaders(Map.of("Authorization", "Bearer " + key)));
        return builder.build();
    }
}
