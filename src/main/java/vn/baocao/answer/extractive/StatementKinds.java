package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import vn.baocao.text.VietnameseText;

/** Kinds of statement a question may ask for ("đề nghị gì" → requests), to prefer statements of that kind. */
final class StatementKinds {
    // Verbs that ask for something specific, by kind: "đề nghị gì" wants requests, not praise. Generic
    // ones ("nói", "phát biểu", "chỉ đạo") accept any statement.
    private static final List<List<String>> KINDS = List.of(
            List.of("đề nghị", "yêu cầu", "đề xuất", "kêu gọi"),
            List.of("nhấn mạnh", "khẳng định", "nêu rõ", "chỉ rõ", "lưu ý"),
            List.of("đánh giá", "nhận định", "cho rằng", "ghi nhận"),
            List.of("biểu dương", "chúc mừng"),
            List.of("kết luận"),
            List.of("báo cáo", "cho biết"));

    private StatementKinds() {
    }

    /**
     * The statements whose verb is of the kind the question asks about ("đề nghị gì" → requests), when
     * there are any; otherwise all of them. Order is kept.
     */
    static <T> List<T> preferAsked(String question, List<T> statements, Function<T, String> sentence) {
        Optional<List<String>> kind = asked(question);
        if (kind.isEmpty()) {
            return statements;
        }
        List<T> ofKind = statements.stream().filter(c -> isOf(kind.get(), sentence.apply(c))).toList();
        return ofKind.isEmpty() ? statements : ofKind;
    }

    /**
     * The first {@code limit} of {@link #preferAsked(String, List, Function)}, reading the sentences of no
     * more statements than it takes to find them: reading one may cost an index lookup.
     */
    static <T> List<T> preferAsked(String question, List<T> statements, Function<T, String> sentence, int limit) {
        Optional<List<String>> kind = asked(question);
        if (kind.isPresent()) {
            List<T> ofKind = new ArrayList<>();
            for (int i = 0; i < statements.size() && ofKind.size() < limit; i++) {
                if (isOf(kind.get(), sentence.apply(statements.get(i)))) {
                    ofKind.add(statements.get(i));
                }
            }
            if (!ofKind.isEmpty()) {
                return ofKind;
            }
        }
        return statements.subList(0, Math.min(limit, statements.size()));
    }

    /** The verbs of the kind of statement {@code question} asks for, or empty when it asks for any. */
    static Optional<List<String>> asked(String question) {
        String folded = " " + VietnameseText.fold(question) + " ";
        return KINDS.stream().filter(kind -> kind.stream()
                .anyMatch(v -> folded.contains(" " + VietnameseText.fold(v) + " "))).findFirst();
    }

    /** True when {@code sentence} uses one of the verbs of {@code kind}. */
    static boolean isOf(List<String> kind, String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return kind.stream().anyMatch(lower::contains);
    }
}
