package vn.baocao.answer.extractive;

import java.util.List;
import vn.baocao.answer.Outcome;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.search.StatementRecords;

/**
 * The routes of the offline composer, in the one order they are tried: first the refusals that need
 * no evidence (the question names what no report has; it takes for granted what no passage says), then
 * the answers from the records (who wrote or signed a report, who asked at a briefing, which meetings were held on a day, who
 * took part in a meeting, who said the
 * quoted words, what a person said), then the shapes of one fact, and last the evidence itself, which answers or refuses.
 */
final class Routes {
    private final List<Route> order;
    private final MeetingRoute meetings;

    Routes(ConferenceRecords records, StatementRecords statements, RefusalPolicy policy) {
        this.meetings = new MeetingRoute(records, statements, policy);
        this.order = List.of(
                new ScopeRoute(policy),
                new PremiseRoute(policy),
                new CreditsRoute(policy),
                new AskedRoute(policy),
                new MeetingsOnADayRoute(records),
                meetings,
                new WhoSaidRoute(statements),
                new SaidByRoute(statements, records, policy),
                new ShapeRoute(records, policy),
                new EvidenceRoute(policy));
    }

    /**
     * The records' answer to a question of several parts at once, or a pass: a person's meetings, with
     * the role held at each, answer "X giữ chức gì năm 2018 và năm 2023" when they cover every year asked.
     */
    Outcome answerAtOnce(Intent intent, Findings findings) {
        return intent.form() == Form.MEETINGS_OF && intent.years().size() > 1 && !intent.namesAMeeting()
                ? meetings.answer(intent, findings) : Outcome.PASS;
    }

    /** The outcome of the first route that does not pass; the last route always answers or refuses. */
    Outcome answer(Intent intent, Findings findings) {
        for (Route route : order) {
            Outcome outcome = route.answer(intent, findings);
            if (!(outcome instanceof Outcome.Pass)) {
                return outcome;
            }
        }
        throw new IllegalStateException("the evidence route passed on \"" + intent.question() + "\"");
    }
}
