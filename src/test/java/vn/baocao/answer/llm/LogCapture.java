package vn.baocao.answer.llm;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Captures what is logged to stderr while an action runs (slf4j-simple writes to the current
 * {@code System.err}), so tests can read the log lines an answer produced.
 */
final class LogCapture {
    private LogCapture() {
    }

    /** The result of {@code action} and everything written to stderr meanwhile. */
    record Logged<T>(T result, String log) {
        long lines() {
            return log.lines().count();
        }
    }

    static synchronized <T> Logged<T> during(Supplier<T> action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            T result = action.get();
            return new Logged<>(result, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
