package vn.baocao.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Where reports attribute speech: the lexicon's speech verbs ("nhấn mạnh", "đề nghị", …) found in sentences. */
public final class SpeechVerbs {
    /** The verbs that attribute speech in reports, from the lexicon ({@code speech-verbs.tsv}, "reports: yes"). */
    private static final List<String> VERBS = Lexicon.get().reportSpeechVerbs();

    /**
     * The verbs indexed by their first letter (all below U+0200), in the order of {@link #VERBS}; null
     * for a letter no verb starts with. An array, as it is read at every character of every sentence.
     */
    private static final String[][] VERBS_BY_FIRST_CHAR = byFirstChar();
    /** The sentence {@link #positions} was last asked about on this thread, and its answer. */
    private static final ThreadLocal<LastPositions> LAST_POSITIONS = new ThreadLocal<>();

    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("và", "đồng thời", "cũng", "tiếp tục",
            "đã", "còn", "thì", "cũng đã", "qua đó", "theo đó");

    /**
     * Pronouns a report uses for the person it is quoting ("Ông nhấn mạnh…"): like a connective, they
     * leave the speaker as it was.
     */
    /**
     * A subject that is the person being quoted: "ông", "bà ấy", and in an interview or a transcript the
     * speaker's own "tôi", "chúng tôi", each maybe followed by "cũng", "còn", "đã"…
     */
    private static final java.util.regex.Pattern PRONOUNS = java.util.regex.Pattern.compile(
            "(ông|bà|ông ấy|bà ấy|tôi|chúng tôi)( (cũng|còn|đã|vẫn|sẽ|từng|xin))*");

    private static final java.util.Set<String> NOUN_MARKERS = java.util.Set.of("sự", "các", "những", "theo", "lời");

    private SpeechVerbs() {
    }

    private static String[][] byFirstChar() {
        String[][] table = new String[0x200][];
        for (String verb : VERBS) {
            String[] before = table[verb.charAt(0)];
            table[verb.charAt(0)] = before == null ? new String[] {verb} : append(before, verb);
        }
        return table;
    }

    private static String[] append(String[] verbs, String verb) {
        String[] longer = Arrays.copyOf(verbs, verbs.length + 1);
        longer[verbs.length] = verb;
        return longer;
    }

    /** The start of every speech verb in {@code sentence} (as whole words, any case), in order; unmodifiable. */
    public static List<Integer> positions(String sentence) {
        // finding who speaks asks this of one sentence several times in a row (speaker, subject, verb, words
        // said): the last answer on this thread is kept, as the scan was a seventh of parsing a report
        LastPositions last = LAST_POSITIONS.get();
        if (last == null || !last.sentence().equals(sentence)) {
            last = new LastPositions(sentence, List.copyOf(scan(sentence)));
            LAST_POSITIONS.set(last);
        }
        return last.positions();
    }

    private record LastPositions(String sentence, List<Integer> positions) {
    }

    private static List<Integer> scan(String sentence) {
        String text = comparable(sentence);
        List<Integer> out = new ArrayList<>();
        // one pass over the word starts instead of one search per verb: every verb starts with a letter, so
        // a whole-word match starts where no letter precedes it
        for (int at = 0; at < text.length(); at++) {
            char first = lowerAt(text, at);
            String[] verbs = first < VERBS_BY_FIRST_CHAR.length ? VERBS_BY_FIRST_CHAR[first] : null;
            if (verbs == null || at > 0 && Character.isLetter(lowerAt(text, at - 1))) {
                continue;
            }
            for (String verb : verbs) {
                int end = at + verb.length();
                if (matchesAt(text, at, verb) && (end == text.length() || !Character.isLetter(lowerAt(text, end)))) {
                    out.add(at);
                }
            }
        }
        return out;
    }

    /** The length of the speech verb starting at {@code position} of {@code sentence}, or 0. */
    public static int lengthAt(String sentence, int position) {
        String text = comparable(sentence);
        int longest = 0;
        for (String verb : VERBS) {
            if (matchesAt(text, position, verb)) {
                longest = Math.max(longest, verb.length());
            }
        }
        return longest;
    }

    /**
     * {@code sentence}, or its lower-case form when lower-casing it would change offsets: the offsets this
     * class returns are those of the lower-cased sentence. Lower-casing changes the length only at "İ"
     * (U+0130); elsewhere a character's lower-case form does not depend on its neighbours (or, for the
     * Greek sigma, not in a way that can make it a letter of a verb), so comparing one character at a
     * time through {@link #lowerAt} finds what searching the lower-cased sentence finds, without
     * building it for each of the many questions asked about one sentence.
     */
    private static String comparable(String sentence) {
        return sentence.indexOf('\u0130') < 0 ? sentence : sentence.toLowerCase(Locale.ROOT);
    }

