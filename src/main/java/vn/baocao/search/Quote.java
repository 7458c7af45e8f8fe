package vn.baocao.search;

import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;
import vn.baocao.report.Statement;

/**
 * A statement found, without its passage: enough to group, filter and choose statements, and cheap
 * to list by the thousand. {@link Retriever#statement} completes the ones that will be cited.
 *
 * @param report         the report that quotes it
 * @param passageOrdinal which passage of the report it is in
 * @param speaker        who said it, with the role the report gives them
 * @param verb           the speech verb, "" for a continuation
 * @param sentence       the sentence that says it
 */
public record Quote(ReportInfo report, int passageOrdinal, Person speaker, String verb, String sentence) {
    public Quote {
        Require.notNull(report, "report");
        Require.notNull(speaker, "speaker");
        Require.notNull(verb, "verb");
        Require.notBlank(sentence, "sentence");
    }

    /** This statement, in {@code passage}: passage {@link #passageOrdinal} of {@link #report}. */
    public Statement in(Passage passage) {
        return new Statement(passage, speaker, verb, sentence);
    }
}
