package vn.baocao.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The raw setting values of a process: an optional {@code baocao.properties} in the working
 * directory, overridden by the environment. Only keys of baocao's own prefixes ({@code BAOCAO_},
 * {@code TELEGRAM_}, {@code ZALO_}) are taken from the environment. Secrets (keys ending in
 * {@code _TOKEN} or {@code _API_KEY}) come from the environment only: one found in the file is refused,
 * as files get committed and copied. The typed getters fail with a
 * {@link SettingsException} naming the key when a value is malformed.
 */
public final class SettingValues {
    /** The optional properties file, looked for in the working directory. */
    public static final String FILE = "baocao.properties";
    /** The value that leaves a setting to the server it is sent to. */
    public static final String SERVER_DEFAULT = "server";
    private static final List<String> PREFIXES = List.of("BAOCAO_", "TELEGRAM_", "ZALO_");

    private final Map<String, String> values;

    private SettingValues(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The values for a process with environment {@code env} started in {@code workingDir}. */
    public static SettingValues load(Map<String, String> env, Path workingDir) {
        Map<String, String> values = new HashMap<>(fromFile(workingDir.resolve(FILE)));
        values.keySet().stream().filter(SettingValues::isSecret).findFirst().ifPresent(key -> {
            throw new SettingsException(key + " is a secret: set it in the environment, not in " + FILE);
        });
        env.forEach((k, v) -> {
            if (PREFIXES.stream().anyMatch(k::startsWith) && v != null && !v.isBlank()) {
                values.put(k, v.strip());
            }
        });
        return new SettingValues(values);
    }

    private static boolean isSecret(String key) {
        return key.endsWith("_TOKEN") || key.endsWith("_API_KEY");
    }

    /** Values given directly (tests). Blank values count as unset. */
    public static SettingValues of(Map<String, String> values) {
        Map<String, String> kept = new HashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v.strip());
            }
        });
        return new SettingValues(kept);
    }

    /** The value of {@code key}, stripped, or empty when unset or blank. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value of {@code key}, or {@code fallback} when unset. */
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** The value of {@code key} as a path, or {@code fallback} when unset. */
    public Path path(String key, Path fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new SettingsException(key + " is not a valid path: " + v, e);
        }
    }

    /**
     * The secret under {@code key}, which must be set and match {@code shape}; the messages say how to
     * get one and never repeat the value.
     */
    public String secret(String key, Pattern shape, String howToGetOne, String whatItLooksLike) {
        String value = find(key).orElseThrow(() -> new SettingsException(key + " is not set: " + howToGetOne));
        if (!shape.matcher(value).matches()) {
            throw new SettingsException(key + " does not look like " + whatItLooksLike);
        }
        return value;
    }

    /**
     * The http(s) URL under {@code key} with a host and no query or fragment, or {@code fallback} when
     * unset; {@code form} describes the expected form in the message.
     */
    public URI httpUrl(String key, URI fallback, String form) {
        String raw = get(key, fallback.toString());
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new SettingsException(key + " is not a URL: " + raw, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.matches("https?") || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new SettingsException(key + " must be " + form + ", e.g. " + fallback + ", was " + raw);
        }
        return uri;
    }

    /** The comma-separated items of {@code key}, stripped, blanks dropped; empty when unset. */
    public List<String> list(String key) {
        String v = values.get(key);
        return v == null ? List.of()
                : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The value of {@code key} as a whole number of seconds, or {@code fallback} when unset. */
    public Duration seconds(String key, Duration fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            long s = Long.parseLong(v.endsWith("s") ? v.substring(0, v.length() - 1) : v);
            if (s <= 0) {
                throw new SettingsException(key + " must be a positive number of seconds: " + v);
            }
            return Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            throw new SettingsException(key + " must be a number of seconds: " + v, e);
        }
    }

    /**
     * The value of {@code key} as a whole number in {@code min..max}, or {@code fallback} when unset; a
     * value outside the range fails naming the key.
     */
    public int integer(String key, int fallback, int min, int max) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new SettingsException(key + " must be a whole number from " + min + " to " + max + ": " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new SettingsException(key + " must be a whole number from " + min + " to " + max + ": " + v, e);
        }
    }

    /**
     * The value of {@code key} as a decimal number in {@code min..max}, or {@code fallback} when unset;
     * {@code "server"} gives empty (the server's own default is used).
     */
    public Optional<Double> decimalOrServer(String key, Optional<Double> fallback, double min, double max) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v.equalsIgnoreCase(SERVER_DEFAULT)) {
            return Optional.empty();
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) {
                throw new SettingsException(key + " must be a number from " + min + " to " + max + " or " + SERVER_DEFAULT + ": " + v);
            }
            return Optional.of(d);
        } catch (NumberFormatException e) {
            throw new SettingsException(key + " must be a number from " + min + " to " + max + " or " + SERVER_DEFAULT + ": " + v, e);
        }
    }

    private static Map<String, String> fromFile(Path file) {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read settings file " + file, e);
        }
        p.stringPropertyNames().forEach(k -> out.put(k.strip(), p.getProperty(k).strip()));
        return out;
    }
}
