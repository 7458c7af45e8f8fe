package vn.baocao.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.text.VietnameseText;

/**
 * Reads a news page's view counter — "Lượt xem: 2.318", "👁 2.318 lượt xem", "17/12/2021 11:30 · Lượt đọc:
 * 1.246" — from a line of its chrome: the page says how often it had been read when it was saved.
 *
 * <p>Only a short line is a counter: in a sentence "hơn 3 triệu lượt xem trên mạng xã hội" is what the article
 * reports, not how often it was read.
 */
final class ViewCounter {
    /** Longer than a posting line with its date, time, byline and counters, shorter than a sentence of prose. */
    private static final int MAX_LINE = 120;
    private static final String NUMBER = "(\\d{1,3}(?:[.,]\\d{3})+|\\d+)";
    private static final Pattern LABEL_FIRST = Pattern.compile("(?:so )?luot (?:xem|doc)\\s*:?\\s*" + NUMBER + "(?![\\d.,]*\\d)");
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?<![\\d.,])" + NUMBER + "\\s+luot (?:xem|doc)\\b");

    private ViewCounter() {
    }

    /** The count a counter line gives, as the page writes it ("2.318"), or empty when {@code line} is no counter. */
    static Optional<String> count(String line) {
        if (line.length() > MAX_LINE) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(line); // digits and their separators fold to themselves
        for (Pattern p : new Pattern[] {LABEL_FIRST, NUMBER_FIRST}) {
            Matcher m = p.matcher(folded);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
