package vn.baocao.ingest;

import java.util.regex.Pattern;

/** Strips Markdown inline syntax from a line, keeping the words a reader sees. */
final class MarkdownInline {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\([^)]*\\)|!\\[[^]]*]\\[[^]]*]");
    private static final Pattern LINK = Pattern.compile("\\[([^]]+)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^]]+)]\\[[^]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|mailto:)[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}*_])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*_])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    private static final Pattern TABLE_PIPES = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    // escaped ASCII characters are parked in the private-use area while the syntax is stripped
    private static final int ESCAPED = 0xE000;

    private MarkdownInline() {
    }

    /** Returns {@code line} without images, link targets, emphasis, code ticks, HTML tags or table pipes. */
    static String strip(String line) {
        if (TABLE_RULE.matcher(line.strip()).matches()) {
            return "";
        }
        // escaped characters (\*) are set aside first, so that no later rule reads them as syntax
        String text = ESCAPE.matcher(line)
                .replaceAll(escape -> String.valueOf((char) (ESCAPED + escape.group(1).charAt(0))));
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = CODE.matcher(text).replaceAll("$1");
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        text = STRIKE.matcher(text).replaceAll("$1");
        if (text.strip().startsWith("|")) {
            text = TABLE_PIPES.matcher(text.strip()).replaceAll(" ");
        }
        return SPACES.matcher(unescaped(text)).replaceAll(" ").strip();
    }

    private static String unescaped(String text) {
        var out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append((char) (c >= ESCAPED && c < ESCAPED + 128 ? c - ESCAPED : c)));
        return out.toString();
    }
}
