package vn.baocao.ingest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads titles in a token list: an office ("Bộ trưởng", "Phó Thủ tướng", "Tổng Bí thư") followed by
 * what it belongs to ("Ngoại giao", "Bộ Ngoại giao", "UBND tỉnh", "Ban Thường vụ Tỉnh ủy").
 *
 * <p>Vietnamese capitalises only the first syllable of each word of a proper name ("Ngoại giao",
 * "Chính phủ", "Trung ương Đảng"), so a qualifier is a run of capitalised words, each possibly
 * followed by one lower-case syllable, plus a few connecting words ("tỉnh", "nhân dân", "và").
 * That tells "Bộ trưởng Ngoại giao đã trao" (qualifier "Ngoại giao") from "Bộ trưởng đề nghị"
 * (no qualifier). Offices are matched only when capitalised: "bộ trưởng các nước" is not a title.
 */
final class Roles {
    private static final List<List<String>> OFFICES = Stream.of(
                    "Tổng Bí thư", "Bí thư", "Chủ tịch", "Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Ủy viên",
                    "Trưởng ban", "Trưởng Phái đoàn", "Trưởng phái đoàn",
                    "Tổng Thư ký", "Đại sứ", "Tổng Lãnh sự", "Lãnh sự", "Đại biện", "Tổng Giám đốc", "Giám đốc",
                    "Tổng cục trưởng", "Cục trưởng", "Vụ trưởng", "Viện trưởng", "Chánh Văn phòng", "Chủ nhiệm",
                    "Trưởng đoàn", "Người phát ngôn", "Tổng thống", "Ngoại trưởng", "Quốc vương", "Tổng Biên tập",
                    "Trưởng phòng", "Chánh án", "Thủ trưởng", "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
                    "Trợ lý Bộ trưởng", "Trợ lý Thủ tướng")
            .map(office -> List.of(office.toLowerCase(Locale.ROOT).split(" ")))
            .sorted(Comparator.comparingInt(List<String>::size).reversed())
            .toList();
    /**
     * The offices by their first word, longest first as in {@link #OFFICES}: a token is asked whether an
     * office starts at it many times over, and few tokens open one.
     */
    private static final Map<String, List<List<String>>> OFFICES_BY_FIRST_WORD = OFFICES.stream()
            .collect(Collectors.groupingBy(office -> office.get(0), LinkedHashMap::new, Collectors.toList()));
    private static final Set<String> PREFIXES = Set.of("phó", "nguyên", "quyền");
    private static final Set<String> CONNECTORS = Set.of("và", "tỉnh", "thành", "phố", "nhân", "dân", "nước", "huyện",
            "quận", "xã", "thường", "trực", "quốc", "gia", "tại", "của");
    // "Ủy ban Biên giới quốc gia", "Đại sứ tại Hoa Kỳ", "Chủ nhiệm Ủy ban Đối ngoại của Quốc hội"
    private static final Set<String> TRAILING_CONNECTORS = Set.of("và", "của");

    private Roles() {
    }

    /** The number of tokens of the office starting at {@code i} (with its "Phó"), or 0 when none starts there. */
    static int officeAt(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isCapitalised()) {
            return 0;
        }
        int prefix = PREFIXES.contains(tokens.get(i).lower()) ? 1 : 0;
        if (i + prefix >= tokens.size()) {
            return 0;
        }
        for (List<String> office : OFFICES_BY_FIRST_WORD.getOrDefault(tokens.get(i + prefix).lower(), List.of())) {
            if (matches(tokens, i + prefix, office)) {
                return prefix + office.size();
            }
        }
        return 0;
    }

    /** The end (exclusive) of the qualifier that starts at {@code from}, without a dangling "và". */
    static int qualifierEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && isQualifier(tokens, end)) {
            end++;
        }
        while (end > from && (TRAILING_CONNECTORS.contains(tokens.get(end - 1).lower()) || tokens.get(end - 1).is("tại")
                || joinsTwoNames(tokens, end - 1))) {
            end--;
        }
        return end;
    }

    /** True when tokens {@code [from, to)} can all be part of a qualifier. */
    static boolean allQualifiers(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!isQualifier(tokens, j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when token {@code j} is a dash between two capitalised words: the "-" of "Vụ Tây Á - Châu Phi" or
     * "Hội đồng Kinh doanh Hoa Kỳ - ASEAN" joins two names inside one qualifier.
     */
    static boolean joinsTwoNames(List<Token> tokens, int j) {
        String text = tokens.get(j).text();
        return (text.equals("-") || text.equals("–")) && j > 0 && j + 1 < tokens.size()
                && tokens.get(j - 1).isWord() && tokens.get(j - 1).isCapitalised()
                && tokens.get(j + 1).isWord() && tokens.get(j + 1).isCapitalised();
    }

    /**
     * True when token {@code j} is a hyphen or a syllable of a foreign name written the Vietnamese way, its
     * syllables joined by hyphens ("Mê-hi-cô", "Ăng-gô-la", "Phran-xi-xcô"), inside a name that starts
     * with a capital: only its first syllable is capitalised, so the rule of one lower-case word after a
     * capitalised one would end the name at its second hyphen.
     */
    static boolean inAForeignName(List<Token> tokens, int j) {
        Token token = tokens.get(j);
        if (token.text().equals("-")) {
            return j > 0 && j + 1 < tokens.size() && tokens.get(j - 1).isWord() && tokens.get(j + 1).isWord()
                    && tokens.get(j - 1).end() == token.start() && token.end() == tokens.get(j + 1).start()
                    && foreignNameStart(tokens, j - 1) >= 0;
        }
        return token.isWord() && j > 0 && tokens.get(j - 1).text().equals("-")
                && tokens.get(j - 1).end() == token.start() && inAForeignName(tokens, j - 1);
    }

    /** The capitalised first syllable of the hyphenated name whose syllable is token {@code j}; -1 when it has none. */
    private static int foreignNameStart(List<Token> tokens, int j) {
        int k = j;
        while (k >= 2 && tokens.get(k - 1).text().equals("-") && tokens.get(k - 2).isWord()
                && tokens.get(k - 2).end() == tokens.get(k - 1).start() && tokens.get(k - 1).end() == tokens.get(k).start()) {
            k -= 2;
        }
        return tokens.get(k).isCapitalised() ? k : -1;
    }

    /** The title made of the office at {@code start} and the qualifier up to {@code end}. */
    static RoleTitle title(String text, List<Token> tokens, int start, int end) {
        int officeEnd = start + officeAt(tokens, start);
        String head = text.substring(tokens.get(start).start(), tokens.get(officeEnd - 1).end());
        String qualifier = officeEnd < end
                ? text.substring(tokens.get(officeEnd).start(), tokens.get(end - 1).end())
                : "";
        return new RoleTitle(head, qualifier);
    }

    private static boolean isQualifier(List<Token> tokens, int j) {
        Token token = tokens.get(j);
        if (joinsTwoNames(tokens, j) || inAForeignName(tokens, j)) {
            return true;
        }
        if (!token.isWord() || officeAt(tokens, j) > 0) {
            return false;
        }
        Token previous = j > 0 ? tokens.get(j - 1) : null;
        return token.isCapitalised() || CONNECTORS.contains(token.lower())
                || previous != null && previous.isWord() && previous.isCapitalised() && officeAt(tokens, j - 1) == 0;
    }

    private static boolean matches(List<Token> tokens, int at, List<String> office) {
        if (at + office.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < office.size(); k++) {
            if (!tokens.get(at + k).is(office.get(k))) {
                return false;
            }
        }
        return true;
    }
}
