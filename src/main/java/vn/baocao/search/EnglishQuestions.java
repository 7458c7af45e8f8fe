package vn.baocao.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.text.VietnameseText;

/**
 * Reads a question asked in English as the Vietnamese words the reports use, so that "Who chaired the
 * 2022 year-end review?" is read as "ai chủ trì 2022 tổng kết". A glossary of the domain's terms (the
 * lexicon's English forms), not a translator: common English words are dropped; a word it does not know
 * is kept, and noted as untranslated unless it is written as a name ("Australia", "JETP").
 */
final class EnglishQuestions {
    /**
     * An English question read in Vietnamese.
     *
     * @param text         the Vietnamese reading
     * @param untranslated the English words kept as they were, lower case: words the glossary lacks,
     *                     which say nothing the reports could be searched for
     */
    record Reading(String text, Set<String> untranslated) {
    }

    /**
     * What separates words; a point or comma between digits does not ("8.83", "1,200"), nor a slash but
     * between letters ("5/7" is a date, "chaired/directed" two words).
     */
    private static final Pattern WORDS =
            Pattern.compile("(?:[^\\p{L}\\p{N}/.,-]|(?<!\\d)[.,]|[.,](?!\\d)|(?<=\\p{L})/(?=\\p{L}))+");
    private static final int MAX_PHRASE_WORDS = 6;
    private static final Set<String> TRAILING = Set.of("gì", "khi nào", "ở đâu");
    /** "the 31st diplomatic conference" is "Hội nghị Ngoại giao lần thứ 31". */
    private static final Pattern ORDINAL_CONFERENCE =
            Pattern.compile("(\\d+)(?:st|nd|rd|th) (diplomatic conference|external affairs conference|conference)");
    /** "the 20th national conference on local external affairs": the number of a meeting a few words before it. */
    private static final Pattern ORDINAL_OF_A_MEETING = Pattern.compile(
            "(\\d+)(?:st|nd|rd|th)(?=(?: [a-z-]+){0,5}? (?:conference|forum|meeting|session|congress|dialogue)s?\\b)");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");
    private static final String DROPPED = "-";
    /** The words that open a question asking yes or no: "Did …", "Was …". */
    private static final Set<String> YES_OR_NO = Set.of("did", "does", "do", "was", "were", "is", "are", "has", "have");
    private static final String NO = "không";
    private static final String WHICH = "nào";
    private static final String ACCOUNT = "theo";
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Quotes and brackets: the asker's own words ("the phrase 'vừa hồng, vừa chuyên'", "(cây tre Việt Nam)"). */
    private static final Pattern OWN_WORDS =
            Pattern.compile("\"[^\"]+\"|“[^”]+”|(?<![\\p{L}])'[^']+'(?![\\p{L}])|‘[^’]+’|\\([^)]+\\)");
    /** The question words, and what each means when it only joins clauses after the question was asked. */
    private static final Map<String, String> QUESTION_WORDS = Map.of("who", "người", "when", "khi", "where", "nơi",
            "what", DROPPED, "which", DROPPED, "how many", "số", "how much", "số", "how", DROPPED);

    /** The shortest English word read as an inflected form of another: "uses" is "use", "us" is "us". */
    private static final int MIN_INFLECTED = 4;

    private EnglishQuestions() {
    }

