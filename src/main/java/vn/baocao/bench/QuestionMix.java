package vn.baocao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import vn.baocao.text.VietnameseText;

/**
 * The benchmark's questions: a fixed mix of who / when / how many / what was said / summary /
 * out-of-scope questions about the synthetic archive's conferences and leaders, every other one of each
 * kind typed without diacritics as phone users do. A pure function of the seed and the count.
 */
final class QuestionMix {
    /** The kinds of question, each with its share of every twenty questions. */
    enum Kind {
        WHO(4), WHEN(3), HOW_MANY(3), WHAT_SAID(4), SUMMARY(2), OUT_OF_SCOPE(4);

        private final int perTwenty;

        Kind(int perTwenty) {
            this.perTwenty = perTwenty;
        }
    }

    /** A question of the mix. */
    record Question(Kind kind, String text) {
    }

    private static final List<Kind> ROTATION = rotation();

    private QuestionMix() {
    }

    /** {@code count} questions about the archive of {@code cast}. */
    static List<Question> of(long seed, int count, Cast cast) {
        SplittableRandom random = new SplittableRandom(seed * 7_919L + 1);
        List<Question> questions = new ArrayList<>(count);
        int[] ofKind = new int[Kind.values().length];
        for (int i = 0; i < count; i++) {
            Kind kind = ROTATION.get(i % ROTATION.size());
            boolean accented = ofKind[kind.ordinal()]++ % 2 == 0;
            int year = SyntheticReports.FIRST_YEAR + 1 + random.nextInt(SyntheticReports.LAST_YEAR - SyntheticReports.FIRST_YEAR);
            String text = Cast.pick(templates(kind), random).apply(new Slots(year, cast));
            questions.add(new Question(kind, accented ? text : VietnameseText.fold(text)));
        }
        return questions;
    }

    /** What a template fills in: a year and the leaders of that year. */
    private record Slots(int year, Cast cast) {
        int ordinal() {
            return SyntheticReports.FIRST_DIPLOMATIC_ORDINAL + Math.floorDiv(year - SyntheticReports.FIRST_DIPLOMATIC_YEAR, 3);
        }
    }

    private static List<Function<Slots, String>> templates(Kind kind) {
        return switch (kind) {
            case WHO -> List.of(
                    s -> "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm " + (s.year() - 1) + "?",
                    s -> "Ai chủ trì hội nghị sơ kết 6 tháng đầu năm " + s.year() + "?",
                    s -> "Phó Thủ tướng nào làm việc với Bộ Ngoại giao năm " + s.year() + "?");
            case WHEN -> List.of(
                    s -> "Hội nghị sơ kết 6 tháng đầu năm " + s.year() + " diễn ra ngày nào?",
                    s -> "Hội nghị tổng kết công tác ngoại giao năm " + (s.year() - 1) + " diễn ra khi nào?",
                    s -> "Phó Thủ tướng " + s.cast().deputyPrimeMinister(s.year()) + " làm việc với Bộ Ngoại giao ngày nào?");
            case HOW_MANY -> List.of(
                    s -> "Hội nghị tổng kết công tác ngoại giao năm " + (s.year() - 1) + " có bao nhiêu đại biểu tham dự?",
                    s -> "Hội nghị Ngoại giao lần thứ " + s.ordinal() + " có bao nhiêu đại biểu?",
                    s -> "Kim ngạch xuất nhập khẩu năm " + s.year() + " đạt bao nhiêu?");
            case WHAT_SAID -> List.of(
                    s -> "Bộ trưởng " + s.cast().minister(s.year()) + " nhấn mạnh gì tại hội nghị sơ kết 6 tháng đầu năm " + s.year() + "?",
                    s -> "Thủ tướng " + s.cast().primeMinister(s.year()) + " đề nghị ngành ngoại giao điều gì năm " + s.year() + "?",
                    s -> "Phó Thủ tướng " + s.cast().deputyPrimeMinister(s.year()) + " nói gì về tình hình thế giới?");
            case SUMMARY -> List.of(
                    s -> "Tóm tắt hội nghị tổng kết công tác ngoại giao năm " + (s.year() - 1),
                    s -> "Tóm tắt Hội nghị Ngoại giao lần thứ " + s.ordinal());
            case OUT_OF_SCOPE -> List.of(
                    s -> "Giá vàng hôm nay bao nhiêu?",
                    s -> "Đội tuyển bóng đá Việt Nam thắng mấy trận năm " + s.year() + "?",
                    s -> "Bộ Y tế tổ chức hội nghị tổng kết năm " + s.year() + " ở đâu?",
                    s -> "Thời tiết Hà Nội ngày mai thế nào?",
                    s -> "Giá bitcoin năm " + s.year() + " là bao nhiêu?");
        };
    }

    private static List<Kind> rotation() {
        List<Kind> rotation = new ArrayList<>();
        // interleaved rather than in blocks, so that any prefix of the questions has the same mix
        for (int round = 0; rotation.size() < 20; round++) {
            for (Kind kind : Kind.values()) {
                if (round < kind.perTwenty) {
                    rotation.add(kind);
                }
            }
        }
        return List.copyOf(rotation);
    }
}
