package vn.baocao.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * baocao's core settings, read from defaults, then an optional {@code baocao.properties} in the
 * working directory, then the environment (which wins); see {@link SettingValues}. Keys are the
 * environment variable names in both places. A bad value fails at start-up with a
 * {@link SettingsException} naming the key.
 *
 * @param indexDir where the index lives ({@code BAOCAO_INDEX}, default {@code index/})
 */
public record Settings(Path indexDir) {
    static final String INDEX = "BAOCAO_INDEX";

    /** The settings for a process with environment {@code env} started in {@code workingDir}. */
    public static Settings load(Map<String, String> env, Path workingDir) {
        return from(SettingValues.load(env, workingDir), workingDir);
    }

    /** The settings in {@code values}, with paths defaulting under {@code workingDir}. */
    public static Settings from(SettingValues values, Path workingDir) {
        return new Settings(values.path(INDEX, workingDir.resolve("index")));
    }
}
