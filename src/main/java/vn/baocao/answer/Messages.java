package vn.baocao.answer;

/** The fixed Vietnamese sentences answers use when there is nothing to cite. */
public final class Messages {
    /** An empty question. */
    public static final String EMPTY = "Bạn chưa nhập câu hỏi. Ví dụ: “Ai chủ trì hội nghị tổng kết năm 2022?”";
    /** A question with no words (emoji, punctuation). */
    public static final String NO_WORDS = "Tôi chỉ hiểu câu hỏi bằng chữ. Ví dụ: “Thủ tướng yêu cầu gì tại hội "
            + "nghị tổng kết năm 2024?”";
    /** A failure while answering (a bug or a broken index); the log says what happened. */
    public static final String FAILURE = "Xin lỗi, đã có lỗi khi trả lời câu hỏi này. Vui lòng thử lại hoặc hỏi "
            + "cách khác.";
    /** An index with no reports. */
    public static final String EMPTY_INDEX = "Chưa có báo cáo nào trong chỉ mục. Hãy nạp báo cáo trước: "
            + "baocao ingest <thư mục>.";

    /** A question made only of question words ("Ai?", "khi nào?"): it does not say what it is about. */
    public static final String NO_SUBJECT = "Câu hỏi chưa nói rõ hỏi về điều gì. Ví dụ: “Ai chủ trì hội nghị tổng kết năm "
            + "2022?”";
    /** A request for the next page when there is none. */
    public static final String NO_MORE = "Không còn nội dung nào khác để xem thêm.";

    private static final String TOO_LONG = "Câu hỏi dài ";

    private Messages() {
    }

    /** A question longer than the composer reads. */
    public static String tooLong(int length, int limit) {
        return TOO_LONG + length + " ký tự, quá giới hạn " + limit + " ký tự. Vui lòng hỏi ngắn gọn hơn.";
    }
}
