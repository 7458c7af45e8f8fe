package vn.baocao.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.Citation;
import vn.baocao.report.Passage;
import vn.baocao.report.Require;

/**
 * The "📄 n" button under an answer, which opens source n in full. Its callback data names the passage
 * itself — report id, ordinal and a checksum of its text — not the chat's last answer, so a button
 * still works after the bot restarts or the chat asks something else, and one whose report has since
 * changed is recognised as stale rather than opening another passage.
 *
 * @param n        the source's number in its answer
 * @param reportId the passage's report
 * @param ordinal  the passage's position in its report
 * @param checksum {@link #checksum} of the passage's text when the answer was given
 */
record SourceButton(int n, String reportId, int ordinal, String checksum) {
    /** Telegram's limit for callback data, in bytes. */
    static final int MAX_CALLBACK_BYTES = 64;
    private static final String PREFIX = "src";
    private static final Pattern DATA = Pattern.compile(PREFIX + ":(\\d{1,3}):([^:]+):(\\d{1,6}):([0-9a-f]{1,8})");

    SourceButton {
        Require.that(n >= 1, "source number must be >= 1, was " + n);
        Require.notBlank(reportId, "report id");
        Require.that(!reportId.contains(":"), "report id must not contain ':', was " + reportId);
    }

    /** The button for {@code citation}. */
    static SourceButton of(Citation citation) {
        Passage p = citation.passage();
        return new SourceButton(citation.n(), p.report().id(), p.ordinal(), checksum(p.text()));
    }

    /** The button whose callback data is {@code data}, or empty when it is not one of ours. */
    static Optional<SourceButton> parse(String data) {
        Matcher m = DATA.matcher(data == null ? "" : data);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SourceButton(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)),
                m.group(4)));
    }

    /** "📄 n". */
    String label() {
        return "📄 " + n;
    }

    /** "src:n:reportId:ordinal:checksum". */
    String callbackData() {
        return PREFIX + ":" + n + ":" + reportId + ":" + ordinal + ":" + checksum;
    }

    /** True when the callback data fits Telegram's limit (report ids are 16 hex digits, so it always does). */
    boolean fits() {
        return callbackData().getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES;
    }

    /** True when {@code passage} is still the one this button was made for. */
    boolean matches(Passage passage) {
        return checksum.equals(checksum(passage.text()));
    }

    /** A short fingerprint of a passage's text; {@link String#hashCode} is specified, so it survives restarts. */
    static String checksum(String text) {
        return Integer.toHexString(text.hashCode());
    }
}
