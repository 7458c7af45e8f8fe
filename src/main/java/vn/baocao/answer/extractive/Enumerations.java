package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.baocao.text.Sentences;

/**
 * The rest of a numbered list: a sentence that says "Thứ nhất, …" is followed in its passage by "Thứ
 * hai, …", "Thứ ba, …", and an answer quoting the first point should quote them all.
 */
final class Enumerations {
    private static final Pattern FIRST = Pattern.compile("(?iu)(?<!\\p{L})thứ nhất(?!\\p{L})");
    private static final Pattern NEXT = Pattern.compile("(?iu)^(thứ (hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|cuối cùng)"
            + "(?!\\p{L})");

    private Enumerations() {
    }

    /** The sentences after {@code c} in its passage that go on with the list it starts; empty if none. */
    static List<String> following(Candidate c) {
        List<String> out = new ArrayList<>();
        if (!FIRST.matcher(c.sentence()).find()) {
            return out;
        }
        List<String> sentences = Sentences.split(c.passage().text());
        int at = sentences.indexOf(c.sentence());
        for (int i = at + 1; at >= 0 && i < sentences.size(); i++) {
            if (!NEXT.matcher(sentences.get(i).toLowerCase(Locale.ROOT)).find()) {
                break;
            }
            out.add(sentences.get(i));
        }
        return out;
    }
}
