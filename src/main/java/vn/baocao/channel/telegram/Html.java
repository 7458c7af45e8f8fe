package vn.baocao.channel.telegram;

/**
 * Telegram's HTML parse mode: escaping of text that comes from users or reports, and the few tags the
 * bot uses. Everything put between tags goes through {@link #escape}, so no input can open a tag.
 */
final class Html {
    private Html() {
    }

    /** {@code text} with {@code &}, {@code <}, {@code >} and {@code "} escaped (safe in text and attributes). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} in bold, escaped. */
    static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    /** {@code text} in italics, escaped. */
    static String italic(String text) {
        return "<i>" + escape(text) + "</i>";
    }

    /** {@code text} as a monospace code span, escaped. */
    static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }

    /** A link to {@code url} showing {@code text}; plain escaped text when the URL is not http(s). */
    static String link(String url, String text) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return escape(text);
        }
        return "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>";
    }
}
