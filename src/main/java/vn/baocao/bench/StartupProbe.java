package vn.baocao.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures start-up honestly: a fresh JVM runs {@code baocao ask --index DIR QUESTION} on the same
 * class path as this one, and the time is taken from launching the process to the answer's first line
 * on its standard output. That includes JVM start, class loading, opening the index and the first,
 * cold answer — what a user waits for — but not the build check of the {@code ./baocao} launcher.
 * The child's log lines go to this process's standard error, so a failure says why.
 *
 * <p>The child runs with the C1 compiler alone and a class-data archive, as the {@code ./baocao} launcher
 * runs {@code ask}: it is launched twice, the first time recording the archive (what the first run after
 * a build costs), the second time using it (every run after that).
 */
final class StartupProbe {
    private static final long TIMEOUT_SECONDS = 120;

    private StartupProbe() {
    }

    /**
     * Seconds from launch to the first answer line.
     *
     * @param firstRun the first run, which records the class-data archive
     * @param seconds  a run with the archive: the figure users see
     */
    record Startup(double firstRun, double seconds) {
    }

    /**
     * Launch to the first line of the answer to {@code question} over the index in {@code index}; the
     * class-data archive is written to {@code archive}, which must not exist yet.
     *
     * @throws IllegalStateException naming the command when the process fails, prints nothing or hangs
     */
    static Startup toFirstAnswer(Path index, String question, Path archive) {
        if (!onJarsOnly()) { // the JVM archives classes from jars only: from a build tree, time one plain run
            double once = secondsToFirstAnswer(index, question, List.of());
            return new Startup(once, once);
        }
        // as the launcher: the JVM's notes on classes it cannot archive would be the first line of standard output
        List<String> archiving = List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        double first = secondsToFirstAnswer(index, question, archiving);
        return new Startup(first, secondsToFirstAnswer(index, question, archiving));
    }

    private static boolean onJarsOnly() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).allMatch(e -> e.endsWith(".jar"));
    }

    private static double secondsToFirstAnswer(Path index, String question, List<String> jvmOptions) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-XX:TieredStopAtLevel=1"); // as the launcher runs one-shot commands: C1 alone
        command.addAll(List.of("-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "--enable-native-access=ALL-UNNAMED", // as the jar's manifest allows: no warning on a class path
                "-cp", System.getProperty("java.class.path"), "vn.baocao.cli.Main", "ask", "--index", index.toString(),
                question));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            String firstLine;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                firstLine = out.readLine();
                double seconds = (System.nanoTime() - start) / 1e9;
                out.transferTo(Writer.nullWriter());
                check(process, firstLine, index);
                return seconds;
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run `" + java + " ... ask --index " + index + "`: " + e.getMessage(), e);
        }
    }

    private static void check(Process process, String firstLine, Path index) throws IOException {
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("`baocao ask --index " + index + "` did not end within "
                        + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing start-up", e);
        }
        if (process.exitValue() != 0 || firstLine == null) {
            throw new IllegalStateException("`baocao ask --index " + index + "` exited with " + process.exitValue()
                    + (firstLine == null ? " and printed no answer" : ""));
        }
    }
}
