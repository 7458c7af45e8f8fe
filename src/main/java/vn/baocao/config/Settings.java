package vn.baocao.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * baocao's settings, read from defaults, then an optional {@code baocao.properties} in the working
 * directory, then the environment (which wins). Keys are the environment variable names in both
 * places. A bad value fails at start-up with a {@link SettingsException} naming the key.
 *
 * @param indexDir where the index lives ({@code BAOCAO_INDEX}, default {@code index/})
 */
public record Settings(Path indexDir) {
    /** The optional properties file, looked for in the working directory. */
    public static final String FILE = "baocao.properties";
    static final String INDEX = "BAOCAO_INDEX";

    /** The settings for a process with environment {@code env} started in {@code workingDir}. */
    public static Settings load(Map<String, String> env, Path workingDir) {
        Map<String, String> values = new HashMap<>(fromFile(workingDir.resolve(FILE)));
        env.forEach((k, v) -> {
            if (k.startsWith("BAOCAO_") && v != null && !v.isBlank()) {
                values.put(k, v.strip());
            }
        });
        return new Settings(path(values, INDEX, workingDir.resolve("index")));
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

    private static Path path(Map<String, String> values, String key, Path fallback) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new SettingsException(key + " is not a valid path: " + v, e);
        }
    }
}
