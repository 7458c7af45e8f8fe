package vn.baocao.answer.extractive;

import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.Abbreviations;
import vn.baocao.search.QueryIntent;
import vn.baocao.text.VietnameseText;

/**
 * What a sentence must satisfy to answer a question at all, beyond covering its words: retrieval
 * ranks on evidence, but an answer about another conference, another person or another council is
 * wrong however many words it shares with the question.
 *
 * <ul>
 *   <li>A question that says "tổng kết" or "sơ kết" is about that kind of conference; with a year, about
 *       the one reviewing that year ("tổng kết năm 2023" is held in January 2024).</li>
 *   <li>A question that names a person, or a title ("Thủ tướng"), is answered from sentences about
 *       someone it names: the sentence or its passage mentions them.</li>
 *   <li>A number the question gives ("lần thứ 30") must be in the sentence's passage or its report's
 *       metadata.</li>
 *   <li>For a question that wants one fact (who, when, where, how many), a rare phrase of the question
 *       ("Hội đồng Nhân quyền") must be in the sentence's passage: it is what the question is about,
 *       and a number or name from a passage without it answers about something else. Phrases around
 *       a name and the noun a question asks to identify ("cơ quan nào") do not count.</li>
 * </ul>
 *
 * <p>One per question, on one thread: it keeps what it read of each passage for the passage's other sentences.
 */
final class Constraints implements Predicate<Candidate> {
    /** A phrase in at most this share of the passages (and at least one) must be found where answered. */
    private static final double RARE_SHARE = 0.02;
    private static final int RARE_MIN = 2;

    private final ConferenceKind kind;
    private final int year;
    private final Person person;
    private final List<TitleHeads.Title> titles;
    private final List<String> rarePhrases;
    private final List<String> numbers;
    /** Each candidate passage's {@link CandidateFinder#context}, folded once for all its sentences. */
    private final Map<Passage, Weights.Texts> contexts = new IdentityHashMap<>();

    Constraints(QueryIntent intent, Ask ask, int passages) {
        this.kind = explicitKind(intent);
        this.year = intent.year();
        this.person = intent.person();
        this.titles = ask.titles();
        Set<String> excluded = namesAndAskedNouns(ask);
        this.rarePhrases = !Shapes.isStrict(ask) ? List.of()
                : ask.weights().rarePhrases(Math.max(RARE_MIN, RARE_SHARE * passages)).stream()
                        .filter(b -> Arrays.stream(b.split(" ")).noneMatch(excluded::contains))
                        .filter(b -> !Abbreviations.isInAbbreviatedName(b)).toList();
        this.numbers = ask.weights().numbers();
    }

    /**
     * The folded syllables of the person or titles a question names, and of the noun before "nào" or
     * "gì": pairs with these cross a name's edge or name the kind of answer, not what it is about.
     */
    private static Set<String> namesAndAskedNouns(Ask ask) {
        Set<String> out = new HashSet<>();
        if (ask.person() != null) {
            out.addAll(Terms.syllables(ask.person().titled()));
        }
        ask.titles().forEach(t -> out.addAll(Terms.syllables(t.head() + " " + t.qualifier())));
        List<String> s = ask.syllables();
        for (int i = 1; i < s.size(); i++) {
            if (s.get(i).equals("nao") || s.get(i).equals("gi")) {
                out.addAll(s.subList(Math.max(0, i - 2), i));
            }
        }
        return out;
    }

    @Override
    public boolean test(Candidate c) {
        return isOfTheConference(c.passage().report()) && isAboutTheAsked(c) && hasRarePhrases(c) && hasNumbers(c);
    }

    /** The conference kind the question names in so many words, or null ("6 tháng" alone is too vague). */
    private static ConferenceKind explicitKind(QueryIntent intent) {
        String folded = " " + VietnameseText.fold(intent.text()) + " ";
        if (intent.conferenceKind() == ConferenceKind.YEAR_END_REVIEW && folded.contains(" tong ket ")) {
            return ConferenceKind.YEAR_END_REVIEW;
        }
        if (intent.conferenceKind() == ConferenceKind.MID_YEAR_REVIEW && folded.contains(" so ket ")) {
            return ConferenceKind.MID_YEAR_REVIEW;
        }
        return null;
    }

    private boolean isOfTheConference(ReportInfo report) {
        Conference c = report.conference();
        if (kind == null || c == null || c.kind() == ConferenceKind.OTHER) {
            return true;
        }
        return c.kind() == kind && (year == 0 || c.periodYear() == 0 || c.periodYear() == year);
    }

    private boolean isAboutTheAsked(Candidate c) {
        if (person != null) {
            return c.mentions(person) || person.equals(c.speaker()) || names(c.passage().people(), person);
        }
        if (titles.isEmpty()) {
            return true;
        }
        return c.mentions().stream().anyMatch(m -> fitsATitle(m.person()))
                || c.passage().people().stream().anyMatch(this::fitsATitle);
    }

    private boolean fitsATitle(Person p) {
        return titles.stream().anyMatch(t -> t.fits(p));
    }

    private static boolean names(List<Person> people, Person person) {
        return people.stream().anyMatch(p -> p.name().equals(person.name()));
    }

    /** A number in the question ("lần thứ 30", "6 nhiệm vụ") is exact: the passage must have it. */
    private boolean hasNumbers(Candidate c) {
        if (numbers.isEmpty()) {
            return true;
        }
        Weights.Texts where = context(c.passage());
        return numbers.stream().allMatch(where::contains);
    }

    private boolean hasRarePhrases(Candidate c) {
        if (rarePhrases.isEmpty()) {
            return true;
        }
        Weights.Texts where = context(c.passage());
        return rarePhrases.stream().allMatch(where::contains);
    }

    private Weights.Texts context(Passage passage) {
        return contexts.computeIfAbsent(passage, p -> Weights.Texts.of(CandidateFinder.context(p)));
    }
}
