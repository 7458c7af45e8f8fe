package vn.baocao.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures start-up honestly: a fresh JVM runs {@code baocao ask --index DIR QUESTION} on the same
 * class path as this one, and the time is taken from launching the process to the answer's first line
 * on its standard output. That includes JVM start, class loading, opening the index and the first,
 * cold answer — what a user waits for — but not the build check of the {@code ./baocao} launcher.
 * The child's log lines go to this process's standard error, so a failure says why.
 */
final class StartupProbe {
    private static final long TIMEOUT_SECONDS = 120;

    private StartupProbe() {
    }

    /**
     * Seconds from launch to the first line of the answer to {@code question} over the index in {@code index}.
     *
     * @throws IllegalStateException naming the command when the process fails, prints nothing or hangs
     */
    static double secondsToFirstAnswer(Path index, String question) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "--enable-native-access=ALL-UNNAMED", // as the jar's manifest allows: no warning on a class path
                "-cp", System.getProperty("java.class.path"), "vn.baocao.cli.Main", "ask", "--index", index.toString(),
                question);
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
