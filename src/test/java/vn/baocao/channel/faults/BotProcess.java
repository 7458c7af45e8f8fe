package vn.baocao.channel.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A bot running as its own process — the same {@code Main} the launcher runs, on the test class path,
 * under {@code -Xmx512m} — so that it can be stopped as an operating system stops it: SIGTERM, or SIGKILL
 * at any moment. Its output goes to a log file beside its data.
 */
final class BotProcess {
    private final Process process;
    private final Path log;

    private BotProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code baocao <command> --index indexDir <options>} in {@code dataDir} with {@code env} added. */
    static BotProcess start(String command, Path indexDir, Path dataDir, Map<String, String> env, String name,
                            String... options) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> args = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "vn.baocao.cli.Main", command, "--index",
                indexDir.toAbsolutePath().toString()));
        args.addAll(List.of(options));
        try {
            Files.createDirectories(dataDir);
            Path log = dataDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(args).directory(dataDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("BAOCAO_") || k.startsWith("TELEGRAM_")
                    || k.startsWith("ZALO_"));
            builder.environment().put("BAOCAO_CONVERSATIONS", dataDir.resolve("conversations.db").toAbsolutePath().toString());
            builder.environment().putAll(env);
            return new BotProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the bot process", e);
        }
    }

    /** What a command run to its end printed, and its exit code. */
    record Finished(int exitCode, String output) {
    }

    /** Runs {@code baocao <args>} under {@code -Xmx512m} in {@code dir} to its end (at most {@code seconds}). */
    static Finished run(Path dir, int seconds, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "vn.baocao.cli.Main"));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile(dir, "run", ".log");
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("baocao " + String.join(" ", args) + " did not end within " + seconds
                        + " s: " + Files.readString(log));
            }
            return new Finished(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run baocao", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** SIGTERM, then waits for the process to end (it stops cleanly within its grace period). */
    int terminate() {
        process.destroy();
        return await();
    }

    /** SIGKILL: the process ends at once, wherever it was. */
    int kill() {
        process.destroyForcibly();
        return await();
    }

    private int await() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the bot process did not end within 60 s; its log: " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The process's log so far. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
