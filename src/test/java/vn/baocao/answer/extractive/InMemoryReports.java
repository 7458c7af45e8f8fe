package vn.baocao.answer.extractive;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.Intent;
import vn.baocao.search.PassageHit;
import vn.baocao.search.PassageSearch;
import vn.baocao.search.Quote;
import vn.baocao.search.StatementHit;
import vn.baocao.search.StatementQuery;
import vn.baocao.search.StatementRecords;
import vn.baocao.search.StatementRef;
import vn.baocao.search.TermStatistics;
import vn.baocao.report.Statement;
import vn.baocao.text.VietnameseText;

/**
 * A few passages and meetings held in lists, for testing the routes and the policy without an index:
 * a passage matches a question when it has one of its search words (folded), and ranks by how many;
 * a phrase's document frequency is the number of passages whose folded text has it. No statements.
 */
record InMemoryReports(List<Passage> passages, List<Meeting> meetings, List<Person> people)
        implements PassageSearch, TermStatistics, ConferenceRecords, StatementRecords {

    @Override
    public List<PassageHit> retrieve(Intent intent, int limit) {
        List<String> words = intent.terms().stream().map(VietnameseText::fold).toList();
        return passages.stream()
                .map(p -> new PassageHit(p, (float) words.stream().filter(w -> searched(p).contains(" " + w + " ")).count()))
                .filter(h -> h.score() > 0)
                .sorted(Comparator.comparingDouble(PassageHit::score).reversed())
                .limit(limit).toList();
    }

    /** What a passage search reads, as the index's fields have it: the text, the report's title and its number. */
    private static String searched(Passage p) {
        return folded(p) + String.join(" ", VietnameseText.foldedWords(p.report().title() + " " + p.report().credits().number())) + " ";
    }

    private static String folded(Passage p) {
        return " " + String.join(" ", VietnameseText.foldedWords(p.text())) + " ";
    }

    @Override
    public int passageCount() {
        return passages.size();
    }

    @Override
    public int docFrequency(String foldedPhrase) {
        String phrase = " " + String.join(" ", VietnameseText.foldedWords(foldedPhrase)) + " ";
        return phrase.isBlank() ? 0 : (int) passages.stream().filter(p -> folded(p).contains(phrase)).count();
    }

    @Override
    public int passagesWithAll(List<String> foldedPhrases) {
        return (int) passages.stream().filter(p -> foldedPhrases.stream()
                .allMatch(f -> folded(p).contains(" " + String.join(" ", VietnameseText.foldedWords(f)) + " "))).count();
    }

    @Override
    public List<Meeting> meetings(Predicate<List<ReportInfo>> which) {
        return meetings.stream().filter(m -> which.test(m.reports())).toList();
    }

    @Override
    public Optional<Passage> passage(Participation participation) {
        return passages.stream().filter(p -> p.report().id().equals(participation.report().id())
                && p.ordinal() == participation.passageOrdinal()).findFirst();
    }

    @Override
    public Optional<Passage> passage(ReportInfo report, int ordinal) {
        return passages.stream().filter(p -> p.report().id().equals(report.id()) && p.ordinal() == ordinal).findFirst();
    }

    @Override
    public List<Person> knownPeople() {
        return people;
    }

    @Override
    public List<ReportInfo> reports() {
        return passages.stream().map(Passage::report).distinct().toList();
    }

    @Override
    public List<StatementHit> statements(StatementQuery query, int limit) {
        return List.of();
    }

    @Override
    public List<Quote> quotes(StatementQuery query, int limit) {
        return List.of();
    }

    @Override
    public List<StatementRef> statementRefs(StatementQuery query, int limit) {
        return List.of();
    }

    @Override
    public Optional<Quote> quote(StatementRef ref) {
        return Optional.empty();
    }

    @Override
    public Optional<Statement> statement(Quote quote) {
        return Optional.empty();
    }
}
