package vn.baocao.search;

/** What a question asks for, which decides the route that answers it (DESIGN §4). */
public enum Form {
    /** "Ai chủ trì hội nghị …?": who chaired a meeting. */
    PRESIDED,
    /** "Ai dự hội nghị …?", "những ai tham dự": who attended. */
    ATTENDED,
    /** "Những ai phát biểu tại …?": who spoke at a meeting. */
    SPOKE,
    /** "X đã dự những hội nghị nào?": the meetings of a person. */
    MEETINGS_OF,
    /** "Ai nói phải bảo vệ Tổ quốc từ sớm?": who said the words it quotes. */
    WHO_SAID,
    /** "Thủ tướng yêu cầu gì …?", "phát biểu của X": what a person said. */
    SAID_BY,
    /** "Phóng viên báo nào hỏi về …?", "Phóng viên Reuters hỏi gì?": a reporter's question at a briefing. */
    ASKED,
    /** Any other "ai", "who": a person. */
    WHO,
    /** "khi nào", "ngày nào", "when": a date. */
    WHEN,
    /** "ở đâu", "địa điểm", "where": a place. */
    WHERE,
    /** "bao nhiêu", "mấy", "how many": a number with its unit. */
    HOW_MANY,
    /** "liệt kê", "kể tên": several items. */
    LIST,
    /** "báo cáo nào", "nhắc đến ở đâu": which report says something. */
    WHICH_REPORT,
    /** "hội nghị nào", "dịp nào": which meeting something happened at. */
    WHICH_MEETING,
    /** "Ai viết bài …?", "bài đăng trên báo nào", "báo cáo số mấy, ai ký": who wrote, published or signed a report. */
    CREDITS,
    /** "X giữ chức vụ gì", "X là ai": a person's role. */
    ROLE,
    /** "tóm tắt", "summarise": a summary. */
    SUMMARY,
    /** "so sánh", "compare": two sides. */
    COMPARE,
    /** Anything else: a fact stated in a passage. */
    FACT
}