    /** A word written with a capital and the rest in lower case, or in capitals: a name's syllable or an acronym, in either language. */
    private static final java.util.regex.Pattern CAPITALISED =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{M}])(?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\p{Lu}{2,}[\\p{Lu}\\p{M}]*)(?![\\p{L}\\p{M}])");

    /**
     * A place named before the word for its kind: "Kon Tum province's border" is the border of "tỉnh Kon Tum",
     * the order the reports write it in.
     */
    private static final Pattern PLACE_BEFORE_KIND = Pattern.compile(
            "(?<![\\p{L}])((?:(?!(?:Which|What|The|Each|Every|That|This|Whose|How|In|Of)\\b)\\p{Lu}[\\p{L}\\p{M}-]*\\s+){1,3}?)"
            + "(province|city)(?:'s)?(?![\\p{L}])");

    /** The Vietnamese reading of {@code question} when it is in English, else empty. */
    static Optional<Reading> toVietnamese(String question) {
        Lexicon lexicon = Lexicon.get();
        Map<String, String> glossary = lexicon.english();
        String ordered = PLACE_BEFORE_KIND.matcher(question).replaceAll("$2 $1");
        String lower = ORDINAL_CONFERENCE.matcher(dates(ordered.toLowerCase(Locale.ROOT))).replaceAll("$2 lần thứ $1");
        lower = ORDINAL_OF_A_MEETING.matcher(lower).replaceAll("lần thứ $1");
        lower = ORDINAL.matcher(lower).replaceAll("thứ $1");
        List<String> words = new ArrayList<>();
        for (String w : WORDS.split(lower)) {
            if (!w.isEmpty()) {
                words.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
            }
        }
        // a Vietnamese quote in an English question ("Which reports use the phrase 'vừa hồng, vừa chuyên'?") is a
        // quote, and so is the Vietnamese for a term given in brackets ("the Vietnamese bamboo (cây tre Việt Nam)")
        String unquoted = OWN_WORDS.matcher(question).replaceAll(" ");
        Set<String> quoted = quotedWords(question);
        // names keep their diacritics in English ("Did Phạm Bình Minh chair …"): only the other words tell the language
        String unnamed = CAPITALISED.matcher(unquoted).replaceAll(" ");
        if (VietnameseText.hasDiacritics(unnamed) || words.stream().noneMatch(lexicon.englishMarkers()::contains)) {
            return Optional.empty();
        }
        Map<String, String> named = names(question);
        Set<String> untranslated = new java.util.HashSet<>();
        List<String> out = new ArrayList<>();
        List<String> last = new ArrayList<>();
        boolean asked = false;
        boolean whichPending = false;
        for (int i = 0; i < words.size(); ) {
            int matched = longestPhraseAt(glossary, words, i);
            Optional<List<String>> reworded = matched == 0 ? rewordedAt(glossary, words, i) : Optional.empty();
            if (reworded.isPresent()) {
                words = reworded.get();
                continue;
            }
            String singular = matched == 0 ? inGlossaryForm(glossary, words.get(i)) : words.get(i);
            if (!singular.equals(words.get(i))) {
                // a plural the glossary has as one ("embassies"), once no phrase starts with it ("news agency")
                words = new ArrayList<>(words);
                words.set(i, singular);
                continue;
            }
            if (matched > 0 && DROPPED.equals(glossary.get(words.get(i))) && i + 1 < words.size()
                    && longestPhraseAt(glossary, words, i + 1) >= matched) {
                // "the ministry of public security": the longer name after the article, not "the ministry"
                i++;
                continue;
            }
            if (matched > 0) {
                String english = String.join(" ", words.subList(i, i + matched));
                String vietnamese = glossary.get(english);
                // Only the first question word asks: "How many votes … when elected" counts, "when" joins; after
                // "and" one asks a second question ("…, and how many provinces were connected?"), which the
                // first's trailing words must not run into
                if (QUESTION_WORDS.containsKey(english)) {
                    boolean second = asked && i > 0 && words.get(i - 1).equals("and") && !out.isEmpty()
                            && out.getLast().equals(glossary.get("and"));
                    if (second) {
                        out.removeLast();
                        out.addAll(last);
                        last.clear();
                        out.add(glossary.get("and"));
                    }
                    vietnamese = asked && !second ? QUESTION_WORDS.get(english) : vietnamese;
                    asked = true;
                }
                if (vietnamese.equals(WHICH)) {
                    // Vietnamese puts "nào" after what it asks about: "which deputy minister" is "thứ trưởng nào"
                    whichPending = true;
                } else if (!vietnamese.equals(DROPPED)) {
                    // Vietnamese puts "gì", "khi nào", "ở đâu" after the verb: "nhấn mạnh gì".
                    (TRAILING.contains(vietnamese) ? last : out).add(vietnamese);
                    // "which two agencies" is "2 cơ quan nào", as "which 12 organisations" is
                    whichPending = vietnamese.chars().allMatch(Character::isDigit) ? whichPending : addWhich(out, whichPending);
                }
                i += matched;
            } else {
                String word = words.get(i);
                out.add(named.getOrDefault(word, word));
                // "which 12 organisations" is "12 tổ chức nào": the count comes before what it counts
                whichPending = word.chars().allMatch(Character::isDigit) ? whichPending : addWhich(out, whichPending);
                if (!named.containsKey(word) && !quoted.contains(word) && word.chars().noneMatch(Character::isDigit)) {
                    untranslated.addAll(List.of(word.split("[-/]")));
                }
                i++;
            }
        }
        addWhich(out, whichPending);
        // "Did the Prime Minister attend …?" asks yes or no, as "… không?" does
        if (!words.isEmpty() && YES_OR_NO.contains(words.getFirst())) {
            out.add(NO);
        }
        // "What share … are women, according to the review?": what is asked goes before whose account it is
        int account = out.lastIndexOf(ACCOUNT);
        out.addAll(account < 0 ? out.size() : account, last);
        return Optional.of(new Reading(String.join(" ", out), Set.copyOf(untranslated)));
    }

    private static boolean addWhich(List<String> out, boolean pending) {
        if (pending) {
            out.add(WHICH);
        }
        return false;
    }

    /** The words, lower case, of the quotes and brackets of {@code question}: its own words, not the glossary's. */
    private static Set<String> quotedWords(String question) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = OWN_WORDS.matcher(question);
        while (m.find()) {
            for (String w : WORDS.split(m.group().toLowerCase(Locale.ROOT))) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * The words of {@code question} written as names (a capital after its first word, or all capitals), each
     * lower case to as written: a name the glossary lacks ("Ha Long", "Quang Tri") is kept as a name.
     */
    private static Map<String, String> names(String question) {
        Map<String, String> out = new java.util.HashMap<>();
        String[] words = WORDS.split(question.strip());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            boolean acronym = w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            if (capital && (i > 0 || acronym)) {
                out.putIfAbsent(w.toLowerCase(Locale.ROOT), w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
            }
        }
        return out;
    }

    /**
     * {@code lower} with its English dates written as the reports write them: "4 April 2024" and "April 4,
     * 2024" as "4/4/2024", "January" as "tháng 1", "mid-2019" as "giữa năm 2019" ("the mid-2019 review" as its first half's review), "late January" as "cuối tháng 1".
     */
    static String dates(String lower) {
        String out = lower;
        for (int m = 0; m < MONTHS.size(); m++) {
            String month = MONTHS.get(m);
            int number = m + 1;
            out = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + month + "(?:,? (\\d{4}))?").matcher(out)
                    .replaceAll(r -> r.group(1) + "/" + number + (r.group(2) == null ? "" : "/" + r.group(2)));
            out = Pattern.compile(month + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?!\\d)").matcher(out)
                    .replaceAll(r -> r.group(1) + "/" + number + (r.group(2) == null ? "" : "/" + r.group(2)));
            out = out.replaceAll("\\b(early|mid|late) " + month + "\\b", "$1 tháng " + number)
                    .replaceAll("\\b" + month + "\\b", "tháng " + number);
        }
        // "the mid-2023 review (conference)" is the review of the year's first half, not the year-end one
        return out.replaceAll("\\bmid-?((?:19|20)\\d\\d)(?:'s)? review(?: conference| meeting)?\\b", "hội nghị sơ kết 6 tháng đầu năm $1")
                .replaceAll("\\bmid-?((?:19|20)\\d\\d)\\b", "giữa năm $1")
                .replaceAll("\\b(?:early|beginning of) ((?:19|20)\\d\\d)\\b", "đầu năm $1")
                .replaceAll("\\b(?:late|end of) ((?:19|20)\\d\\d)\\b", "cuối năm $1")
                .replaceAll("\\bearly tháng", "đầu tháng").replaceAll("\\bmid tháng", "giữa tháng")
                .replaceAll("\\blate tháng", "cuối tháng");
    }

    /**
     * {@code words} with word {@code i}, which no glossary phrase starts with as written, in the words the
     * glossary may know: a hyphenated word in its parts ("three-year", "heads-of-mission"), a plural in the
     * singular when a phrase starts with that ("donors", "ngos", "countries"); else empty.
     */
    private static Optional<List<String>> rewordedAt(Map<String, String> glossary, List<String> words, int i) {
        String word = words.get(i);
        List<String> out = new ArrayList<>(words);
        // "heads-of-mission" is three words; "2020-2021" is a run of years, as Vietnamese writes it too
        if (word.indexOf('-') > 0 && !word.endsWith("-") && !word.matches("\\d+-\\d+")) {
            out.remove(i);
            out.addAll(i, List.of(word.split("-")));
            return Optional.of(out);
        }
        Optional<String> singular = singular(word);
        if (singular.isEmpty()) {
            return Optional.empty();
        }
        out.set(i, singular.get());
        return longestPhraseAt(glossary, out, i) > 0 ? Optional.of(out) : Optional.empty();
    }

    /** {@code word} in the singular when it looks plural ("countries" → "country", "ngos" → "ngo"); else empty. */
    private static Optional<String> singular(String word) {
        if (word.length() < 4 || !word.endsWith("s") || word.endsWith("ss")) {
            return Optional.empty();
        }
        if (word.endsWith("ies")) {
            return Optional.of(word.substring(0, word.length() - 3) + "y");
        }
        return Optional.of(word.substring(0, word.length() - 1));
    }

    /** The number of words of the longest glossary phrase starting at word {@code i}, or 0. */
    /**
     * {@code word} as the glossary has it: itself when the glossary has it or it is no plural of a word there,
     * else that word: "embassies" → "embassy", "workers" → "worker". Only the glossary's words are tried, so a
     * name is left as it is.
     */
    static String inGlossaryForm(Map<String, String> glossary, String word) {
        if (glossary.containsKey(word) || word.length() < MIN_INFLECTED) {
            return word;
        }
        // plurals only: a verb's past or "-ing" may be a noun's other sense ("shared" is no "share", a proportion)
        List<String> forms = new ArrayList<>();
        if (word.endsWith("ies")) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            forms.add(word.substring(0, word.length() - 1));
        }
        if (word.endsWith("es")) {
            forms.add(word.substring(0, word.length() - 2));
        }
        return forms.stream().filter(glossary::containsKey).findFirst().orElse(word);
    }

    private static int longestPhraseAt(Map<String, String> glossary, List<String> words, int i) {
        for (int n = Math.min(MAX_PHRASE_WORDS, words.size() - i); n > 0; n--) {
            if (glossary.containsKey(String.join(" ", words.subList(i, i + n)))) {
                return n;
            }
        }
        return 0;
    }
}
