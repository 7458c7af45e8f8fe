package vn.baocao.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the line that credits the original article and gives its address, e.g.
 * "Nguồn Quảng Trị: http://www.baoquangtri.vn/…-190924.htm", "Theo Báo Quốc tế: https://…", or a
 * bare URL alone on a line, and reads the URL.
 */
final class SourceLine {
    private static final Pattern CREDITED_URL = Pattern.compile(
            "(?iu)^(?:nguồn|theo|source|link bài viết|link gốc|bài gốc|xem bài gốc)[^:]{0,80}:"
                    + "\\s*(https?://\\S+?)[.,;)]*$");
    private static final Pattern BARE_URL = Pattern.compile("^(https?://\\S+?)[.,;)]*$");

    private SourceLine() {
    }

    /** The URL a source line gives; empty when {@code line} is not a source line. */
    static Optional<String> url(String line) {
        for (Pattern pattern : new Pattern[] {CREDITED_URL, BARE_URL}) {
            Matcher matcher = pattern.matcher(line.strip());
            if (matcher.matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
