package vn.baocao.lexicon;

/** What a speech verb says a speaker did, so a question asking for requests is answered with requests. */
public enum SpeechKind {
    /** đề nghị, yêu cầu, kêu gọi: asking someone to act. */
    REQUEST,
    /** nhấn mạnh, khẳng định, lưu ý: stressing a point. */
    EMPHASIS,
    /** đánh giá, nhận định, cho rằng: judging a situation or a result. */
    ASSESSMENT,
    /** biểu dương, khen ngợi, chúc mừng: praising. */
    PRAISE,
    /** kết luận: concluding a meeting. */
    CONCLUSION,
    /** báo cáo, cho biết: reporting facts. */
    REPORT,
    /** chỉ đạo, quán triệt: directing. */
    DIRECTION,
    /** phát biểu, nói: speaking, whatever was said. */
    SAY
}
