package vn.baocao.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import vn.baocao.report.Require;

/**
 * Cuts a message into pieces a messenger accepts (at most {@code limit} characters each): Telegram's
 * HTML messages, Zalo's plain-text ones.
 *
 * <p>A cut is made at the last paragraph break that fits, else the last line break, else the last
 * sentence end, else the last space, else anywhere allowed. A cut is never made between the two halves
 * of a surrogate pair, nor between a citation marker "[n]" and the text on its line; in HTML, never
 * inside a tag, an element ({@code <b>…</b>}, {@code <a …>…</a>}) or an entity either. Each piece is
 * stripped; joined with the whitespace that was cut, the pieces give back the message.
 */
public final class MessageSplitter {
    private MessageSplitter() {
    }

    /** The pieces of the HTML message {@code html}, in order, each at most {@code limit} characters long. */
    public static List<String> html(String html, int limit) {
        return split(html, limit, true);
    }

    /** The pieces of the plain-text message {@code text}, in order, each at most {@code limit} characters long. */
    public static List<String> plain(String text, int limit) {
        return split(text, limit, false);
    }

    private static List<String> split(String message, int limit, boolean html) {
        Require.that(limit > 0, "limit must be > 0, was " + limit);
        List<String> pieces = new ArrayList<>();
        String rest = message.strip();
        while (rest.length() > limit) {
            int cut = cut(rest, limit, html ? outsideMarkup(rest, limit) : outsideSurrogates(rest, limit));
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /**
     * Where to cut {@code html} (longer than {@code limit}): the end of the first piece, at a place where
     * {@code outside} allows it.
     */
    private static int cut(String html, int limit, boolean[] outside) {
        // Cut before the break: the piece ends with the paragraph, the break is stripped from the rest.
        List<IntPredicate> preferences = List.of(
                i -> html.charAt(i) == '\n' && html.charAt(i + 1) == '\n',
                i -> html.charAt(i) == '\n',
                i -> html.charAt(i) == ' ' && ".!?…".indexOf(html.charAt(i - 1)) >= 0,
                i -> Character.isWhitespace(html.charAt(i)),
                i -> true);
        for (IntPredicate preferred : preferences) {
            for (int i = limit; i > 0; i--) {
                if (outside[i] && preferred.test(i) && !splitsAMarkerFromItsText(html, i)
                        && !html.substring(0, i).isBlank()) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("no place to cut a message of " + html.length()
                + " characters within " + limit + ": a tag or element is longer than a message");
    }

    /** {@code outside[i]} is true when a cut before character {@code i} (1 ≤ i ≤ limit) keeps surrogate pairs whole. */
    private static boolean[] outsideSurrogates(String text, int limit) {
        boolean[] outside = new boolean[limit + 1];
        for (int i = 1; i <= limit; i++) {
            outside[i] = !Character.isLowSurrogate(text.charAt(i));
        }
        return outside;
    }

    /**
     * {@code outside[i]} is true when a cut before character {@code i} (1 ≤ i ≤ limit) falls outside
     * every tag, element and entity, and not inside a surrogate pair.
     */
    private static boolean[] outsideMarkup(String html, int limit) {
        boolean[] outside = new boolean[limit + 1];
        boolean inTag = false;
        boolean inEntity = false;
        boolean closing = false;
        int depth = 0;
        for (int i = 0; i < limit; i++) {
            char c = html.charAt(i);
            if (inTag) {
                if (c == '>') {
                    inTag = false;
                    boolean selfClosing = html.charAt(i - 1) == '/';
                    depth += closing ? -1 : selfClosing ? 0 : 1;
                }
            } else if (inEntity) {
                inEntity = c != ';';
            } else if (c == '<') {
                inTag = true;
                closing = i + 1 < html.length() && html.charAt(i + 1) == '/';
            } else if (c == '&') {
                inEntity = true;
            }
            outside[i + 1] = !inTag && !inEntity && depth == 0 && !Character.isLowSurrogate(html.charAt(i + 1));
        }
        return outside;
    }

    /**
     * True when a cut before {@code i} falls within a line next to a marker: "… chủ trì |[1]." or
     * "[2] |Tiêu đề". A cut at a line break never does: the marker stays on its line.
     */
    private static boolean splitsAMarkerFromItsText(String html, int i) {
        if (html.charAt(i - 1) == '\n' || html.charAt(i) == '\n') {
            return false;
        }
        int left = i - 1;
        while (left >= 0 && html.charAt(left) == ' ') {
            left--;
        }
        int right = i;
        while (right < html.length() && html.charAt(right) == ' ') {
            right++;
        }
        return left >= 0 && endsWithMarker(html, left) || right < html.length() && startsWithMarker(html, right);
    }

    /** True when a marker "[n]" ends at {@code end} (inclusive). */
    private static boolean endsWithMarker(String html, int end) {
        if (html.charAt(end) != ']') {
            return false;
        }
        int j = end - 1;
        while (j >= 0 && Character.isDigit(html.charAt(j))) {
            j--;
        }
        return j < end - 1 && j >= 0 && html.charAt(j) == '[';
    }

    /** True when a marker "[n]" starts at {@code start}. */
    private static boolean startsWithMarker(String html, int start) {
        if (html.charAt(start) != '[') {
            return false;
        }
        int j = start + 1;
        while (j < html.length() && Character.isDigit(html.charAt(j))) {
            j++;
        }
        return j > start + 1 && j < html.length() && html.charAt(j) == ']';
    }
}
