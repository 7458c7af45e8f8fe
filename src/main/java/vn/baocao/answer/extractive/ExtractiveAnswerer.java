package vn.baocao.answer.extractive;

import java.util.function.Function;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.Messages;
import vn.baocao.answer.Outcome;
import vn.baocao.answer.Refusal;
import vn.baocao.lexicon.Words;
import vn.baocao.report.Require;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.Intent;
import vn.baocao.search.PassageSearch;
import vn.baocao.search.Retriever;
import vn.baocao.search.StatementRecords;
import vn.baocao.search.TermStatistics;

/**
 * The offline composer: reads the question once, then tries its {@link Routes} in order — each answers
 * from the reports with every sentence cited, refuses for a named reason, or passes — so that a question
 * is answered from evidence unless there is a reason not to.
 *
 * <p>Thread-safe: it keeps no state between questions, and its sources are thread-safe.
 */
public final class ExtractiveAnswerer implements Answerer {
    /** Questions longer than this are refused rather than truncated: a wall of text is not a question. */
    public static final int MAX_QUESTION_CHARS = RefusalPolicy.MAX_QUESTION_CHARS;
    private static final String COMPOSER = "extractive";

    private final Function<String, Intent> reader;
    private final PassageSearch passages;
    private final TermStatistics terms;
    private final RefusalPolicy policy;
    private final Routes routes;

    /** The composer over {@code retriever}'s reading, passages, statistics and records. */
    public ExtractiveAnswerer(Retriever retriever) {
        this(retriever::parse, retriever, retriever, retriever, retriever);
    }

    /**
     * The composer over narrow sources: {@code reader} reads a question once; the rest give passages,
     * word statistics, the meetings' records and the statements.
     */
    public ExtractiveAnswerer(Function<String, Intent> reader, PassageSearch passages, TermStatistics terms,
                              ConferenceRecords records, StatementRecords statements) {
        this.reader = Require.notNull(reader, "reader");
        this.passages = Require.notNull(passages, "passage search");
        this.terms = Require.notNull(terms, "term statistics");
        this.policy = new RefusalPolicy(terms, Require.notNull(records, "conference records"));
        this.routes = new Routes(records, Require.notNull(statements, "statements"), policy);
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
        if (terms.passageCount() == 0) {
            return Answer.refused(q, Refusal.Reason.EMPTY_INDEX, Messages.EMPTY_INDEX, COMPOSER);
        }
        if (Words.of(q).isEmpty()) {
            return Answer.refused(q, Refusal.Reason.BAD_INPUT, Messages.NO_WORDS, COMPOSER);
        }
        Intent intent = reader.apply(q);
        if (intent.isBlank()) {
            return Answer.refused(q, Refusal.Reason.BAD_INPUT, Messages.NO_SUBJECT, COMPOSER);
        }
        if (!intent.parts().isEmpty()) {
            Outcome atOnce = routes.answerAtOnce(intent, new Findings(intent, passages, terms, policy));
            return (atOnce instanceof Outcome.Pass ? Outcome.joined(intent.parts().stream().map(this::outcome).toList())
                    : atOnce).toAnswer(q, COMPOSER);
        }
        return outcome(intent).toAnswer(q, COMPOSER);
    }

    private Outcome outcome(Intent intent) {
        return routes.answer(intent, new Findings(intent, passages, terms, policy));
    }
}
