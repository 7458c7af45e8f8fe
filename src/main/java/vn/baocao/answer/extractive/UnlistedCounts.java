package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.text.Ordinals;
import vn.baocao.text.VietnameseText;

/**
 * Finds a list asked of a count the reports give without naming its members: "12 nước … là những nước
 * nào" answered by "… bổ sung 12 nước vào danh sách …, chủ yếu ở châu Âu" says how many, not which.
 */
final class UnlistedCounts {
    /** The smallest count whose members a question may ask for: "hai"-item lists are written out. */
    private static final int MIN_COUNT = 3;
    /** The smallest count of the very thing a list question names ("5 chuyên ngành" for "những chuyên ngành nào"). */
    private static final int MIN_COUNT_OF_ASKED = 2;
    /** The words after a number that make it a span of time, folded: "50 năm quan hệ ngoại giao". */
    private static final Set<String> TIME_NOUNS = Set.of("nam", "thang", "ngay", "tuan", "gio", "ky");
    /** What separates the members of a list written in a sentence. */
    private static final Pattern SEPARATOR = Pattern.compile("[,;:]|\\s(?:và|hoặc)\\s");
    /** The same, in folded text. */
    private static final Pattern FOLDED_SEPARATOR = Pattern.compile("[,;]|\\s(?:va|hoac)\\s");
    /** The counts in words as reports write them, with their marks: "ba tập đoàn"; "nhất" and "tư" count nothing. */
    private static final Set<String> COUNTS_WRITTEN = Set.of("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười");
    /** The same, folded, as an alternation for patterns over folded text. */
    private static final String COUNT_WORDS = String.join("|", COUNTS_WRITTEN.stream().map(VietnameseText::fold).sorted().toList());
    /** What opens the members of a count in its clause, folded: "4 cơ chế: …", "5 nước gồm …", "(…)". */
    private static final Pattern OPENER = Pattern.compile(":|\\(|\\s(?:bao gom|gom|la|nhu|cu the)\\s");
    /** What opens some of the members of a count in its clause, folded: "24 nguyên Đại sứ, trong đó có …". */
    private static final Pattern SOME_OF = Pattern.compile("(?<!\\p{L})(?:trong do|trong so do|tieu bieu nhu|tieu bieu la)(?!\\p{L})");
    /** How far after a count its members may be opened: the qualifiers of the noun ("12 tập thể xuất sắc"). */
    private static final int OPENER_REACH = 40;

    private UnlistedCounts() {
    }

    /**
     * The count {@code intent} asks the members of ("danh sách 30 cá nhân", "12 nước … là những nước nào",
     * "những chuyên ngành nào" of "5 chuyên ngành"), as {@code best} writes it, when {@code best} gives that
     * count without as many members after it, in its clause or the points that follow; or what it asks the
     * members of, when {@code best} names them only in general ("các tập thể"); empty otherwise.
     */
    static Optional<String> in(Intent intent, Candidate best) {
        if (intent.form() != Form.LIST && !(intent.form() == Form.WHO_SAID && intent.person() == null)) {
            return Optional.empty();
        }
        Optional<String> ofAsked = countOfAsked(intent, best);
        if (ofAsked.isPresent()) {
            return ofAsked;
        }
        for (String number : intent.numbers()) {
            boolean ofADocument = intent.documents().stream().anyMatch(d -> d.endsWith(" " + number)); // "Chỉ thị 25"
            if (!number.matches("\\d{1,4}") || number.matches("(?:19|20)\\d\\d") || Integer.parseInt(number) < MIN_COUNT
                    || ofADocument) {
                continue;
            }
            Matcher at = Pattern.compile("(?<![\\d.,])" + number + "(?![\\d.,/])\\s*(\\p{L}*)(?:\\s+(\\p{L}+))?")
                    .matcher(best.sentence());
            // "số 11 Lê Hồng Phong": a number before a name is no count
            if (!at.find() || at.group(1).isEmpty() || Character.isUpperCase(at.group(1).codePointAt(0))
                    || TIME_NOUNS.contains(VietnameseText.fold(at.group(1)).toLowerCase(Locale.ROOT))) {
                continue;
            }
            // the noun counted is one or two words: "12 tập thể", "12 nước"; not "12 nước và"
            boolean twoWords = at.group(2) != null
                    && !Lexicon.get().isFunctionWord(VietnameseText.fold(at.group(2)).toLowerCase(Locale.ROOT));
            String after = best.sentence().substring(twoWords ? at.end() : at.end(1));
            if (namesSomeOf(VietnameseText.fold(after))) {
                continue;
            }
            int members = SEPARATOR.split(after).length + Enumerations.following(best).size();
            if (members < Integer.parseInt(number)) {
                return Optional.of(number + " " + at.group(1) + (twoWords ? " " + at.group(2) : ""));
            }
        }
        return Optional.empty();
    }

