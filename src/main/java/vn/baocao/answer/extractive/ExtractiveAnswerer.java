package vn.baocao.answer.extractive;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Messages;
import vn.baocao.answer.Refusal;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.search.PassageHit;
import vn.baocao.search.QueryIntent;
import vn.baocao.search.Retriever;

/**
 * The offline composer: retrieves passages, picks the sentences that answer the question's type and
 * cites each one; abstains when no sentence covers enough of the question.
 *
 * <p>Thread-safe: it keeps no state between questions, and the retriever is thread-safe.
 */
public final class ExtractiveAnswerer implements Answerer {
    /** Questions longer than this are refused rather than truncated: a wall of text is not a question. */
    public static final int MAX_QUESTION_CHARS = 1000;
    /** The least share of a question's weight the best sentence must cover (tuned on the question set). */
    static final double MIN_COVERAGE = 0.55;
    /** The least share of what the question asks beyond naming the report that the sentence must cover. */
    static final double MIN_FOCUS = 0.5;
    private static final int PASSAGES = 8;
    /** An orphan syllable in fewer than this share of passages marks an out-of-scope question. */
    private static final double RARE = 0.05;
    private static final String COMPOSER = "extractive";

    private final Retriever retriever;

    public ExtractiveAnswerer(Retriever retriever) {
        this.retriever = retriever;
    }

    @Override
    public Answer answer(String question) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty()) {
            return Answer.refused(q, Refusal.Reason.BAD_INPUT, Messages.EMPTY, COMPOSER);
        }
        if (q.length() > MAX_QUESTION_CHARS) {
            return Answer.refused(q, Refusal.Reason.BAD_INPUT, Messages.tooLong(q.length(), MAX_QUESTION_CHARS), COMPOSER);
        }
        if (retriever.passageCount() == 0) {
            return Answer.refused(q, Refusal.Reason.EMPTY_INDEX, Messages.EMPTY_INDEX, COMPOSER);
        }
        QueryIntent intent = retriever.parse(q);
        String text = intent.text();
        String about = Cues.strip(text, intent.type());
        Weights weights = new Weights(Terms.Question.of(about, text), retriever::docFrequency, retriever.passageCount());
        if (Terms.syllables(text).isEmpty()) {
            return Answer.refused(q, Refusal.Reason.BAD_INPUT, Messages.NO_WORDS, COMPOSER);
        }
        Optional<MeetingQuestion> aboutAMeeting = MeetingQuestion.of(intent);
        if (aboutAMeeting.isPresent()) {
            return fromMeetings(q, aboutAMeeting.get(), intent);
        }
        Optional<String> quoted = WhoSaidAnswers.quotedWords(intent);
        if (quoted.isPresent()) {
            CitationBook book = new CitationBook();
            Optional<String> said = new WhoSaidAnswers(retriever).answer(quoted.get(), intent, book);
            if (said.isPresent()) {
                return Answer.of(q, CitationBook.markersIn(said.get()), book.citations(), AnswerKind.LIST, COMPOSER);
            }
        }
        List<TitleHeads.Title> titles = TitleHeads.in(text);
        SaidByAnswers saidBy = new SaidByAnswers(retriever);
        Optional<Person> speaker = saidBy.speakerAsked(intent, titles);
        if (speaker.isPresent()) {
            CitationBook book = new CitationBook();
            Optional<String> said = saidBy.answer(speaker.get(), intent, book);
            if (said.isPresent()) {
                return Answer.of(q, CitationBook.markersIn(said.get()), book.citations(), AnswerKind.LIST, COMPOSER);
            }
        }
        if (isOutOfScope(intent, weights, titles)) {
            return Answer.refused(q, Refusal.Reason.NOT_IN_CORPUS, Messages.NOT_COVERED, COMPOSER);
        }
        List<Passage> passages = retriever.retrieve(intent, PASSAGES).stream().map(PassageHit::passage).toList();
        Ask ask = new Ask(text, intent.type(), intent.person(), titles, weights, Terms.syllables(text));
        Constraints constraints = new Constraints(intent, ask, retriever.passageCount());
        List<Candidate> ranked = CandidateFinder.find(passages, weights).stream()
                .filter(c -> c.coverage() >= MIN_COVERAGE && c.focus() >= MIN_FOCUS && constraints.test(c))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::rank))
                .toList();
        if (ranked.isEmpty()) {
            return Answer.refused(q, Refusal.Reason.NO_EVIDENCE, Messages.NOT_COVERED, COMPOSER);
        }
        CitationBook book = new CitationBook();
        Optional<String> shaped = Shapes.forQuestion(ask).compose(ask, ranked, book);
        if (shaped.isEmpty() && Shapes.isStrict(ask)) {
            // "Ai…?", "Khi nào…?", "Ở đâu…?", "Bao nhiêu…?" answered with a sentence that does not say
            // who, when, where or how many would look like an answer and not be one.
            return Answer.refused(q, Refusal.Reason.NO_EVIDENCE, Messages.NOT_COVERED, COMPOSER);
        }
        String answer = shaped.orElseGet(() -> new GeneralShape().compose(ask, ranked, book).orElseThrow());
        return Answer.of(q, CitationBook.markersIn(answer), book.citations(), AnswerKind.ANSWER, COMPOSER);
    }

    private Answer fromMeetings(String q, MeetingQuestion question, QueryIntent intent) {
        CitationBook book = new CitationBook();
        MeetingAnswers.Outcome outcome = new MeetingAnswers(retriever).answer(question, intent, book);
        return outcome.abstained() ? Answer.refused(q, Refusal.Reason.NOT_IN_CORPUS, outcome.text(), COMPOSER)
                : Answer.of(q, CitationBook.markersIn(outcome.text()), book.citations(), AnswerKind.LIST, COMPOSER);
    }

    /**
     * True when the question is visibly about something the reports do not cover: it has nothing to
     * search for; it uses a rare word in a sense the reports never do (an orphan); it has a number, an
     * acronym or a foreign word no report has ("lần thứ 32" when only the 31st is reported, "Đại hội
     * XIV", "bitcoin"); it names a ministry
     * the reports never name ("Bộ Y tế"); or an office nobody in the reports holds ("Bộ trưởng Bộ Công
     * an").
     */
    private boolean isOutOfScope(QueryIntent intent, Weights weights, List<TitleHeads.Title> titles) {
        if (weights.isEmpty() && intent.person() == null) {
            return true;
        }
        // Word pairs of a question read from English follow the glossary, not the user's phrasing.
        if (!intent.readFromEnglish() && !weights.rareOrphans(RARE).isEmpty()) {
            return true;
        }
        if (weights.unknownNumbers().findAny().isPresent() || weights.unknownNames().findAny().isPresent()) {
            return true;
        }
        if (Ministries.named(intent.text()).stream().anyMatch(m -> retriever.docFrequency(m) == 0)) {
            return true;
        }
        if (intent.person() != null || titles.isEmpty()) {
            return false;
        }
        List<Person> people = retriever.knownPeople();
        return titles.stream().anyMatch(t -> people.stream().noneMatch(t::fits));
    }
}
