package vn.baocao.search;

import java.util.List;
import java.util.function.ToIntFunction;
import vn.baocao.text.VietnameseText;

/**
 * Writes a question's names the way the reports do: "Hội đồng Bảo an Liên Hợp Quốc" and "HĐBA LHQ"
 * are one council, and a question in one form must find reports written in the other. Of a name's two
 * forms, the one more passages use wins.
 */
public final class Abbreviations {
    private record Pair(String full, String abbreviation) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("Hội đồng Bảo an", "HĐBA"),
            new Pair("Liên Hợp Quốc", "LHQ"),
            new Pair("Ủy ban nhân dân", "UBND"),
            new Pair("Ban Chấp hành Trung ương", "BCH Trung ương"),
            new Pair("kinh tế - xã hội", "KT - XH"),
            new Pair("Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương", "CPTPP"),
            new Pair("Hiệp định thương mại tự do Việt Nam - EU", "EVFTA"));

    private Abbreviations() {
    }

    /** True when {@code foldedBigram} is part of the full form of a name that has an abbreviation. */
    public static boolean isInAbbreviatedName(String foldedBigram) {
        return PAIRS.stream().anyMatch(p -> (" " + VietnameseText.fold(p.full()) + " ").contains(" " + foldedBigram + " "));
    }

    /** {@code text} (normalised) with each name in the form more passages use, by {@code docFrequency}. */
    static String asIndexed(String text, ToIntFunction<String> docFrequency) {
        String out = text;
        for (Pair pair : PAIRS) {
            out = prefer(out, pair.full(), pair.abbreviation(), docFrequency);
            out = prefer(out, pair.abbreviation(), pair.full(), docFrequency);
        }
        return out;
    }

    private static String prefer(String text, String form, String other, ToIntFunction<String> docFrequency) {
        // Folding keeps one character per character of NFC Vietnamese, so offsets carry over.
        String folded = VietnameseText.fold(text);
        String key = VietnameseText.fold(form);
        int at = wordAt(folded, key);
        if (at < 0 || docFrequency.applyAsInt(VietnameseText.fold(other)) <= docFrequency.applyAsInt(key)) {
            return text;
        }
        return text.substring(0, at) + other + text.substring(at + key.length());
    }

    private static int wordAt(String folded, String key) {
        for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
            int end = at + key.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                    && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
            if (whole) {
                return at;
            }
        }
        return -1;
    }
}
