package vn.baocao.channel.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's reading of a message in HTML parse mode, as strict as Telegram: only its tags, properly
 * nested; only the entities {@code &lt; &gt; &amp; &quot;} and numeric ones; anything else is "can't
 * parse entities". Gives the text the user sees, whose length is what the 4096 limit counts.
 */
public final class TelegramHtml {
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
            "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+=\"[^\"<>]*\")*)\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");

    private TelegramHtml() {
    }

    /** The text {@code html} shows; IllegalArgumentException saying what is wrong when Telegram would refuse it. */
    public static String plainText(String html) {
        StringBuilder text = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(html).region(i, html.length());
                if (!tag.lookingAt() || !TAGS.contains(tag.group(2))) {
                    throw new IllegalArgumentException("unsupported start tag at byte offset " + i);
                }
                if (tag.group(1).isEmpty()) {
                    open.push(tag.group(2));
                } else if (!tag.group(2).equals(open.poll())) {
                    throw new IllegalArgumentException("unmatched end tag at byte offset " + i);
                }
                i = tag.end();
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    throw new IllegalArgumentException("unsupported entity at byte offset " + i);
                }
                text.append(decode(entity.group(1)));
                i = entity.end();
            } else if (c == '>') {
                throw new IllegalArgumentException("unescaped > at byte offset " + i);
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("can't find end tag corresponding to start tag " + open.peek());
        }
        return text.toString();
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> Character.toString(entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1)));
        };
    }
}
