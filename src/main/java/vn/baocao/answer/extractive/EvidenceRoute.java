package vn.baocao.answer.extractive;

import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Outcome;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;

/** The last route: answers from the sentences that best carry the question's topic, or refuses for want of them. */
final class EvidenceRoute implements Route {
    private final RefusalPolicy policy;

    EvidenceRoute(RefusalPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        if (findings.evidence().isEmpty()) {
            return new Outcome.Refused(policy.noEvidence(intent));
        }
        CitationBook book = new CitationBook();
        String text = new EvidenceShape().compose(intent, findings.evidence(), book).orElseThrow();
        AnswerKind kind = intent.form() == Form.LIST ? AnswerKind.LIST : AnswerKind.ANSWER;
        return new Outcome.Answered(CitationBook.markersIn(text), book.citations(), kind);
    }
}
