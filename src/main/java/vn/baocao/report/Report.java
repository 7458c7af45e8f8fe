package vn.baocao.report;

import java.util.List;

/**
 * A report as ingested: its metadata, the people it names and its text split into passages.
 *
 * @param info        identity and metadata
 * @param people      everyone the report names, with the role it gives them, in order of first mention
 * @param passages    the report's text as citable passages, in order
 * @param statements  the sentences in which its people speak, in order
 * @param participations who chaired, directed and attended its meeting, as its sentences say, in order
 * @param contentHash a digest of the cleaned text, so an unchanged file is not re-indexed
 */
public record Report(ReportInfo info, List<Person> people, List<Passage> passages, List<Statement> statements,
                     List<Participation> participations, String contentHash) {
    public Report {
        Require.notNull(info, "report info");
        Require.notBlank(contentHash, "report content hash");
        people = List.copyOf(people);
        passages = List.copyOf(passages);
        statements = List.copyOf(statements);
        participations = List.copyOf(participations);
        Require.that(!passages.isEmpty(), "report " + info.source() + " has no text");
    }

    /** A report whose statements and participations are not known (yet). */
    public Report(ReportInfo info, List<Person> people, List<Passage> passages, String contentHash) {
        this(info, people, passages, List.of(), List.of(), contentHash);
    }

    /** This report with {@code found} as its statements. */
    public Report withStatements(List<Statement> found) {
        return new Report(info, people, passages, found, participations, contentHash);
    }

    /** This report with {@code found} as its participations. */
    public Report withParticipations(List<Participation> found) {
        return new Report(info, people, passages, statements, found, contentHash);
    }
}
