package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.baocao.report.Mentions;
import vn.baocao.report.Person;
import vn.baocao.text.VietnameseText;

/**
 * Finds bare titles in a question ("thủ tướng yêu cầu gì", "bo truong bo cong an noi gi"), accents
 * optional, with the words that qualify them ("bộ công an"), so that a question about one minister is
 * not answered with another minister's words.
 */
final class TitleHeads {
    // Words that end a title's qualifier: verbs of speech, question words, prepositions.
    private static final Set<String> STOPS = Set.of("noi", "phat", "nhan", "khang", "de", "yeu", "chi", "danh",
            "cho", "luu", "bieu", "bao", "ket", "keu", "neu", "ghi", "chuc", "mong", "quan", "gi", "tai", "o",
            "trong", "ve", "nam", "da", "co", "la", "hoi", "dieu", "nhung", "cac", "voi", "va", "thi", "sao", "the",
            "nao", "ai", "khi", "dang", "se", "duoc", "lam", "du", "chu", "tham");
    private static final int MAX_QUALIFIER = 4;

    /**
     * A title named in a question.
     *
     * @param head      the title, lower case with accents ("bộ trưởng")
     * @param qualifier the folded words right after it that narrow it ("bo cong an"), or empty
     */
    record Title(String head, String qualifier) {

        /** True when {@code person}'s role is this title (and its qualifier, in role or name). */
        boolean fits(Person person) {
            if (Mentions.holderOf(head, List.of(person)) == null) {
                return false;
            }
            if (qualifier.isEmpty()) {
                return true;
            }
            // Half the qualifying words must be in the role or name: "Phó Chủ tịch UBND tỉnh Cao Bằng"
            // fits "Phó Chủ tịch UBND tỉnh Nguyễn Bích Ngọc" (the report names the province elsewhere),
            // "Bộ trưởng Bộ Công an" does not fit "Bộ trưởng Bộ Ngoại giao".
            List<String> words = Arrays.asList(VietnameseText.fold(person.titled()).split("[^\\p{L}\\p{N}]+"));
            List<String> asked = Arrays.asList(qualifier.split(" "));
            return asked.stream().filter(words::contains).count() * 2 >= asked.size();
        }
    }

    private TitleHeads() {
    }

    /** The titles named in {@code question}, longest first, not overlapping. */
    static List<Title> in(String question) {
        List<String> words = Arrays.asList(VietnameseText.fold(question).split("[^\\p{L}\\p{N}]+"));
        List<Title> out = new ArrayList<>();
        boolean[] used = new boolean[words.size()];
        for (String head : Mentions.TITLE_HEADS) {
            List<String> key = Arrays.asList(VietnameseText.fold(head).split(" "));
            for (int i = 0; i + key.size() <= words.size(); i++) {
                if (!used[i] && words.subList(i, i + key.size()).equals(key)) {
                    for (int k = i; k < i + key.size(); k++) {
                        used[k] = true;
                    }
                    out.add(new Title(head, qualifier(words, i + key.size())));
                }
            }
        }
        return out;
    }

    private static String qualifier(List<String> words, int from) {
        List<String> q = new ArrayList<>();
        for (int i = from; i < words.size() && q.size() < MAX_QUALIFIER && isQualifying(words.get(i)); i++) {
            q.add(words.get(i));
        }
        return String.join(" ", q);
    }

    private static boolean isQualifying(String word) {
        return !word.isEmpty() && !STOPS.contains(word) && word.chars().noneMatch(Character::isDigit);
    }
}
