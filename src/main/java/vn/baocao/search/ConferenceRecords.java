package vn.baocao.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;

/** What ingest recorded about the meetings: who chaired, attended and spoke, and everyone named. */
public interface ConferenceRecords {
    /** The meetings the indexed reports are about, earliest first. */
    List<Meeting> meetings();

    /** The meetings whose reports (earliest first) {@code which} accepts. */
    List<Meeting> meetings(Predicate<List<ReportInfo>> which);

    /** The passage that states {@code participation}; empty when its report was re-ingested since without it. */
    Optional<Passage> passage(Participation participation);

    /** Passage {@code ordinal} (from 0) of {@code report}; empty when it has no such passage. */
    Optional<Passage> passage(ReportInfo report, int ordinal);

    /** Everyone the indexed reports name, once each, with their latest role. */
    List<Person> knownPeople();

    /** Every indexed report, earliest first. */
    List<ReportInfo> reports();
}
