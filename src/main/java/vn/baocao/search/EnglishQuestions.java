package vn.baocao.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.text.VietnameseText;

/**
 * Reads a question asked in English as the Vietnamese words the reports use, so that "Who chaired the
 * 2022 year-end review?" is searched as "ai chủ trì 2022 tổng kết". A glossary of the domain's terms,
 * not a translator: common English words it does not know are dropped, rare ones ("bitcoin") are kept
 * so that an out-of-scope question still finds nothing.
 */
public final class EnglishQuestions {
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}/-]+");
    // Words that only English uses; one of them (and no Vietnamese diacritic) marks an English question.
    private static final Set<String> MARKERS = Set.of("what", "who", "whom", "when", "where", "which", "how", "did",
            "does", "was", "were", "is", "are", "summarize", "summarise", "compare", "tell", "please");
    private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "at", "in", "on", "to", "for", "and",
            "or", "by", "with", "about", "from", "as", "that", "this", "these", "those", "it", "its", "be", "been",
            "do", "get", "got", "give", "gave", "have", "has", "had", "there", "their", "they", "he", "she", "his",
            "her", "me", "us", "we", "you", "your", "our", "seat", "seats", "vietnamese", "sector", "main", "big",
            "any", "all", "some", "most", "more", "much", "many", "up", "out", "into", "over", "during", "after",
            "before", "s", "will", "would", "should", "can", "could", "take", "took", "taken", "make", "made",
            "tell", "please", "say", "said", "know", "find", "show");
    private static final Map<String, String> GLOSSARY = glossary();
    private static final int MAX_PHRASE_WORDS = 4;
    private static final Set<String> TRAILING = Set.of("gì", "khi nào", "ở đâu");
    /** "the 31st diplomatic conference" is "Hội nghị Ngoại giao lần thứ 31". */
    private static final Pattern ORDINAL_CONFERENCE =
            Pattern.compile("(\\d+)(?:st|nd|rd|th) diplomatic conference");
    private static final String ORDINAL = "ordinalnumber";

    private EnglishQuestions() {
    }

    /** The Vietnamese reading of {@code question} when it is in English, else empty. */
    public static Optional<String> toVietnamese(String question) {
        List<String> words = new ArrayList<>();
        String lower = ORDINAL_CONFERENCE.matcher(question.toLowerCase(Locale.ROOT))
                .replaceAll("diplomatic conference " + ORDINAL + " $1");
        for (String w : WORDS.split(lower)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (VietnameseText.hasDiacritics(question) || words.stream().noneMatch(MARKERS::contains)) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        List<String> last = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int matched = longestPhraseAt(words, i);
            if (matched > 0) {
                String vietnamese = GLOSSARY.get(String.join(" ", words.subList(i, i + matched)));
                // Vietnamese puts "gì", "khi nào", "ở đâu" after the verb: "nhấn mạnh gì".
                (TRAILING.contains(vietnamese) ? last : out).add(vietnamese);
                i += matched;
            } else {
                if (!COMMON.contains(words.get(i)) && !MARKERS.contains(words.get(i))) {
                    out.add(words.get(i));
                }
                i++;
            }
        }
        out.addAll(last);
        return Optional.of(String.join(" ", out));
    }

    /** The number of words of the longest glossary phrase starting at word {@code i}, or 0. */
    private static int longestPhraseAt(List<String> words, int i) {
        for (int n = Math.min(MAX_PHRASE_WORDS, words.size() - i); n > 0; n--) {
            if (GLOSSARY.containsKey(String.join(" ", words.subList(i, i + n)))) {
                return n;
            }
        }
        return 0;
    }

    /** English words and phrases and their Vietnamese wording in the reports. */
    private static Map<String, String> glossary() {
        Map<String, String> g = new HashMap<>();
        g.put(ORDINAL, "lần thứ");
        g.put("how many", "bao nhiêu");
        g.put("how much", "bao nhiêu");
        g.put("what date", "ngày nào");
        g.put("year-end review", "tổng kết");
        g.put("year end review", "tổng kết");
        g.put("annual review", "tổng kết");
        g.put("mid-year review", "sơ kết 6 tháng");
        g.put("mid year review", "sơ kết 6 tháng");
        g.put("first half", "6 tháng đầu năm");
        g.put("diplomatic conference", "Hội nghị Ngoại giao");
        g.put("working session", "buổi làm việc");
        g.put("worked with", "làm việc với");
        g.put("deputy prime minister", "Phó Thủ tướng");
        g.put("prime minister", "Thủ tướng");
        g.put("foreign minister", "Bộ trưởng Ngoại giao");
        g.put("minister of foreign affairs", "Bộ trưởng Ngoại giao");
        g.put("ministry of foreign affairs", "Bộ Ngoại giao");
        g.put("foreign ministry", "Bộ Ngoại giao");
        g.put("diplomatic sector", "ngành ngoại giao");
        g.put("diplomatic service", "ngành ngoại giao");
        g.put("economic diplomacy", "ngoại giao kinh tế");
        g.put("cultural diplomacy", "ngoại giao văn hóa");
        g.put("citizen protection", "bảo hộ công dân");
        g.put("overseas vietnamese", "người Việt Nam ở nước ngoài");
        g.put("security council", "HĐBA");
        g.put("united nations", "LHQ");
        g.put("strategic partners", "đối tác chiến lược");
        g.put("comprehensive partners", "đối tác toàn diện");
        g.put("took place", "diễn ra");
        g.put("take place", "diễn ra");
        g.put("viet nam", "Việt Nam");
        g.put("vietnam", "Việt Nam");
        g.put("mofa", "Bộ Ngoại giao");
        g.put("unsc", "HĐBA");
        g.put("un", "LHQ");
        g.put("pm", "Thủ tướng");
        g.put("minister", "Bộ trưởng");
        g.put("ministry", "Bộ");
        g.put("conference", "hội nghị");
        g.put("meeting", "hội nghị");
        g.put("meetings", "hội nghị");
        g.put("conferences", "hội nghị");
        g.put("which conferences", "những hội nghị nào");
        g.put("which meetings", "những hội nghị nào");
        g.put("chaired", "chủ trì");
        g.put("chair", "chủ trì");
        g.put("presided", "chủ trì");
        g.put("attended", "dự");
        g.put("attend", "dự");
        g.put("spoke", "phát biểu");
        g.put("speech", "phát biểu");
        g.put("asked", "yêu cầu");
        g.put("requested", "đề nghị");
        g.put("proposed", "đề nghị");
        g.put("emphasized", "nhấn mạnh");
        g.put("emphasised", "nhấn mạnh");
        g.put("stressed", "nhấn mạnh");
        g.put("stress", "nhấn mạnh");
        g.put("emphasize", "nhấn mạnh");
        g.put("say", "nói");
        g.put("said", "nói");
        g.put("ask", "yêu cầu");
        g.put("request", "đề nghị");
        g.put("directed", "chỉ đạo");
        g.put("held", "diễn ra");
        g.put("elected", "trúng cử");
        g.put("votes", "phiếu");
        g.put("vote", "phiếu");
        g.put("delegates", "đại biểu");
        g.put("provinces", "tỉnh");
        g.put("tasks", "nhiệm vụ");
        g.put("task", "nhiệm vụ");
        g.put("exports", "xuất khẩu");
        g.put("export", "xuất khẩu");
        g.put("trade", "xuất nhập khẩu");
        g.put("diplomacy", "ngoại giao");
        g.put("diplomatic", "ngoại giao");
        g.put("foreign", "đối ngoại");
        g.put("multilateral", "đa phương");
        g.put("results", "kết quả");
        g.put("year", "năm");
        g.put("who", "ai");
        g.put("when", "khi nào");
        g.put("where", "ở đâu");
        g.put("what", "gì");
        g.put("summarize", "tóm tắt");
        g.put("summarise", "tóm tắt");
        g.put("summary", "tóm tắt");
        g.put("compare", "so sánh");
        return g;
    }
}
