package vn.baocao.answer.extractive;

import java.util.Optional;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Outcome;
import vn.baocao.answer.Refusal;
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
        Optional<String> unlisted = UnlistedCounts.in(intent, findings.evidence().getFirst());
        if (unlisted.isPresent()) {
            return Outcome.Refused.of(Refusal.Reason.NO_EVIDENCE, "Các báo cáo chỉ nhắc “" + unlisted.get()
                    + "” mà không liệt kê từng mục, nên tôi không trả lời để tránh suy đoán.");
        }
        CitationBook book = new CitationBook();
        String text = new EvidenceShape().compose(intent, findings.evidence(), book).orElseThrow();
        AnswerKind kind = intent.form() == Form.LIST ? AnswerKind.LIST : AnswerKind.ANSWER;
        return new Outcome.Answered(CitationBook.markersIn(text), book.citations(), kind);
    }
}
