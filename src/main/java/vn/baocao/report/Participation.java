package vn.baocao.report;

/**
 * A person's part in the meeting a report is about, as one sentence of the report states it:
 * "Đồng chí Bùi Thanh Sơn … chủ trì Hội nghị", "Tham dự có đồng chí Phạm Minh Chính …".
 *
 * <p>It names the passage that states it rather than holding it: the conferences of a large archive
 * keep every participation in memory, and only the few an answer cites need their passage's text.
 *
 * @param report         the report that states it
 * @param passageOrdinal which passage of the report states it
 * @param person         who, with the role the report gives them at the time
 * @param part           what they did there
 * @param point          the connection point ("điểm cầu") they joined from, e.g. "Cao Bằng"; empty when none
 * @param sentence       the sentence that states it, verbatim
 */
public record Participation(ReportInfo report, int passageOrdinal, Person person, Part part, String point,
                            String sentence) {
    public Participation {
        Require.notNull(report, "participation report");
        Require.that(passageOrdinal >= 0, "participation passage ordinal must be >= 0, was " + passageOrdinal);
        Require.notNull(person, "participant");
        Require.notNull(part, "participation part");
        Require.notBlank(sentence, "participation sentence");
        point = point == null ? "" : point.strip();
    }

    /** The participation stated in {@code passage}. */
    public Participation(Passage passage, Person person, Part part, String point, String sentence) {
        this(passage.report(), passage.ordinal(), person, part, point, sentence);
    }

    /** The {@link Passage#key() key} of the passage that states it. */
    public String passageKey() {
        return Passage.keyOf(report.id(), passageOrdinal);
    }

    /** The parts a person can have in a meeting, as the reports word them. */
    public enum Part {
        /** "chủ trì": presided over it. */
        CHAIRED("chủ trì"),
        /** "dự và chỉ đạo": attended as the leader who gives the directions. */
        DIRECTED("dự và chỉ đạo"),
        /** "có buổi làm việc với Bộ Ngoại giao": the leader a working session is held with. */
        WORKED_WITH("làm việc với Bộ Ngoại giao"),
        /** "tham dự", "dự": attended, in the hall or at a connection point. */
        ATTENDED("tham dự");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        /** How an answer says it, e.g. "chủ trì". */
        public String label() {
            return label;
        }
    }
}
