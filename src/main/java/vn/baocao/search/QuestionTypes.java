package vn.baocao.search;

import java.util.List;
import java.util.Map;
import vn.baocao.text.VietnameseText;

/**
 * Recognises the {@link QuestionType} of a question from its cue words, Vietnamese (with or without
 * accents) or simple English.
 *
 * <p>The first type in {@link #ORDER} with a matching cue wins. The order settles the overlaps:
 * "ngày bao nhiêu" asks WHEN before "bao nhiêu" makes it HOW_MANY; "những nước nào" is a LIST before
 * "nào" could make it anything else; "Ai nói …" is WHO before "nói gì" makes it WHAT_SAID.
 */
final class QuestionTypes {
    private static final String SPEECH_VERBS = "nói|phát biểu|nhấn mạnh|đề nghị|yêu cầu|chỉ đạo|khẳng định|đánh giá"
            + "|kết luận|cho biết|đề cập|báo cáo|nêu|trình bày|đề xuất|lưu ý|biểu dương|chỉ ra|kêu gọi";
    private static final String ENGLISH_SPEECH = "say|said|ask|asked|stress|stressed|emphasi[sz]e|emphasi[sz]ed"
            + "|propose|proposed|request|requested|tell|told|urge|urged|direct|directed|demand|demanded";
    private static final String COUNTED = "người|lần|nước|nhiệm vụ|điểm|đại biểu|quốc gia|hội nghị|năm|tháng|ngày"
            + "|tỉnh|đối tác|nội dung|ý kiến|vấn đề|văn kiện|hiệp định|đơn vị";

    private static final List<QuestionType> ORDER = List.of(QuestionType.COMPARE, QuestionType.SUMMARY,
            QuestionType.WHEN, QuestionType.HOW_MANY, QuestionType.WHERE, QuestionType.LIST, QuestionType.WHO,
            QuestionType.WHAT_SAID);

    private static final Map<QuestionType, List<Cue>> CUES = Map.of(
            QuestionType.COMPARE, List.of(Cue.of("so sánh|khác nhau|giống nhau|khác gì|khác biệt"),
                    Cue.of("compare|comparison|difference|differences|versus|vs")),
            QuestionType.SUMMARY, List.of(Cue.of("tóm tắt|tóm lược|tổng hợp|điểm lại|khái quát"),
                    Cue.of("summari[sz]e|summary|overview|recap")),
            QuestionType.WHEN, List.of(
                    Cue.of("khi nào|ngày nào|hôm nào|lúc nào|bao giờ|thời gian nào|thời điểm nào|năm nào|tháng nào"),
                    Cue.of("ngày bao nhiêu|ngày mấy|ngày mùng mấy|tháng mấy|năm mấy"),
                    Cue.of("when|what date|what day|which day|which date|what year|which year|what time")),
            QuestionType.HOW_MANY, List.of(Cue.of("bao nhiêu|số lượng"),
                    Cue.of("mấy", "may (?:" + VietnameseText.fold(COUNTED) + ")"),
                    Cue.of("how many|how much|number of")),
            QuestionType.WHERE, List.of(Cue.of("đâu|nơi nào|địa điểm nào|chỗ nào", "(?:o|tai) dau|noi nao|dia diem nao|cho nao"),
                    Cue.of("where")),
            QuestionType.LIST, List.of(Cue.of("liệt kê|(?:những|các)(?: [^ ]+){1,4} nào"), Cue.of("list|enumerate")),
            QuestionType.WHO, List.of(Cue.of("ai|người nào|vị nào"), Cue.of("who|whom|whose")),
            QuestionType.WHAT_SAID, List.of(
                    Cue.of("(?:" + SPEECH_VERBS + ")(?: [^ ]+){0,4} (?:gì|ra sao|thế nào)"),
                    Cue.of("phát biểu của|ý kiến của|phát biểu chỉ đạo"),
                    Cue.of("what (?:did|does|do|has|have|was|is)(?: [^ ]+){1,6} (?:" + ENGLISH_SPEECH + ")")));

    private QuestionTypes() {
    }

    /** The type of {@code text}; OTHER when no cue matches. */
    static QuestionType of(QuestionText text) {
        for (QuestionType type : ORDER) {
            if (CUES.get(type).stream().anyMatch(text::has)) {
                return type;
            }
        }
        return QuestionType.OTHER;
    }
}
