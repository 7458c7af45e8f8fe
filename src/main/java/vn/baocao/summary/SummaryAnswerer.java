package vn.baocao.summary;

import java.util.function.Consumer;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.NextPage;
import vn.baocao.report.Require;

/**
 * An answerer that gives a summary to a question asking for one ({@link Summaries#answer}) and hands every
 * other question, and a summary request naming nothing the reports have, to {@code questions}.
 */
public final class SummaryAnswerer implements Answerer {
    private final Answerer questions;
    private final Summaries summaries;

    public SummaryAnswerer(Answerer questions, Summaries summaries) {
        this.questions = Require.notNull(questions, "answerer");
        this.summaries = Require.notNull(summaries, "summaries");
    }

    @Override
    public Answer answer(String question) {
        return summaries.answer(question).orElseGet(() -> questions.answer(question));
    }

    @Override
    public Answer answer(String conversationId, String question) {
        return summaries.answer(question).orElseGet(() -> questions.answer(conversationId, question));
    }

    /** A summary is made whole; another question's answer is drafted as {@code questions} writes it. */
    @Override
    public Answer answer(String conversationId, String question, Consumer<String> draft) {
        return summaries.answer(question).orElseGet(() -> questions.answer(conversationId, question, draft));
    }

    @Override
    public Answer nextPage(NextPage next) {
        return summaries.page(next);
    }

    @Override
    public void forget(String conversationId) {
        questions.forget(conversationId);
    }
}
