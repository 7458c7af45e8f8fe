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

    /** One conference, all its reports merged. */
    record OfMeeting(Meeting meeting) implements Target {
        public OfMeeting {
            Require.notNull(meeting, "meeting");
        }

        @Override
        public String title() {
            return meeting.conference().name() + Dates.inBrackets(meeting.date());
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
     * @param meetings the conferences where they speak that the request allows, earliest first; never empty
     */
    record OfPerson(Person person, List<Meeting> meetings) implements Target {
        public OfPerson {
            Require.notNull(person, "person");
            meetings = List.copyOf(meetings);
            Require.that(!meetings.isEmpty(), "a person summary needs a conference where " + person.name() + " speaks");
        }

        @Override
        public String title() {
            return "phát biểu của " + person.titled() + " tại " + meetings.size() + " hội nghị";
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
     * @param meetings the conferences held in or reviewing those years, earliest first; never empty
     */
    record OfPeriod(int from, int to, List<Meeting> meetings) implements Target {
        public OfPeriod {
            Require.that(from <= to, "period must run forward, was " + from + "–" + to);
            meetings = List.copyOf(meetings);
            Require.that(!meetings.isEmpty(), "a period summary needs a conference");
        }

        @Override
        public String title() {
            return label() + ": " + meetings.size() + " hội nghị";
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