    /**
     * The count of what a list question names, when {@code best} gives it ("5 chuyên ngành") and names
     * fewer members: only those its clause opens after the count (":", "gồm", "là", a bracket) or writes as
     * names right after it, and the points that follow.
     */
    private static Optional<String> countOfAsked(Intent intent, Candidate best) {
        if (intent.form() != Form.LIST || intent.unit().isEmpty()) {
            return Optional.empty();
        }
        String sentence = best.sentence();
        String folded = VietnameseText.fold(sentence);
        boolean aligned = folded.length() == sentence.length();
        Matcher at = Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,4}|" + COUNT_WORDS + ")\\s+"
                + String.join("\\s+", intent.unit().stream().map(Pattern::quote).toList()) + "(?![\\p{L}\\d])").matcher(folded);
        List<MatchResult> counts = at.results().toList();
        if (counts.isEmpty()) {
            return generally(intent, best, folded, aligned);
        }
        // "3 phiên toàn thể và 6 phiên chuyên đề": the count broken down is the answer
        if (counts.size() > 1) {
            return Optional.empty();
        }
        for (MatchResult count : counts) {
            boolean digits = count.group(1).chars().allMatch(Character::isDigit);
            // folded, "tam" of "Trung tâm" would count eight: a count in words is written with its marks
            if (!digits && !(aligned && COUNTS_WRITTEN.contains(sentence.substring(count.start(1), count.end(1))
                    .toLowerCase(Locale.ROOT)))) {
                continue;
            }
            int n = digits ? Integer.parseInt(count.group(1)) : Ordinals.of(count.group(1)).orElse(0);
            String rest = folded.substring(count.end());
            // "… nâng tổng số đối tác lên 6 nước.": a total that closes its sentence follows its members
            if (n < MIN_COUNT_OF_ASKED || !rest.matches(".*\\p{L}.*")) {
                continue;
            }
            String clause = rest.split(";", 2)[0];
            if (namesSomeOf(clause)) {
                return Optional.empty(); // "24 nguyên Đại sứ, trong đó có …": the members the reports name are the answer
            }
            int opened = membersOpenedIn(clause);
            int members = 0;
            if (opened >= 0) {
                // "5 trọng tâm: một là, …; hai là, …": the members run on past the clause that opens them
                members = FOLDED_SEPARATOR.split(rest.substring(opened)).length;
            } else if (aligned && startsWithAName(sentence.substring(count.end()))) {
                members = FOLDED_SEPARATOR.split(clause).length;
            }
            members += Enumerations.following(best).size();
            if (members < n) {
                return Optional.of(aligned ? sentence.substring(count.start(), count.end()) : count.group());
            }
        }
        return Optional.empty();
    }

    /**
     * What a list question names, when {@code best} speaks of it only in general ("trao khen thưởng cho các
     * tập thể và cá nhân có thành tích xuất sắc"): "các" or "những" before it, and no member after it in its
     * clause (no opener, no name) nor in points that follow.
     */
    private static Optional<String> generally(Intent intent, Candidate best, String folded, boolean aligned) {
        Matcher general = Pattern.compile("(?<![\\p{L}\\d])(?:cac|nhung)\\s+"
                + String.join("\\s+", intent.unit().stream().map(Pattern::quote).toList()) + "(?![\\p{L}\\d])").matcher(folded);
        if (!aligned || !general.find() || !Enumerations.following(best).isEmpty()) {
            return Optional.empty();
        }
        String clause = folded.substring(general.end()).split(";", 2)[0];
        String written = best.sentence().substring(general.end(), general.end() + clause.length());
        boolean named = written.codePoints().anyMatch(Character::isUpperCase);
        // "các nước láng giềng, các nước lớn, các đối tác quan trọng": one of the members of a list, not its name
        boolean listed = clause.contains(",") || folded.substring(0, general.start()).stripTrailing().endsWith(",");
        if (membersOpenedIn(clause) >= 0 || named || listed) {
            return Optional.empty();
        }
        return Optional.of(best.sentence().substring(general.start(), general.end()));
    }

    /** Where the members open in {@code clause} (folded), after ":", "gồm", "là" or a bracket near its start; or -1. */
    /** True when folded {@code clause}, after a count, goes on to name some of its members: "…, trong đó có …". */
    private static boolean namesSomeOf(String clause) {
        Matcher some = SOME_OF.matcher(clause);
        return some.find() && some.start() <= OPENER_REACH;
    }

    private static int membersOpenedIn(String clause) {
        Matcher opener = OPENER.matcher(clause);
        return opener.find() && opener.start() <= OPENER_REACH ? opener.end() : -1;
    }

    /** True when {@code text} goes on with a capitalised word: members named at once ("3 nước Lào, Campuchia …"). */
    private static boolean startsWithAName(String text) {
        List<String> words = List.of(text.strip().split("\\s+", 2));
        return !words.getFirst().isEmpty() && Character.isUpperCase(words.getFirst().codePointAt(0));
    }
}
