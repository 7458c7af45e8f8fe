package vn.baocao.answer.extractive;

import java.util.Comparator;
import java.util.List;
import vn.baocao.report.Passage;
import vn.baocao.search.Intent;
import vn.baocao.search.PassageHit;
import vn.baocao.search.PassageSearch;
import vn.baocao.search.TermStatistics;

/**
 * The evidence for one question, found when a route first asks for it and kept for the routes after:
 * the passages retrieved, their sentences weighed against the question's topic, and those that are
 * evidence by the policy, best first. One per question, on one thread.
 */
final class Findings {
    /** Passages whose sentences are weighed. */
    private static final int PASSAGES = 8;
    /** How many times further a second look goes when no passage of the first satisfies the question. */
    private static final int FURTHER = 5;

    private final Intent intent;
    private final PassageSearch search;
    private final TermStatistics terms;
    private final RefusalPolicy policy;
    private Weights weights;
    private List<Passage> passages;
    private List<Passage> furtherPassages;
    private List<Candidate> evidence;
    private List<Candidate> widerEvidence;

    Findings(Intent intent, PassageSearch search, TermStatistics terms, RefusalPolicy policy) {
        this.intent = intent;
        this.search = search;
        this.terms = terms;
        this.policy = policy;
    }

    /** The weights of the question's topic words. */
    Weights weights() {
        if (weights == null) {
            weights = new Weights(Terms.Question.of(intent.topic()), terms::docFrequency, terms.passageCount());
        }
        return weights;
    }

    /** The passages retrieved for the question, best first. */
    List<Passage> passages() {
        if (passages == null) {
            passages = search.retrieve(intent, PASSAGES).stream().map(PassageHit::passage).toList();
        }
        return passages;
    }

    /** The passages of a look {@link #FURTHER} times as far down the retrieval, best first. */
    List<Passage> furtherPassages() {
        if (furtherPassages == null) {
            furtherPassages = passages().size() < PASSAGES ? passages()
                    : search.retrieve(intent, PASSAGES * FURTHER).stream().map(PassageHit::passage).toList();
        }
        return furtherPassages;
    }

    /**
     * The sentences of the passages that are evidence — they carry enough of the topic and satisfy the
     * question's constraints (meeting, person, numbers) — best first, then in retrieval order.
     */
    List<Candidate> evidence() {
        if (evidence == null) {
            List<Candidate> carrying = carryingTheTopic(passages());
            evidence = satisfying(carrying);
            if (evidence.isEmpty() && !carrying.isEmpty() && passages().size() == PASSAGES) {
                // sentences say it, but of another meeting, year or person: look further down for the one asked
                evidence = satisfying(carryingTheTopic(search.retrieve(intent, PASSAGES * FURTHER).stream()
                        .map(PassageHit::passage).toList()));
            }
        }
        return evidence;
    }

    /**
     * The evidence of a look {@link #FURTHER} times as far down the retrieved passages, best first: where
     * a fact the question wants in a shape (a number, a day, a place) is sought when the nearer evidence
     * lacks it — the sentence that gives it may share few words with the question besides its unit.
     */
    List<Candidate> widerEvidence() {
        if (widerEvidence == null) {
            widerEvidence = passages().size() < PASSAGES ? evidence() : satisfying(carryingTheTopic(
                    search.retrieve(intent, PASSAGES * FURTHER).stream().map(PassageHit::passage).toList()));
        }
        return widerEvidence;
    }

    /**
     * The sentences of {@code retrieved} that carry the question's topic, best first, then in retrieval
     * order. A question whose every word is common says nothing to weigh sentences by: retrieval's order of
     * passages stands, and within a passage the sentence that has more of the question's words comes first.
     */
    private List<Candidate> carryingTheTopic(List<Passage> retrieved) {
        boolean weighed = policy.hasTopic(weights());
        return CandidateFinder.find(retrieved, weights()).stream()
                .filter(c -> (!weighed || policy.isEvidence(c, intent)) && policy.mayBeTheirWords(c, intent))
                .sorted(weighed ? Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::rank)
                        : Comparator.comparingInt(Candidate::rank)
                                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed()))
                .toList();
    }

    /** Those of {@code carrying} that satisfy the question's meeting, year, day, number and person. */
    private List<Candidate> satisfying(List<Candidate> carrying) {
        Constraints constraints = new Constraints(intent, weights(), policy);
        List<Candidate> all = carrying.stream().filter(constraints).toList();
        // another report's account of the meeting asked (a press briefing's) answers only when its own reports do not
        List<Candidate> satisfying = all.stream().allMatch(constraints::isAnotherReportsAccount) ? all
                : all.stream().filter(c -> !constraints.isAnotherReportsAccount(c)).toList();
        return YearRows.ofTheYearsAsked(satisfying, intent.years());
    }
}
