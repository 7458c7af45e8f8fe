package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.CitationBook;
import vn.baocao.text.VietnameseText;

/**
 * Answers "how many": the number nearest to the unit the question asks about ("bao nhiêu phiếu" →
 * "192/193 phiếu"), with the words that qualify it ("hơn 700 đại biểu").
 */
final class HowManyShape implements Shape {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,/]\\d+)*");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d(-(19|20)\\d\\d)?");
    private static final Set<String> QUALIFIERS = Set.of("hơn", "gần", "khoảng", "trên", "dưới", "chừng",
            "gần như", "tổng cộng");
    private static final int MAX_WORDS_WITHOUT_UNIT = 2;
    private static final int LOOK_AT = 5;
    private static final int MAX_DISTANCE = 60;
    private static final int MAX_UNIT_WORDS = 4;

    @Override
    public Optional<String> compose(Ask ask, List<Candidate> ranked, CitationBook book) {
        List<String> unit = unit(ask.syllables());
        for (Candidate c : ranked.subList(0, Math.min(LOOK_AT, ranked.size()))) {
            Optional<String> amount = amount(c.sentence(), unit);
            if (amount.isPresent()) {
                String marker = book.cite(c.passage(), c.sentence());
                return Optional.of(Lines.capitalized(amount.get()) + " " + marker + ".\n"
                        + Lines.quote(c.sentence(), marker));
            }
        }
        return Optional.empty();
    }

    /** The folded words the question counts: up to two syllables after "bao nhiêu" or "mấy". */
    static List<String> unit(List<String> syllables) {
        for (int i = 0; i < syllables.size(); i++) {
            boolean baoNhieu = syllables.get(i).equals("nhieu") && i > 0 && syllables.get(i - 1).equals("bao");
            if (baoNhieu || syllables.get(i).equals("may")) {
                return syllables.subList(i + 1, Math.min(i + 3, syllables.size()));
            }
        }
        return List.of();
    }

    /** The number in {@code sentence} nearest the unit, as a phrase with its qualifier and unit. */
    static Optional<String> amount(String sentence, List<String> unit) {
        String folded = VietnameseText.fold(sentence);
        List<Integer> unitAt = unit.isEmpty() ? List.of() : wordPositions(folded, unit.get(0));
        if (!unit.isEmpty() && unitAt.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(sentence);
        String best = null;
        int bestDistance = MAX_DISTANCE;
        while (m.find()) {
            int distance = unitAt.isEmpty() ? 0 : nearest(unitAt, m.start(), m.end());
            if (!YEAR.matcher(m.group()).matches() && distance < bestDistance) {
                bestDistance = distance;
                best = phrase(sentence, m.start(), m.end(), unit, unitAt);
            }
            if (unitAt.isEmpty() && best != null) {
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Integer> wordPositions(String folded, String word) {
        List<Integer> out = new ArrayList<>();
        for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                    && (end == folded.length() || !Character.isLetter(folded.charAt(end)))) {
                out.add(at);
            }
        }
        return out;
    }

    private static int nearest(List<Integer> unitAt, int start, int end) {
        return unitAt.stream().mapToInt(u -> u >= end ? u - end : Math.max(0, start - u)).min().orElse(MAX_DISTANCE);
    }

    private static String phrase(String sentence, int start, int end, List<String> unit, List<Integer> unitAt) {
        String before = sentence.substring(0, start).stripTrailing().toLowerCase(Locale.ROOT);
        String qualifier = QUALIFIERS.stream().filter(q -> before.endsWith(" " + q) || before.equals(q))
                .findFirst().map(q -> q + " ").orElse("");
        String number = sentence.substring(start, end);
        return qualifier + number + unitWords(sentence, end, unit, unitAt);
    }

    /** Up to two words right after a number, stopping at punctuation: "700 tỷ USD", "63 tỉnh". */
    private static String wordsUpToPunctuation(String after) {
        StringBuilder out = new StringBuilder();
        String[] words = after.stripLeading().split("\\s+");
        if (after.isEmpty() || !Character.isWhitespace(after.charAt(0))) {
            return "";
        }
        for (int i = 0; i < Math.min(MAX_WORDS_WITHOUT_UNIT, words.length); i++) {
            String w = words[i].replaceAll("[,.;:()\"“”]+$", "");
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                break;
            }
            out.append(' ').append(w);
            if (!w.equals(words[i])) {
                break;
            }
        }
        return out.toString();
    }

    /** The words after the number through the unit when it follows closely; else the unit as written. */
    private static String unitWords(String sentence, int end, List<String> unit, List<Integer> unitAt) {
        if (unit.isEmpty()) {
            return wordsUpToPunctuation(sentence.substring(end));
        }
        String[] words = sentence.substring(end).strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_UNIT_WORDS, words.length); i++) {
            String w = words[i].replaceAll("[,.;:()\"“”]+$", "");
            out.append(' ').append(w);
            if (VietnameseText.fold(w).equals(unit.get(0))) {
                boolean second = unit.size() > 1 && i + 1 < words.length
                        && VietnameseText.fold(words[i + 1].replaceAll("[,.;:()\"“”]+$", "")).equals(unit.get(1));
                return second ? out + " " + words[i + 1].replaceAll("[,.;:()\"“”]+$", "") : out.toString();
            }
            if (!w.equals(words[i])) {
                break;
            }
        }
        // The unit is named elsewhere in the sentence: "… Đối tác toàn diện lên 30 quốc gia" counts
        // "quốc gia"; "số phiếu cao (192/193)" has no word after the number, so the unit is "phiếu".
        String after = wordsUpToPunctuation(sentence.substring(end));
        if (!after.isEmpty()) {
            return after;
        }
        int u = unitAt.get(0);
        return " " + sentence.substring(u, u + unit.get(0).length());
    }
}
