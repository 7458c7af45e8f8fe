package vn.baocao.search;

import java.util.List;
import java.util.regex.Matcher;
import vn.baocao.report.ConferenceKind;

/**
 * Recognises which kind of conference a question is about, and its number for a numbered Diplomatic
 * Conference ("Hội nghị Ngoại giao lần thứ 32", "hoi nghi ngoai giao 32", "32nd diplomatic conference").
 *
 * <p>The first rule that matches wins: a numbered conference, then the explicit "sơ kết" and
 * "tổng kết", then the weaker "6 tháng" (which also occurs in year-end questions about "6 tháng cuối
 * năm"), then an unnumbered Diplomatic Conference, then "làm việc".
 */
final class ConferenceCues {
    /** What a question says about its conference. */
    record Found(ConferenceKind kind, int ordinal) {
        static final Found NONE = new Found(null, 0);
    }

    private record Rule(Cue cue, ConferenceKind kind) {
    }

    private static final List<Cue> NUMBERED = List.of(
            Cue.of("hội nghị ngoại giao(?: lần)?(?: thứ)? ([0-9]{1,3})"),
            Cue.of("([0-9]{1,3})(?:st|nd|rd|th)? diplomatic conference"),
            Cue.of("diplomatic conference(?: no)? ([0-9]{1,3})"));

    private static final List<Rule> RULES = List.of(
            new Rule(Cue.of("sơ kết|mid year|midyear|half year"), ConferenceKind.MID_YEAR_REVIEW),
            new Rule(Cue.of("tổng kết|year end|annual review|end of year"), ConferenceKind.YEAR_END_REVIEW),
            new Rule(Cue.of("(?:6|sáu) tháng|six months"), ConferenceKind.MID_YEAR_REVIEW),
            new Rule(Cue.of("hội nghị ngoại giao|diplomatic conference"), ConferenceKind.DIPLOMATIC_CONFERENCE),
            new Rule(Cue.of("làm việc|working session"), ConferenceKind.WORKING_SESSION));

    private ConferenceCues() {
    }

    /** The conference kind and number {@code text} names; {@link Found#NONE} when it names none. */
    static Found of(QuestionText text) {
        for (Cue cue : NUMBERED) {
            Matcher m = cue.in(text).matcher(text.padded());
            if (m.find()) {
                return new Found(ConferenceKind.DIPLOMATIC_CONFERENCE, Integer.parseInt(m.group(1)));
            }
        }
        for (Rule rule : RULES) {
            if (text.has(rule.cue())) {
                return new Found(rule.kind(), 0);
            }
        }
        return Found.NONE;
    }
}
