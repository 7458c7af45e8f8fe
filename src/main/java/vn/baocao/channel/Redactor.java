package vn.baocao.channel;

import vn.baocao.report.Require;

/**
 * Takes the bot token out of text bound for a log or a user: request URLs carry it
 * ({@code /bot<token>/sendMessage}), and an exception's message may quote the URL.
 */
public final class Redactor {
    private final String token;
    /** The token as it appears in a URL's path or query, its ":" escaped. */
    private final String encoded;

    public Redactor(String token) {
        this.token = Require.notBlank(token, "bot token");
        this.encoded = java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code text} with the token, plain or URL-encoded, replaced by "&lt;token&gt;". */
    public String redact(String text) {
        return text == null ? "" : text.replace(token, "<token>").replace(encoded, "<token>");
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
