package vn.baocao.summary;

import java.util.List;
import vn.baocao.report.Meeting;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;
import vn.baocao.text.Dates;

/** What a summary is of: one report, one conference, one person, a period, or two of these compared. */
public sealed interface Target {

    /** The summary's title line, e.g. "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023)". */
    String title();

    /** A short name for one side of a comparison, e.g. "sơ kết 6 tháng 2019". */
    String label();

    /** One report, alone (the "Tóm tắt" button under an answer that cites one report). */
    record OfReport(ReportInfo report) implements Target {
        public OfReport {
            Require.notNull(report, "report");
        }

        @Override
        public String title() {
            return "bài “" + report.title() + "”" + Dates.inBrackets(report.date());
        }

        @Override
        public String label() {
            return Dates.vietnameseOrUnknown(report.date());
        }
    }

    /** One conference, its reports merged: at most {@link Coverage#REPORTS} of them, chosen as {@link Coverage#reportsOf} says. */
    record OfMeeting(Meeting meeting) implements Target {
        public OfMeeting {
            Require.notNull(meeting, "meeting");
        }

        /** The reports the summary reads, earliest first. */
        public List<ReportInfo> reports() {
            return Coverage.reportsOf(meeting, Coverage.REPORTS);
        }

        @Override
        public String title() {
            return meeting.conference().name() + Dates.inBrackets(meeting.date())
                    + Coverage.reportsNote(reports().size(), meeting.reports().size());
        }

        @Override
        public String label() {
            int year = meeting.conference().periodYear() > 0 ? meeting.conference().periodYear()
                    : meeting.date() == null ? 0 : meeting.date().getYear();
            return meeting.conference().kind().label() + (year == 0 ? "" : " " + year);
        }
    }

    /**
     * What one person said, across the conferences given.
     *
     * @param person   who
     * @param meetings the conferences covered, earliest first: of those where they speak that the request
     *                 allows, the latest {@link Coverage#CONFERENCES}; never empty
     * @param among    how many conferences the request allows where they speak, {@code >= meetings.size()}
     */
    record OfPerson(Person person, List<Meeting> meetings, int among) implements Target {
        public OfPerson {
            Require.notNull(person, "person");
            meetings = List.copyOf(meetings);
            Require.that(!meetings.isEmpty(), "a person summary needs a conference where " + person.name() + " speaks");
            Require.that(among >= meetings.size(), "a person summary covers " + meetings.size() + " of "
                    + among + " conferences");
        }

        /** A summary of what {@code person} said at the latest of {@code spokenAt} (earliest first). */
        static OfPerson latest(Person person, List<Meeting> spokenAt) {
            return new OfPerson(person, Coverage.ofPerson(spokenAt), spokenAt.size());
        }

        @Override
        public String title() {
            return "phát biểu của " + person.titled() + " tại " + (among == meetings.size() ? among + " hội nghị"
                    : meetings.size() + " hội nghị gần nhất trong " + among + " hội nghị");
        }

        @Override
        public String label() {
            return person.name();
        }
    }

    /**
     * The conferences of a year or a run of years.
     *
     * @param from     the first year
     * @param to       the last year, {@code >= from}
     * @param meetings the conferences covered, earliest first: of those held in or reviewing those years,
     *                 at most {@link Coverage#CONFERENCES} chosen as {@link Coverage#ofPeriod} says; never empty
     * @param among    how many conferences were held in or reviewed those years, {@code >= meetings.size()}
     */
    record OfPeriod(int from, int to, List<Meeting> meetings, int among) implements Target {
        public OfPeriod {
            Require.that(from <= to, "period must run forward, was " + from + "–" + to);
            meetings = List.copyOf(meetings);
            Require.that(!meetings.isEmpty(), "a period summary needs a conference");
            Require.that(among >= meetings.size(), "a period summary covers " + meetings.size() + " of "
                    + among + " conferences");
        }

        /** A summary of the period {@code from}–{@code to}, whose conferences are {@code held} (earliest first). */
        static OfPeriod of(int from, int to, List<Meeting> held) {
            return new OfPeriod(from, to, Coverage.ofPeriod(held), held.size());
        }

        @Override
        public String title() {
            return label() + ": " + (among == meetings.size() ? "" : meetings.size() + " trong ") + among + " hội nghị";
        }

        @Override
        public String label() {
            return from == to ? "năm " + from : "các năm " + from + "–" + to;
        }
    }

    /** Two targets side by side. */
    record Comparison(Target left, Target right) implements Target {
        public Comparison {
            Require.notNull(left, "left side");
            Require.notNull(right, "right side");
            Require.that(!(left instanceof Comparison) && !(right instanceof Comparison), "a side cannot be a comparison");
        }

        @Override
        public String title() {
            return left.title() + " và " + right.title();
        }

        @Override
        public String label() {
            return left.label() + " – " + right.label();
        }
    }
}
