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
 * {@code BAOCAO_LLM_API_KEY} (from the environment only), {@code BAOCAO_LLM_TIMEOUT} (whole seconds one
 * call may take in all, default 60) and how each call is bounded ({@link Calls}). A bad value fails with a
 * {@link SettingsException} naming the key.
 *
 * <p>{@link #toString()} never shows the API key, so the record can be logged.
 *
 * @param provider which API to speak
 * @param baseUrl  the server's base URL ("http://localhost:11434", "http://localhost:8080/v1"); empty for none
 * @param model    the model name; empty for none
 * @param apiKey   the bearer token, or empty when the server needs none
 * @param timeout  how long one model call may take in all before the extractive answer is used instead
 * @param calls    the length limits, sampling and connect timeout every call carries
 */
public record LlmSettings(Provider provider, String baseUrl, String model, String apiKey, Duration timeout,
                          Calls calls) {
    static final String LLM = "BAOCAO_LLM";
    static final String BASE_URL = "BAOCAO_LLM_BASE_URL";
    static final String MODEL = "BAOCAO_LLM_MODEL";
    static final String API_KEY = "BAOCAO_LLM_API_KEY";
    static final String TIMEOUT = "BAOCAO_LLM_TIMEOUT";
    static final String MAX_TOKENS = "BAOCAO_LLM_MAX_TOKENS";
    static final String REWRITE_MAX_TOKENS = "BAOCAO_LLM_REWRITE_MAX_TOKENS";
    static final String TEMPERATURE = "BAOCAO_LLM_TEMPERATURE";
    static final String SEED = "BAOCAO_LLM_SEED";
    static final String CONNECT_TIMEOUT = "BAOCAO_LLM_CONNECT_TIMEOUT";
    /** A small model on one CPU reads a lean prompt in a few seconds and writes a short answer in well under a minute. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /**
     * How every call to the model is bounded and made repeatable.
     *
     * @param maxTokens        the longest answer, summary or merger the model may write ({@code max_tokens},
     *                         Ollama's {@code num_predict}); a short cited answer needs a few hundred
     * @param rewriteMaxTokens the longest rewrite of a follow-up: one question, of which only the first line is used
     * @param temperature      the sampling temperature, low for answers that stay close to the sources; empty
     *                         leaves it to the server (OpenAI's reasoning models accept only their own)
     * @param seed             the sampling seed where the API has one, so runs repeat; empty leaves it to the server
     * @param connectTimeout   how long connecting to the server may take, apart from the call's whole timeout
     */
    public record Calls(int maxTokens, int rewriteMaxTokens, Optional<Double> temperature, Optional<Integer> seed,
                        Duration connectTimeout) {
        static final int DEFAULT_MAX_TOKENS = 320;
        static final int DEFAULT_REWRITE_MAX_TOKENS = 48;
        static final double DEFAULT_TEMPERATURE = 0.2;
        static final int DEFAULT_SEED = 42;
        static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

        public Calls {
            if (maxTokens < 1 || rewriteMaxTokens < 1) {
                throw new SettingsException(MAX_TOKENS + " and " + REWRITE_MAX_TOKENS + " must be positive, were "
                        + maxTokens + " and " + rewriteMaxTokens);
            }
            temperature = temperature == null ? Optional.empty() : temperature;
            seed = seed == null ? Optional.empty() : seed;
            if (connectTimeout == null || connectTimeout.isZero() || connectTimeout.isNegative()) {
                throw new SettingsException(CONNECT_TIMEOUT + " must be a positive duration, was " + connectTimeout);
            }
        }

        /** The defaults: suited to a small local model on a CPU, repeatable. */
        public static Calls defaults() {
            return new Calls(DEFAULT_MAX_TOKENS, DEFAULT_REWRITE_MAX_TOKENS, Optional.of(DEFAULT_TEMPERATURE),
                    Optional.of(DEFAULT_SEED), DEFAULT_CONNECT_TIMEOUT);
        }

        static Calls from(SettingValues values) {
            Optional<Integer> seed = values.find(SEED).filter(v -> v.equalsIgnoreCase(SettingValues.SERVER_DEFAULT)).isPresent()
                    ? Optional.empty() : Optional.of(values.integer(SEED, DEFAULT_SEED, 0, Integer.MAX_VALUE));
            return new Calls(values.integer(MAX_TOKENS, DEFAULT_MAX_TOKENS, 16, 32_768),
                    values.integer(REWRITE_MAX_TOKENS, DEFAULT_REWRITE_MAX_TOKENS, 8, 1_024),
                    values.decimalOrServer(TEMPERATURE, Optional.of(DEFAULT_TEMPERATURE), 0, 2),
                    seed, values.seconds(CONNECT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT));
        }
    }

    /** The APIs baocao can speak. */
    public enum Provider {
        /** No model: the extractive composer answers. */
        NONE,
        /** The OpenAI chat-completions API: OpenAI, vLLM, llama.cpp server, LM Studio. */
        OPENAI,
        /** Ollama's native {@code /api/chat}. */
        OLLAMA
    }

    /** Settings whose calls are bounded as by default ({@link Calls#defaults()}). */
    public LlmSettings(Provider provider, String baseUrl, String model, String apiKey, Duration timeout) {
        this(provider, baseUrl, model, apiKey, timeout, Calls.defaults());
    }

    public LlmSettings {
        calls = calls == null ? Calls.defaults() : calls;
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
        return new LlmSettings(provider, baseUrl, values.get(MODEL, ""), values.get(API_KEY, ""), timeout,
                Calls.from(values));
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
                + ", timeout=" + timeout.toSeconds() + " s, connect " + calls.connectTimeout().toSeconds() + " s"
                + ", max_tokens=" + calls.maxTokens() + " (rewrite " + calls.rewriteMaxTokens() + ")"
                + ", temperature=" + calls.temperature().map(String::valueOf).orElse(SettingValues.SERVER_DEFAULT)
                + ", seed=" + calls.seed().map(String::valueOf).orElse(SettingValues.SERVER_DEFAULT) + "]";
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
