package vn.baocao.chat;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.text.VietnameseText;

/**
 * Rewrites a short follow-up ("Còn năm 2024 thì sao?", "con 2019 thi sao", "what about 2023?") into a
 * full question from the chat's previous one, so every question the composer sees stands alone.
 */
final class FollowUps {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");
    private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern OPENING = Pattern.compile("^(còn|con|vậy còn|vay con|what about|and)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING = Pattern.compile("\\s*(thì sao|thi sao|thế nào|the nao|nhỉ|nhi)?\\s*[?.!]*$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_FOLLOW_UP_WORDS = 8;
    private static final Pattern KIND = Pattern.compile(
            "(?iu)(?<!\\p{L})(tổng kết|tong ket|sơ kết( (công tác )?(0?6|sáu) tháng( đầu năm)?)?|so ket( (cong tac )?(0?6|sau) thang( dau nam)?)?)(?!\\p{L})");

    private FollowUps() {
    }

    /**
     * Returns the question to answer for {@code message}: {@code message} itself unless it is a short
     * follow-up and there is a {@code previous} question, in which case its years replace the previous
     * question's, or its words are added to it.
     */
    static String resolve(String message, String previous) {
        if (previous == null || !isFollowUp(message)) {
            return message;
        }
        String rest = CLOSING.matcher(OPENING.matcher(message.strip()).replaceFirst("")).replaceFirst("").strip();
        if (!rest.isEmpty() && !WORDLIKE.matcher(rest).find()) {
            return message; // "AND ( \" *:*" is not "and …?": answered as it stands, it gets a polite reply
        }
        List<String> years = YEAR.matcher(rest).results().map(MatchResult::group).toList();
        previous = withKindOf(rest, previous);
        rest = KIND.matcher(rest).replaceAll("").replaceAll("(?i)(?<!\\p{L})(hội nghị|hoi nghi)(?!\\p{L})", "").strip();
        if (years.isEmpty()) {
            return rest.isEmpty() ? previous : stripEnd(previous) + " " + rest + "?";
        }
        String yearless = YEAR.matcher(rest).replaceAll("").replaceAll("(?i)(?<!\\p{L})(năm|nam|in)(?!\\p{L})", "").strip();
        String base = YEAR.matcher(previous).find()
                ? YEAR.matcher(previous).replaceFirst(years.get(0))
                : stripEnd(previous) + " năm " + years.get(0) + "?";
        return yearless.isEmpty() ? base : stripEnd(base) + " " + yearless + "?";
    }

    /**
     * {@code previous} with its conference kind replaced by the one {@code rest} names: after "Hội nghị
     * tổng kết năm 2022 diễn ra ngày nào?", "Còn hội nghị sơ kết 2019?" asks about the mid-year review.
     */
    private static String withKindOf(String rest, String previous) {
        Matcher asked = KIND.matcher(rest);
        Matcher before = KIND.matcher(previous);
        if (!asked.find() || !before.find()) {
            return previous;
        }
        return previous.substring(0, before.start()) + asked.group() + previous.substring(before.end());
    }

    private static boolean isFollowUp(String message) {
        String folded = VietnameseText.fold(message);
        boolean marked = OPENING.matcher(folded).find() || folded.matches(".*\\bthi sao\\W*$");
        return marked && folded.split("\\s+").length <= MAX_FOLLOW_UP_WORDS;
    }

    private static String stripEnd(String question) {
        return question.strip().replaceAll("[?.!\\s]+$", "");
    }
}
