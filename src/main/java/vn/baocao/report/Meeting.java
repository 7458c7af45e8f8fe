package vn.baocao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A conference as the reports tell it, however many reports are about it (the opening and closing
 * articles, two outlets): what it was, when and where it was held, who took part and which reports
 * cover it.
 *
 * @param key            identifies the conference across reports (see {@link #keyOf}); never blank
 * @param conference     kind, name, period reviewed and number, as its earliest report gives them
 * @param date           the day it was held (its earliest report's date), or null when unknown
 * @param place          where, as the first report that says gives it; empty when none does
 * @param reports        the reports about it, earliest first; never empty
 * @param participations who chaired, directed, worked with or attended it, in report order
 * @param speakers       who speaks in its reports, in order of first statement, with the role given then
 */
public record Meeting(String key, Conference conference, LocalDate date, String place, List<ReportInfo> reports,
                      List<Participation> participations, List<Person> speakers) {
    public Meeting {
        Require.notBlank(key, "meeting key");
        Require.notNull(conference, "meeting conference");
        reports = List.copyOf(reports);
        Require.that(!reports.isEmpty(), "meeting " + key + " has no report");
        participations = List.copyOf(participations);
        speakers = List.copyOf(speakers);
        place = place == null ? "" : place;
    }

    /**
     * The key of the conference {@code report} is about, or empty when it is about none. Reviews are
     * one per kind and period ("tổng kết 2022"), numbered conferences one per number; any other meeting
     * is told apart by its kind and day, or by the report itself when undated.
     */
    public static Optional<String> keyOf(ReportInfo report) {
        Conference c = report.conference();
        if (c == null) {
            return Optional.empty();
        }
        String kind = c.kind().name().toLowerCase(Locale.ROOT);
        return Optional.of(switch (c.kind()) {
            case YEAR_END_REVIEW, MID_YEAR_REVIEW -> c.periodYear() > 0 ? kind + "-" + c.periodYear() + ofWhat(c.name())
                    : byDay(kind, report);
            case DIPLOMATIC_CONFERENCE, EXTERNAL_AFFAIRS_CONFERENCE -> c.ordinal() > 0 ? kind + "-" + c.ordinal() : byDay(kind, report);
            case WORKING_SESSION, OTHER -> byDay(kind, report);
        });
    }

    /**
     * What a review reviews when it is not the ministry's work as a whole, as a key's suffix: "-chuyen_doi_so" for
     * "tổng kết công tác chuyển đổi số năm 2024", empty for "tổng kết công tác (ngành Ngoại giao) năm 2024" —
     * a sector's review of a year is another meeting than the ministry's.
     */
    static String ofWhat(String name) {
        String unmarked = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd');
        String folded = " " + unmarked.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        int at = folded.indexOf(" cong tac ");
        if (at < 0) {
            return "";
        }
        java.util.regex.Matcher end = REVIEWED_PERIOD.matcher(folded);
        int to = end.find(at + " cong tac ".length() - 1) ? end.start() : folded.length();
        String subject = folded.substring(at + " cong tac ".length(), Math.max(at + " cong tac ".length(), to)).strip();
        return subject.isEmpty() || MINISTRY_WIDE.contains(subject) ? "" : "-" + subject.replace(' ', '_');
    }

    /** Where the subject of a review ends: its period ("năm 2024", "6 tháng") or what follows it. */
    private static final java.util.regex.Pattern REVIEWED_PERIOD = java.util.regex.Pattern.compile(
            " (?:nam|0?6 thang|sau thang|va trien khai|trien khai|va phuong huong)(?= )");
    /** The ministry's work as a whole, however a report words it. */
    private static final java.util.Set<String> MINISTRY_WIDE = java.util.Set.of("nganh ngoai giao", "ngoai giao",
            "doi ngoai", "nganh", "bo ngoai giao", "cua bo ngoai giao", "doi ngoai va ngoai giao");

    private static String byDay(String kind, ReportInfo report) {
        return kind + "-" + (report.date() == null ? report.id() : report.date().toString());
    }

    /** Those who presided: chaired it, directed it, or the leader a working session was held with. */
    public List<Participation> leaders() {
        return participations(p -> p.part() != Participation.Part.ATTENDED);
    }

    /** The participations matching {@code which}, in order. */
    public List<Participation> participations(Predicate<Participation> which) {
        return participations.stream().filter(which).toList();
    }

    /** Everyone who took part: participants first, then speakers not already listed; once each by name. */
    public List<Person> people() {
        Map<String, Person> byName = new LinkedHashMap<>();
        participations.forEach(p -> byName.putIfAbsent(p.person().name().toLowerCase(Locale.ROOT), p.person()));
        speakers.forEach(p -> byName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p));
        return new ArrayList<>(byName.values());
    }
}
