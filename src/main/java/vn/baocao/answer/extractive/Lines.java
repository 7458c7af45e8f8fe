package vn.baocao.answer.extractive;

import vn.baocao.report.ReportInfo;
import vn.baocao.text.Dates;
import vn.baocao.text.VietnameseText;

/** The few fixed shapes of an answer's lines. */
final class Lines {
    private Lines() {
    }

    /** An evidence line: "– “sentence” [n]". */
    static String quote(String sentence, String marker) {
        return "– “" + sentence + "” " + marker;
    }

    /** {@code text} with its first letter in upper case, as a sentence starts. */
    static String capitalized(String text) {
        return VietnameseText.capitalized(text);
    }

    /** A report named as an article: "Bài “title” (6/1/2025)". */
    static String article(ReportInfo report) {
        return "Bài “" + report.title() + "”" + Dates.inBrackets(report.date());
    }

    /**
     * What tells a report apart beside its title, as its credits give it: ", số 486/BC-BNG" for an official
     * report, ", đăng trên Báo Quảng Trị" for an article; empty when it names neither.
     */
    static String credited(ReportInfo report) {
        ReportInfo.Credits c = report.credits();
        if (!c.number().isEmpty()) {
            return ", số " + c.number();
        }
        return c.publisher().isEmpty() ? "" : ", đăng trên " + c.publisher();
    }

    /** How a report's conference is named in a lead: its name, or its title when it has none. */
    static String conferenceOf(ReportInfo report) {
        String name = report.conferenceName();
        return name.isEmpty() ? "Sự kiện trong bài “" + report.title() + "”" : name;
    }
}