    private static char lowerAt(String text, int i) {
        char c = text.charAt(i);
        // ASCII, most letters of a Vietnamese text, is lowered in place: this is called for every character of
        // every sentence of a report, and Character.toLowerCase was a tenth of parsing one
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** True when {@code verb} (lower case) is written at {@code at} of {@code text}, in any case. */
    private static boolean matchesAt(String text, int at, String verb) {
        if (at < 0 || at + verb.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < verb.length(); k++) {
            if (lowerAt(text, at + k) != verb.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the sentence has a speech verb whose subject is not a person: "các tham luận đánh giá…"
     * says who speaks, and it is nobody the report names. A verb that opens its clause ("Để thực hiện
     * nhiệm vụ này, yêu cầu ngành…") has its subject left out, as when a report goes on with the words
     * of the speaker it named before.
     *
     * @param firstMention where the first person is mentioned in the sentence, or -1
     */
    public static boolean hasOtherSubject(String sentence, int firstMention) {
        int verb = positions(sentence).stream().filter(v -> !isNoun(sentence, v)).findFirst().orElse(-1);
        if (verb < 0 || firstMention >= 0 && firstMention < verb) {
            return false;
        }
        int clause = Math.max(Math.max(sentence.lastIndexOf(',', verb), sentence.lastIndexOf(';', verb)),
                sentence.lastIndexOf(':', verb)) + 1;
        String subject = sentence.substring(clause, verb).strip().toLowerCase(Locale.ROOT);
        return !subject.isEmpty() && !CONNECTIVES.contains(subject) && !PRONOUNS.matcher(subject).matches();
    }

    /**
     * The speech verb of a sentence whose subject is a pronoun for the person being quoted ("Ông nhấn
     * mạnh …" → "nhấn mạnh"), lower case, or empty when it has none.
     */
    public static String pronounVerb(String sentence) {
        for (int verb : positions(sentence)) {
            int clause = Math.max(sentence.lastIndexOf(',', verb), sentence.lastIndexOf(';', verb)) + 1;
            if (PRONOUNS.matcher(sentence.substring(clause, verb).strip().toLowerCase(Locale.ROOT)).matches()) {
                return sentence.substring(verb, verb + lengthAt(sentence, verb)).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** True when the person mentioned at {@code mentionStart} is introduced by "Theo": "Theo Thứ trưởng, …". */
    public static boolean isAccordingTo(String sentence, int mentionStart) {
        return sentence.substring(0, mentionStart).strip().equalsIgnoreCase("theo")
                && sentence.indexOf(',', mentionStart) > 0;
    }

    /** True when the verb at {@code at} is used as a noun: "sự chỉ đạo", "chỉ đạo của Tổng Bí thư". */
    private static boolean isNoun(String sentence, int at) {
        String before = sentence.substring(0, at).toLowerCase(Locale.ROOT).stripTrailing();
        String after = sentence.substring(at + lengthAt(sentence, at)).toLowerCase(Locale.ROOT).stripLeading();
        return NOUN_MARKERS.stream().anyMatch(m -> before.endsWith(" " + m) || before.equals(m))
                || after.startsWith("của ");
    }

    /** The number of words after the speech verb at {@code position}: a statement says something. */
    public static int wordsAfter(String sentence, int position) {
        // counted in place: what splitting the stripped rest at runs of \s would count, without a regex
        int start = position + lengthAt(sentence, position);
        int end = sentence.length();
        while (start < end && Character.isWhitespace(sentence.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(sentence.charAt(end - 1))) {
            end--;
        }
        int words = 0;
        for (int i = start; i < end; i++) {
            if (!isRegexSpace(sentence.charAt(i)) && (i == start || isRegexSpace(sentence.charAt(i - 1)))) {
                words++;
            }
        }
        return words;
    }

    /** What the regex class {@code \s} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The speaker of a sentence given where people are mentioned in it: for the first speech verb that
     * follows a mention, the index of the mention last before it ("Phát biểu chỉ đạo, Thủ tướng … đề
     * nghị …" → the Prime Minister); -1 when the sentence attributes no speech.
     *
     * @param mentionEnds where each mention ends in the sentence, in order of position
     */
    public static int speakerIndex(String sentence, List<Integer> mentionEnds) {
        for (int verb : positions(sentence)) {
            int speaker = -1;
            for (int i = 0; i < mentionEnds.size(); i++) {
                if (mentionEnds.get(i) <= verb) {
                    speaker = i;
                }
            }
            if (speaker >= 0) {
                return speaker;
            }
        }
        return -1;
    }
}
