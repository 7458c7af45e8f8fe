package vn.baocao.search;

/** What a question asks for, which shapes both retrieval and the answer (DESIGN §4). */
public enum QuestionType {
    /** "ai", "người nào", "who": a person, answered with names and roles. "Ai nói X" is WHO too. */
    WHO,
    /** "khi nào", "ngày nào", "bao giờ", "when": a date. */
    WHEN,
    /** "ở đâu", "tại đâu", "where": a place. */
    WHERE,
    /** "bao nhiêu", "mấy", "how many": a number with its unit. */
    HOW_MANY,
    /** "nói gì", "nhấn mạnh gì", "what did … say": a person's statements. */
    WHAT_SAID,
    /** "liệt kê", "những … nào", "list": several items. */
    LIST,
    /** "so sánh", "compare": two sides, each cited. */
    COMPARE,
    /** "tóm tắt", "tổng hợp", "summarise": a structured summary. */
    SUMMARY,
    /** Anything else: answered with the best supporting passages. */
    OTHER
}
