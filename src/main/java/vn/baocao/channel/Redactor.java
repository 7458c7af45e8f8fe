package vn.baocao.channel;

import vn.baocao.report.Require;

/**
 * Takes the bot token out of text bound for a log or a user: request URLs carry it
 * ({@code /bot<token>/sendMessage}), and an exception's message may quote the URL.
 */
public final class Redactor {
    private final String token;

    public Redactor(String token) {
        this.token = Require.notBlank(token, "bot token");
    }

    /** {@code text} with the token replaced by "&lt;token&gt;". */
    public String redact(String text) {
        return text == null ? "" : text.replace(token, "<token>");
    }

    /** The message of {@code e} and of its causes, redacted, for one log line. */
    public String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!out.isEmpty()) {
                out.append(" ← ");
            }
            out.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(t.getMessage());
            }
        }
        return redact(out.toString());
    }
}
