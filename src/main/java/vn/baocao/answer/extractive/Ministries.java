package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.text.VietnameseText;

/**
 * Finds the ministries a question names ("Bộ Y tế", "bo cong an"), so that a question about another
 * ministry is not answered from reports about this one. Names are folded and cut to the words users
 * type; "Bộ Giáo dục" stands for "Bộ Giáo dục và Đào tạo".
 */
final class Ministries {
    private static final List<String> NAMES = List.of("ngoai giao", "cong an", "quoc phong", "tai chinh", "y te",
            "giao duc", "cong thuong", "nong nghiep", "ke hoach", "tu phap", "noi vu", "xay dung", "giao thong",
            "tai nguyen", "thong tin", "lao dong", "van hoa", "khoa hoc", "dan toc", "ton giao");

    private Ministries() {
    }

    /** The ministries {@code question} names, each as folded "bo <name>". */
    static List<String> named(String question) {
        String folded = " " + String.join(" ", VietnameseText.fold(question).split("[^\\p{L}\\p{N}]+")) + " ";
        List<String> out = new ArrayList<>();
        for (String name : NAMES) {
            if (folded.contains(" bo " + name + " ")) {
                out.add("bo " + name);
            }
        }
        return out;
    }
}
