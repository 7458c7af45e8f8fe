package vn.baocao.answer.extractive;

import vn.baocao.answer.Outcome;
import vn.baocao.search.Intent;

/** Refuses a question that names what no report has (see {@link RefusalPolicy#notInCorpus}); passes any other. */
final class ScopeRoute implements Route {
    private final RefusalPolicy policy;

    ScopeRoute(RefusalPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        return policy.notInCorpus(intent).<Outcome>map(Outcome.Refused::new).orElse(Outcome.PASS);
    }
}
