package vn.baocao.answer.extractive;

import java.util.Optional;
import vn.baocao.answer.Outcome;
import vn.baocao.answer.Refusal;
import vn.baocao.report.Passage;
import vn.baocao.search.Intent;

/**
 * Refuses a question whose premise no report bears out: it puts a person at a meeting the reports do
 * not have them at ({@link RefusalPolicy#notAtTheMeeting}), makes them the chair of one others chaired
 * ({@link RefusalPolicy#notTheChair}), or takes for granted an event ("phản đối",
 * "hoãn") that none of the passages it points to states ({@link RefusalPolicy#falsePremise}), or asks a detail
 * reports seldom give that none gives ({@link RefusalPolicy#detailNotGiven}); passes any other.
 */
final class PremiseRoute implements Route {
    private final RefusalPolicy policy;

    PremiseRoute(RefusalPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        Optional<Refusal> refusal = policy.notAtTheMeeting(intent, findings::passages).or(() -> policy.notTheChair(intent))
                .or(() -> policy.notTheirRole(intent, findings::passages));
        if (refusal.isEmpty() && !intent.premise().isEmpty()) {
            refusal = policy.falsePremise(intent, findings.passages().stream().map(Passage::text).toList());
        }
        if (refusal.isEmpty()) {
            refusal = policy.detailNotGiven(intent);
        }
        return refusal.<Outcome>map(Outcome.Refused::new).orElse(Outcome.PASS);
    }
}
