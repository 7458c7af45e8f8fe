package vn.baocao.channel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard error — where every log line and stack trace goes — with the bot token taken out
 * of each line before it is written, whatever printed it: a library's exception message quoting a request
 * URL, an API error description a server echoed the token in. Lines are redacted whole, so a token is never
 * written in two halves.
 */
public final class RedactedLog extends OutputStream {
    private final PrintStream target;
    private final Redactor redactor;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    private RedactedLog(PrintStream target, Redactor redactor) {
        this.target = target;
        this.redactor = redactor;
    }

    /** Puts a redacting standard error in place of the current one, for the rest of the process. */
    public static void install(String token) {
        PrintStream current = System.err;
        System.setErr(new PrintStream(new RedactedLog(current, new Redactor(token)), true, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') {
            flushLine();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() {
        // a partial line waits for its end, unless it grows long: then it is written as it is, redacted
        if (line.size() > 64 * 1024) {
            flushLine();
        }
        target.flush();
    }

    private void flushLine() {
        target.print(redactor.redact(line.toString(StandardCharsets.UTF_8)));
        target.flush();
        line.reset();
    }
}
