package vn.baocao.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which language model, if any, composes the answers: {@code BAOCAO_LLM} ({@code none} by default,
 * {@code openai} or {@code ollama}), {@code BAOCAO_LLM_BASE_URL}, {@code BAOCAO_LLM_MODEL},
 * {@code BAOCAO_LLM_API_KEY} (from the environment only) and {@code BAOCAO_LLM_TIMEOUT} (whole
 * seconds, default 30). A bad value fails with a {@link SettingsException} naming the key.
 *
 * <p>{@link #toString()} never shows the API key, so the record can be logged.
 *
 * @param provider which API to speak
 * @param baseUrl  the server's base URL ("http://localhost:11434", "http://localhost:8080/v1"); empty for none
 * @param model    the model name; empty for none
 * @param apiKey   the bearer token, or empty when the server needs none
 * @param timeout  how long one model call may take before the extractive answer is used instead
 */
public record LlmSettings(Provider provider, String baseUrl, String model, String apiKey, Duration timeout) {
    static final String LLM = "BAOCAO_LLM";
    static final String BASE_URL = "BAOCAO_LLM_BASE_URL";
    static final String MODEL = "BAOCAO_LLM_MODEL";
    static final String API_KEY = "BAOCAO_LLM_API_KEY";
    static final String TIMEOUT = "BAOCAO_LLM_TIMEOUT";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** The APIs baocao can speak. */
    public enum Provider {
        /** No model: the extractive composer answers. */
        NONE,
        /** The OpenAI chat-completions API: OpenAI, vLLM, llama.cpp server, LM Studio. */
        OPENAI,
        /** Ollama's native {@code /api/chat}. */
        OLLAMA
    }

    public LlmSettings {
        if (provider == null) {
            throw new SettingsException(LLM + " must be set");
        }
        baseUrl = baseUrl == null ? "" : baseUrl;
        model = model == null ? "" : model;
        apiKey = apiKey == null ? "" : apiKey;
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new SettingsException(TIMEOUT + " must be a positive duration, was " + timeout);
        }
        if (provider != Provider.NONE && model.isBlank()) {
            throw new SettingsException(MODEL + " must name the model when " + LLM + "="
                    + provider.name().toLowerCase(Locale.ROOT) + " (e.g. qwen2.5:7b, gpt-4o-mini)");
        }
    }

    /** No model: the settings of a user who sets nothing. */
    public static LlmSettings none() {
        return new LlmSettings(Provider.NONE, "", "", "", DEFAULT_TIMEOUT);
    }

    /**
     * The settings for a process with environment {@code env} started in {@code workingDir}. The API
     * key is a secret: one found in {@code baocao.properties} is refused (see {@link SettingValues}).
     */
    public static LlmSettings load(Map<String, String> env, Path workingDir) {
        return from(SettingValues.load(env, workingDir));
    }

    /** The settings in {@code values}. */
    public static LlmSettings from(SettingValues values) {
        Provider provider = provider(values.get(LLM, "none"));
        Duration timeout = values.seconds(TIMEOUT, DEFAULT_TIMEOUT);
        if (provider == Provider.NONE) {
            return new LlmSettings(Provider.NONE, "", "", "", timeout);
        }
        String baseUrl = values.find(BASE_URL).map(LlmSettings::checkedUrl).orElse(defaultUrl(provider));
        return new LlmSettings(provider, baseUrl, values.get(MODEL, ""), values.get(API_KEY, ""), timeout);
    }

    /** True when a model composes the answers. */
    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /** The API key, when one is set. */
    public Optional<String> key() {
        return apiKey.isEmpty() ? Optional.empty() : Optional.of(apiKey);
    }

    /** Everything but the key, which shows only as set or not. */
    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.name().toLowerCase(Locale.ROOT) + ", baseUrl=" + baseUrl
                + ", model=" + model + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "(set)")
                + ", timeout=" + timeout.toSeconds() + " s]";
    }

    private static Provider provider(String value) {
        try {
            return Provider.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(LLM + " must be none, openai or ollama, was " + value, e);
        }
    }

    private static String defaultUrl(Provider provider) {
        return provider == Provider.OLLAMA ? "http://localhost:11434" : "https://api.openai.com/v1";
    }

    private static String checkedUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new SettingsException(BASE_URL + " must be an http(s) URL with a host, was " + value);
            }
            return value;
        } catch (URISyntaxException e) {
            throw new SettingsException(BASE_URL + " is not a URL: " + value, e);
        }
    }
}
