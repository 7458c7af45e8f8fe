package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Outcome;
import vn.baocao.report.Passage;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.text.Interviews;
import vn.baocao.text.Sentences;

/**
 * Answers who asked a question at a briefing, or what a reporter asked ("Phóng viên báo nào hỏi về cổng
 * thông tin ngoại vụ?", "Phóng viên Reuters hỏi gì?"), from the transcripts' turns: the reporter's turn
 * whose question, read with the answer that follows it, carries the question's topic — its label says who
 * asked, its words what. Passes when no transcript has such a turn.
 */
final class AskedRoute implements Route {
    private final RefusalPolicy policy;

    AskedRoute(RefusalPolicy policy) {
        this.policy = policy;
    }

    /** A reporter's turn of a passage: its sentences, and the next speaker's answer to it. */
    record Turn(Passage passage, List<String> asked, List<String> answer) {
        /** Who asked, as the label names them: "Phóng viên báo Thanh Niên". */
        String asker() {
            String first = asked.getFirst();
            return first.substring(0, first.indexOf(':')).strip();
        }
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        if (intent.form() != Form.ASKED) {
            return Outcome.PASS;
        }
        Optional<Turn> best = best(turns(findings.passages()), findings.weights())
                .or(() -> best(turns(findings.furtherPassages()), findings.weights()));
        if (best.isEmpty()) {
            return Outcome.PASS;
        }
        Turn turn = best.get();
        CitationBook book = new CitationBook();
        String marker = book.cite(turn.passage(), turn.asked().getFirst());
        String text = turn.asker() + " " + marker + ".\n" + Lines.quote(String.join(" ", turn.asked()), marker);
        return new Outcome.Answered(CitationBook.markersIn(text), book.citations(), AnswerKind.ANSWER);
    }

    /** The turn that carries most of the question's topic, when it carries enough; the first (the better-ranked) on a tie. */
    private Optional<Turn> best(List<Turn> turns, Weights weights) {
        Turn best = null;
        double bestCoverage = 0;
        for (Turn turn : turns) {
            Weights.Texts read = Weights.Texts.of(String.join(" ", turn.asked()) + " . " + String.join(" ", turn.answer()));
            double coverage = weights.coverage(read, read, 1, term -> true);
            if (coverage > bestCoverage) {
                best = turn;
                bestCoverage = coverage;
            }
        }
        return best != null && policy.answersWhoAsked(bestCoverage) ? Optional.of(best) : Optional.empty();
    }

    /** The reporters' turns of {@code passages}, in order. */
    static List<Turn> turns(List<Passage> passages) {
        List<Turn> turns = new ArrayList<>();
        for (Passage passage : passages) {
            List<String> sentences = Sentences.split(passage.text());
            for (int i = 0; i < sentences.size(); i++) {
                if (!Interviews.opensWithAsker(sentences.get(i)) || sentences.get(i).indexOf(':') < 0) {
                    continue;
                }
                int end = endOfTurn(sentences, i);
                int answerEnd = end < sentences.size() ? endOfTurn(sentences, end) : end;
                turns.add(new Turn(passage, sentences.subList(i, end), sentences.subList(end, answerEnd)));
            }
        }
        return turns;
    }

    /** Where the turn opening at sentence {@code start} ends: at the next speaker's label, or the passage's end. */
    private static int endOfTurn(List<String> sentences, int start) {
        int end = start + 1;
        while (end < sentences.size() && !EvidenceShape.opensATurn(sentences.get(end))) {
            end++;
        }
        return end;
    }
}
