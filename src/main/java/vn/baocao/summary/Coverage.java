package vn.baocao.summary;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Participation;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.text.VietnameseText;

/**
 * What one summary reads, so that its cost stays the same however large the archive grows: a conference is
 * summarised from at most {@value #REPORTS} of its reports, each conference of a period or of a person from
 * at most {@value #REPORTS_IN_SERIES}, and a period or a person covers at most {@value #CONFERENCES}
 * conferences. A summary that had to choose says so in its title ("6 trong 77 bài", "12 trong 95 hội nghị").
 *
 * <p>The choice uses only what the conference catalogue already knows ({@link Meeting}, {@link ReportInfo}),
 * never the reports' text: counting each report's statements would mean an index query per report, which is
 * what the bound is there to avoid. Every choice is returned in the order it was given (earliest first), so
 * that a summary nothing had to be left out of reads exactly as before.
 */
final class Coverage {
    /** Reports read for a conference summarised on its own: many outlets retell the same event. */
    static final int REPORTS = 6;
    /** Reports read for each conference of a period or a person, whose section shows a few points. */
    static final int REPORTS_IN_SERIES = 2;
    /** Conferences a period or a person covers: about as many as one page has room to name. */
    static final int CONFERENCES = 12;

    private Coverage() {
    }

    /**
     * The at most {@code most} reports of {@code m} a summary reads, earliest first: those that say who
     * presided first (they carry the facts), then those naming more participants (the fuller accounts),
     * then the earliest (the reports of the day), then by id.
     */
    static List<ReportInfo> reportsOf(Meeting m, int most) {
        return chosen(m.reports(), most, byAccount(m, r -> false));
    }

    /**
     * The at most {@code most} reports of {@code m} a summary of what {@code person} said reads: those that
     * name the person among the participants first, then as {@link #reportsOf}.
     */
    static List<ReportInfo> reportsOf(Meeting m, Person person, int most) {
        String name = VietnameseText.fold(person.name());
        Set<String> naming = new HashSet<>();
        m.participations().stream().filter(p -> VietnameseText.fold(p.person().name()).equals(name))
                .forEach(p -> naming.add(p.report().id()));
        return chosen(m.reports(), most, byAccount(m, r -> naming.contains(r.id())));
    }

    /**
     * The at most {@value #CONFERENCES} of a period's {@code meetings} it covers, earliest first: the
     * reviews and the numbered diplomatic conferences first (what a ministry's year is told by), then
     * those with more reports (the events most covered), then the earliest, then by key.
     */
    static List<Meeting> ofPeriod(List<Meeting> meetings) {
        Comparator<Meeting> rank = Comparator.comparing((Meeting m) -> !isLandmark(m))
                .thenComparing(m -> -m.reports().size())
                .thenComparing(Meeting::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Meeting::key);
        return chosen(meetings, CONFERENCES, rank);
    }

    /** The at most {@value #CONFERENCES} latest of a person's {@code meetings} (earliest first): what they say now. */
    static List<Meeting> ofPerson(List<Meeting> meetings) {
        return meetings.subList(Math.max(0, meetings.size() - CONFERENCES), meetings.size());
    }

    /** " (6 trong 77 bài)" when {@code read} of {@code all} reports were read; empty when all were. */
    static String reportsNote(int read, int all) {
        return read < all ? " (" + read + " trong " + all + " bài)" : "";
    }

    private static boolean isLandmark(Meeting m) {
        ConferenceKind kind = m.conference().kind();
        return kind.isReview() || kind.isNumbered() && m.conference().ordinal() > 0;
    }

    private static Comparator<ReportInfo> byAccount(Meeting m, Predicate<ReportInfo> first) {
        Map<String, Integer> leaders = new HashMap<>();
        Map<String, Integer> named = new HashMap<>();
        for (Participation p : m.participations()) {
            String id = p.report().id();
            named.merge(id, 1, Integer::sum);
            if (p.part() != Participation.Part.ATTENDED) {
                leaders.merge(id, 1, Integer::sum);
            }
        }
        return Comparator.comparing((ReportInfo r) -> !first.test(r))
                .thenComparing(r -> !leaders.containsKey(r.id()))
                .thenComparing(r -> -named.getOrDefault(r.id(), 0))
                .thenComparing(ReportInfo::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(ReportInfo::id);
    }

    /** The {@code most} best of {@code all} by {@code rank}, in their order in {@code all}. */
    private static <T> List<T> chosen(List<T> all, int most, Comparator<T> rank) {
        if (all.size() <= most) {
            return all;
        }
        Set<T> best = Collections.newSetFromMap(new IdentityHashMap<>());
        best.addAll(all.stream().sorted(rank).limit(most).toList());
        return all.stream().filter(best::contains).toList();
    }
}
