package vn.baocao.search;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.lexicon.Canonical;
import vn.baocao.report.Mentions;
import vn.baocao.report.Person;

/**
 * A title a question names without a name ("thủ tướng", "bộ trưởng bộ công an"), with the words that
 * narrow it, so that a question about one minister is not answered with another minister's words.
 *
 * @param title     the title, lower case with diacritics ("bộ trưởng")
 * @param qualifier the folded words after it that narrow it ("bo cong an"), or empty
 * @param written   the title and its qualifier as the question writes them ("Bộ trưởng Bộ Công an")
 * @param asked     true when the question asks which holder of the title ("Phó Thủ tướng nào dự?"), false
 *                  when the title only says whose meeting or words it means
 * @param said      true when the question says the person it names holds the title ("ông ấy là Thủ tướng à?",
 *                  "có phải là Chủ tịch UBND tỉnh không"): a role it takes for granted, which the reports may not give
 */
public record NamedTitle(String title, String qualifier, String written, boolean asked, boolean said) {

    /** A title the question does not say anyone holds. */
    public NamedTitle(String title, String qualifier, String written, boolean asked) {
        this(title, qualifier, written, asked, false);
    }

    /** True when {@code person}'s role is this title, and half the qualifying words are in their role or name. */
    public boolean fits(Person person) {
        if (Mentions.holderOf(title, List.of(person)) == null) {
            return false;
        }
        if (qualifier.isEmpty()) {
            return true;
        }
        // "Phó Chủ tịch UBND tỉnh Cao Bằng" fits "Phó Chủ tịch UBND tỉnh Nguyễn Bích Ngọc" (the report names
        // the province elsewhere); "Bộ trưởng Bộ Công an" does not fit "Bộ trưởng Bộ Ngoại giao".
        List<String> words = Canonical.words(person.titled()); // "UBND" is "ủy ban nhân dân"
        List<String> asked = new ArrayList<>(List.of(qualifier.split(" ")));
        // where an ambassador or a mission is posted is what tells them apart: "tại Lào" is not "tại Campuchia";
        // in canonical words, since "tại Úc", written out "tại Ô-xtrây-li-a", is the report's "tại Australia"
        int at = asked.indexOf("tai");
        if (at >= 0) {
            List<String> posted = Canonical.words(String.join(" ", asked.subList(at + 1, asked.size())));
            if (!words.containsAll(posted)) {
                return false;
            }
            asked.subList(at + 1, asked.size()).clear();
            asked.addAll(posted);
        }
        return asked.stream().filter(words::contains).count() * 2 >= asked.size();
    }
}
