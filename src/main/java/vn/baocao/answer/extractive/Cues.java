package vn.baocao.answer.extractive;

import java.util.List;
import java.util.regex.Pattern;
import vn.baocao.search.QuestionType;
import vn.baocao.text.VietnameseText;

/**
 * Removes from a question the words that say what kind of answer it wants rather than what it is
 * about, so they do not count as terms a sentence must contain: "diễn ra ngày nào" asks for a date and
 * the answering sentence says "Sáng 10/1"; "chỉ đạo gì" asks for a statement, whatever its verb. A
 * removed cue leaves a phrase break, so the words around it are not read as one phrase.
 */
final class Cues {
    private static final List<Pattern> ANY = patterns("la gi", "la ai", "nhu the nao", "the nao", "ra sao",
            "nhung gi", "dieu gi", "cai gi", "nhung nao", "hay cho biet", "cho biet", "bao nhieu", "bao gio",
            "khi nao", "luc nao", "o dau", "tai dau", "hom nay", "hom qua", "ngay mai", "may", "duoc nhac den",
            "duoc nhac toi", "nhac den", "nhac toi", "duoc de cap den", "duoc de cap", "de cap den",
            "giu chuc vu gi", "giu chuc vu", "chuc vu gi", "chuc vu", "chuc danh", "la nguoi nao");
    private static final List<Pattern> WHEN = patterns("dien ra vao ngay nao", "dien ra ngay nao",
            "dien ra khi nao", "dien ra vao luc nao", "duoc to chuc khi nao", "duoc to chuc vao ngay nao",
            "to chuc khi nao", "to chuc vao ngay nao", "to chuc ngay nao", "vao ngay nao", "ngay nao", "khi nao",
            "luc nao", "hom nao", "bao gio", "dien ra", "ngay thang nao");
    private static final List<Pattern> WHERE = patterns("dien ra o dau", "dien ra tai dau", "to chuc o dau",
            "to chuc tai dau", "o dau", "tai dau", "dien ra");
    private static final List<Pattern> WHAT_SAID = patterns("phat bieu chi dao", "phat bieu", "nhan manh",
            "khang dinh", "de nghi", "yeu cau", "chi dao", "danh gia", "cho rang", "luu y", "ket luan", "keu goi",
            "de xuat", "noi");

    private Cues() {
    }

    /** {@code question} folded, without the cue words of its type. */
    static String strip(String question, QuestionType type) {
        String folded = " " + VietnameseText.fold(question) + " ";
        folded = strip(folded, ANY);
        folded = switch (type) {
            case WHEN -> strip(folded, WHEN);
            case WHERE -> strip(folded, WHERE);
            case WHAT_SAID -> strip(folded, WHAT_SAID);
            default -> folded;
        };
        return folded.strip();
    }

    private static String strip(String folded, List<Pattern> cues) {
        String out = folded;
        for (Pattern cue : cues) {
            out = cue.matcher(out).replaceAll(" | ");
        }
        return out;
    }

    private static List<Pattern> patterns(String... phrases) {
        return java.util.Arrays.stream(phrases)
                .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])"))
                .toList();
    }
}
