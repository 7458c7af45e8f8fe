package vn.baocao.report;

/**
 * A sentence of a report in which a person speaks: says, asks, assesses or directs.
 *
 * @param passage  the passage it belongs to (its report, for citing)
 * @param speaker  who speaks, as the report names them
 * @param verb     the speech verb as written ("đề nghị"), or empty for a sentence that goes on with the
 *                 speaker's words without one ("Thứ hai, …")
 * @param sentence the sentence, verbatim
 */
public record Statement(Passage passage, Person speaker, String verb, String sentence) {
    public Statement {
        Require.notNull(passage, "statement passage");
        Require.notNull(speaker, "statement speaker");
        Require.notNull(verb, "statement verb");
        Require.notBlank(sentence, "statement sentence");
    }
}
