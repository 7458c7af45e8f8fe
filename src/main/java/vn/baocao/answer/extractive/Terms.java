package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.text.VietnameseText;

/**
 * The folded syllables of a text and the content terms of a question, for judging how well a
 * sentence covers a question. Works on folded text (no accents, lower case) so typing without
 * diacritics scores the same as typing with them.
 */
final class Terms {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Punctuation that ends a phrase ("/" and "-" do not: "192/193", "Mỹ - Triều"). */
    static final Pattern PHRASE_BREAK = Pattern.compile("[.,;:!?()\\[\\]\"“”|]+");
    /** A Vietnamese syllable, folded: initial consonant(s), a vowel nucleus, a final consonant. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?");
    // Words that shape a question but say nothing about its subject, folded. Only questions are
    // filtered with it; the index keeps every syllable (DESIGN §3: folded stop words collide).
    private static final Set<String> QUESTION_WORDS = Set.of(
            // Vietnamese interrogatives and fillers: rare in reports, so IDF would make them look like
            // key terms a passage must contain. Ambiguous ones ("bao" of "bao nhiêu" / "bao trùm", "đâu" /
            // "đầu") are removed as phrases by Cues instead. English questions arrive here already read
            // as Vietnamese (EnglishQuestions), so no English words are listed.
            "ai", "gi", "nao", "sao", "khong", "chua", "hay", "xin", "vui", "long", "nhe", "vay", "nhi", "ha");
    // Function words, accented: too common in any sense to say what a question is about. Folded, many
    // collide with content ("để" / "đề nghị", "quả" / "qua", "tài" / "tại"), so a question typed
    // without accents only counts the folded forms that are unambiguous.
    private static final Set<String> FUNCTION_WORDS = Set.of("theo", "của", "cho", "với", "về", "tại", "từ", "đến",
            "và", "hoặc", "những", "các", "một", "này", "đó", "ấy", "là", "thì", "mà", "để", "được", "bị", "đã",
            "đang", "sẽ", "còn", "cũng", "vẫn", "rất", "nhất", "hơn", "qua", "ra", "vào", "lên", "trong", "ở",
            "có", "như", "khi", "sau", "trước", "giữa", "trên", "dưới", "bởi", "vì", "nếu");
    // In a question, bare "tai" is "tại" far more often than "tài", "cua" is "của", and so on.
    private static final Set<String> UNAMBIGUOUS_FOLDED = Set.of("theo", "voi", "nhung", "cac", "mot", "duoc",
            "dang", "cung", "van", "rat", "nhat", "hon", "vao", "len", "trong", "khi", "sau", "truoc", "giua",
            "tren", "duoi", "boi", "neu", "tai", "cua", "cho", "ve", "tu", "den", "va", "la", "thi", "ma", "ra",
            "nay", "do");

    /**
     * A question's terms.
     *
     * @param syllables     its content syllables, folded, each once
     * @param bigrams       its content bigrams, folded, each once
     * @param functionWords its syllables that are function words, folded
     */
    record Question(List<String> syllables, List<String> bigrams, Set<String> functionWords) {
        /** The terms of {@code about} (the question, folded, cues removed); function words read from {@code asked}. */
        static Question of(String about, String asked) {
            return new Question(contentSyllables(about), contentBigrams(about), Terms.functionWords(asked));
        }
    }

    private Terms() {
    }

    /** The folded syllables of {@code text}, in order, duplicates kept. */
    static List<String> syllables(String text) {
        List<String> words = VietnameseText.foldedWords(text);
        words.replaceAll(Terms::withoutLeadingZeros);
        return words;
    }

    /**
     * {@code word} without the zeros before its first other digit, since "06 tháng" and "6 tháng" are the
     * same words ("000" → "0"): what the regex {@code ^0+(?=\d)} removes, without a matcher per word
     * (every sentence an answer weighs is split into words).
     */
    static String withoutLeadingZeros(String word) {
        int zeros = 0;
        while (zeros < word.length() && word.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros == 0) {
            return word;
        }
        boolean digitAfter = zeros < word.length() && word.charAt(zeros) >= '1' && word.charAt(zeros) <= '9';
        // as the regex backtracks: the last zero stays when no other digit follows ("000" → "0", "00a" → "0a")
        return word.substring(digitAfter ? zeros : zeros - 1);
    }

    /** True when {@code folded} could be a Vietnamese syllable (not an acronym, number or foreign word). */
    static boolean isSyllable(String folded) {
        return SYLLABLE.matcher(folded).matches();
    }

    /** The function words of {@code text}, folded: accented ones by the full list, bare ones if unambiguous. */
    static Set<String> functionWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : NON_WORD.split(text.toLowerCase(java.util.Locale.ROOT))) {
            String folded = VietnameseText.fold(word);
            if (FUNCTION_WORDS.contains(word) || word.equals(folded) && UNAMBIGUOUS_FOLDED.contains(word)) {
                out.add(folded);
            }
        }
        return out;
    }

    /** The distinct folded syllables of {@code text}. */
    static Set<String> syllableSet(String text) {
        return new LinkedHashSet<>(syllables(text));
    }

    /** The distinct folded syllable bigrams ("thanh son") of {@code text}. */
    static Set<String> bigramSet(String text) {
        return bigramSet(syllables(text));
    }

    /** The distinct bigrams of adjacent {@code syllables}, for a caller that has folded the text already. */
    static Set<String> bigramSet(List<String> s) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i < s.size(); i++) {
            out.add(s.get(i - 1) + " " + s.get(i));
        }
        return out;
    }

    /**
     * The content syllables of a question: folded, question words removed, duplicates removed.
     * "Ai chủ trì hội nghị tổng kết năm 2022?" gives [chu, tri, hoi, nghi, tong, ket, nam, 2022].
     */
    static List<String> contentSyllables(String question) {
        return syllables(question).stream().filter(s -> !QUESTION_WORDS.contains(s)).distinct().toList();
    }

    /**
     * The bigrams of adjacent content syllables of a question, folded ("chu tri", "hoi nghi"); no pair
     * spans punctuation or a question word, since those end a phrase.
     */
    static List<String> contentBigrams(String question) {
        List<String> out = new ArrayList<>();
        for (String segment : PHRASE_BREAK.split(question)) {
            List<String> s = syllables(segment);
            for (int i = 1; i < s.size(); i++) {
                if (!QUESTION_WORDS.contains(s.get(i - 1)) && !QUESTION_WORDS.contains(s.get(i))) {
                    out.add(s.get(i - 1) + " " + s.get(i));
                }
            }
        }
        return out.stream().distinct().toList();
    }
}
