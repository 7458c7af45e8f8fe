package vn.baocao.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.report.Require;

/**
 * The "📝 Tóm tắt" button under an answer that cites a single report, which asks for that report's
 * summary. Like a {@link SourceButton}, its callback data names the report itself, not the chat's last
 * answer, so it works after a restart; a report no longer in the index is recognised as gone.
 *
 * @param reportId the report to summarise
 */
record SummaryButton(String reportId) {
    private static final String PREFIX = "sum";
    private static final Pattern DATA = Pattern.compile(PREFIX + ":([^:]+)");

    SummaryButton {
        Require.notBlank(reportId, "report id");
        Require.that(!reportId.contains(":"), "report id must not contain ':', was " + reportId);
    }

    /** The button whose callback data is {@code data}, or empty when it is not one. */
    static Optional<SummaryButton> parse(String data) {
        Matcher m = DATA.matcher(data == null ? "" : data);
        return m.matches() ? Optional.of(new SummaryButton(m.group(1))) : Optional.empty();
    }

    String label() {
        return "📝 Tóm tắt";
    }

    /** "sum:reportId". */
    String callbackData() {
        return PREFIX + ":" + reportId;
    }

    /** True when the callback data fits Telegram's limit. */
    boolean fits() {
        return callbackData().getBytes(StandardCharsets.UTF_8).length <= SourceButton.MAX_CALLBACK_BYTES;
    }

    /** What the chat is asked on a tap: the summary command for the report. */
    String command() {
        return "/tomtat " + reportId;
    }
}
