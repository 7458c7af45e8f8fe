package vn.baocao.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.text.VietnameseText;

/**
 * Recognises a dateline — a line that only gives the publication date and time, e.g.
 * "Thứ hai, 22/07/2019 19:00 PM - 0 Trả lời" or "Cập nhật: 06/01/2025 10:15 GMT+7" — and reads its
 * date.
 *
 * <p>A line is a dateline when it has a full date and nothing else with letters once the weekday,
 * the time, comment counters and words such as "Cập nhật" are taken away, or when what is left besides
 * a time or weekday is short labels between separators (a byline, the site's name: "Thanh Hà - Minh
 * Quân Thứ Ba, 11/01/2022 12:05"); a sentence that happens to contain a date keeps its other words
 * and is prose.
 */
final class Datelines {
    private static final int MAX_LENGTH = 100;
    private static final Pattern FULL_DATE =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?!\\d)");
    private static final Pattern NOT_CONTENT = Pattern.compile(String.join("|",
            "thu (hai|ba|tu|nam|sau|bay|[2-7])", "chu nhat", "\\bcn\\b",
            "\\d{1,2}\\s*[:h]\\s*\\d{2}(\\s*:\\s*\\d{2})?\\s*(am|pm|sa|ch)?", "(gmt|utc)\\s*[+-]?\\s*\\d{0,2}",
            "\\d+\\s*(tra loi|binh luan|luot xem|luot thich)", "(luot xem|luot doc|binh luan)\\s*:?\\s*[\\d.,]+",
            "cap nhat|ngay dang|dang luc|dang ngay|thoi gian|ngay|luc|gio|published|updated"));

    /** A time of day or a weekday: what a posting line prints next to its date, and prose seldom does. */
    private static final Pattern WHEN_POSTED = Pattern.compile(
            "\\d{1,2}\\s*:\\s*\\d{2}|\\bthu (hai|ba|tu|nam|sau|bay)\\b|\\bchu nhat\\b");
    private static final Pattern LABEL_SEPARATORS = Pattern.compile("\\s[-–—|·•]\\s|[|·•,()]");
    private static final int MAX_LABEL_WORDS = 4;
    /** The label of a meeting's time in its header lines: "Thời gian:". */
    private static final Pattern MEETING_TIME = Pattern.compile("(?iu)\\s*thời gian\\s*:");

    private Datelines() {
    }

    /** The date of a dateline; empty when {@code line} is not one. */
    static Optional<LocalDate> date(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher date = FULL_DATE.matcher(line);
        if (!date.find() || MEETING_TIME.matcher(line).lookingAt()) {
            return Optional.empty(); // "Thời gian: 15h00, thứ Năm, ngày 21/8/2025" is when the meeting was held
        }
        String folded = VietnameseText.fold(FULL_DATE.matcher(line).replaceAll(" "));
        String rest = NOT_CONTENT.matcher(folded).replaceAll(" ");
        if (rest.chars().anyMatch(Character::isLetter) && !(WHEN_POSTED.matcher(folded).find() && onlyShortLabels(rest))) {
            return Optional.empty();
        }
        return dayMonthYear(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                Integer.parseInt(date.group(3)));
    }

    /**
     * True when {@code rest} is only short labels between separators — bylines, a site's or section's
     * name ("Thanh Hà - Minh Quân", "KIỀU BÀO NEWS – Cộng đồng") — as a posting line prints them.
     */
    private static boolean onlyShortLabels(String rest) {
        for (String label : LABEL_SEPARATORS.split(rest)) {
            String words = label.replaceAll("[^\\p{L}\\s]", " ").strip();
            if (!words.isEmpty() && words.split("\\s+").length > MAX_LABEL_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** The date for a day, month and year, or empty when they name no date (31/2). */
    static Optional<LocalDate> dayMonthYear(int day, int month, int year) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31/2" is a typo or not a date at all; it must not become one
        }
    }
}
