package vn.baocao.report;

/** The kinds of meeting a report can be about, as Vietnamese reports name them. */
public enum ConferenceKind {
    /** Hội nghị tổng kết công tác năm: the review of a whole year, usually held in January after it. */
    YEAR_END_REVIEW("tổng kết"),
    /** Hội nghị sơ kết 6 tháng: the mid-year review, usually held in July. */
    MID_YEAR_REVIEW("sơ kết 6 tháng"),
    /** Hội nghị Ngoại giao lần thứ N: the numbered diplomatic conference. */
    DIPLOMATIC_CONFERENCE("Hội nghị Ngoại giao"),
    /** Hội nghị Ngoại vụ toàn quốc lần thứ N: the numbered national conference on local external affairs. */
    EXTERNAL_AFFAIRS_CONFERENCE("Hội nghị Ngoại vụ"),
    /** Buổi làm việc: a leader's working session with the ministry. */
    WORKING_SESSION("buổi làm việc"),
    /** Anything else (gặp mặt, họp báo, ...). */
    OTHER("hội nghị");

    private final String label;

    ConferenceKind(String label) {
        this.label = label;
    }

    /** True for the reviews of a half-year or a year: one per kind and period reviewed. */
    public boolean isReview() {
        return this == YEAR_END_REVIEW || this == MID_YEAR_REVIEW;
    }

    /** True for the kinds whose meetings are told apart by their number ("lần thứ 32"), not by a year. */
    public boolean isNumbered() {
        return this == DIPLOMATIC_CONFERENCE || this == EXTERNAL_AFFAIRS_CONFERENCE;
    }

    /** Short Vietnamese label, e.g. "tổng kết". */
    public String label() {
        return label;
    }
}
