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
            "(?iu)^(?:nguồn|theo|source|link bài viết|link gốc|bài gốc|xem bài gốc)([^:]{0,80}):"
                    + "\\s*(https?://\\S+?)[.,;)]*$");
    private static final Pattern BARE_URL = Pattern.compile("^(https?://\\S+?)[.,;)]*$");

    private SourceLine() {
    }

    /** The URL a source line gives; empty when {@code line} is not a source line. */
    static Optional<String> url(String line) {
        Matcher credited = CREDITED_URL.matcher(line.strip());
        if (credited.matches()) {
            return Optional.of(credited.group(2));
        }
        Matcher bare = BARE_URL.matcher(line.strip());
        return bare.matches() ? Optional.of(bare.group(1)) : Optional.empty();
    }

    /** The paper a source line names before its address ("Nguồn Quảng Trị: http://…" → "Quảng Trị"); else empty. */
    static String publisher(String line) {
        Matcher credited = CREDITED_URL.matcher(line.strip());
        String named = credited.matches() ? credited.group(1).strip() : "";
        return !named.isEmpty() && Character.isUpperCase(named.charAt(0)) ? named : ""; // not the "tại" of "Xem bài gốc tại:"
    }
}
