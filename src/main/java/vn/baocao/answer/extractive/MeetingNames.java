package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.report.ConferenceKind;
import vn.baocao.search.Intent;
import vn.baocao.text.Ordinals;

/** How a refusal names the meeting a question asked about: "Hội nghị tổng kết năm 2018". */
final class MeetingNames {
    private MeetingNames() {
    }

    /** The meeting {@code intent} names, in words, from its kind, number, year and day. */
    static String asked(Intent intent) {
        ConferenceKind kind = intent.conferenceKind();
        String year = intent.year() != 0 ? " năm " + intent.year() : "";
        String day = intent.date() != null ? " ngày " + intent.date().getDayOfMonth() + "/" + intent.date().getMonthValue() : "";
        if (intent.conferenceOrdinal() != 0) {
            String named = kind == ConferenceKind.DIPLOMATIC_CONFERENCE ? "Hội nghị Ngoại giao"
                    : kind == ConferenceKind.EXTERNAL_AFFAIRS_CONFERENCE ? "Hội nghị Ngoại vụ toàn quốc" : "hội nghị";
            return named + " lần thứ " + intent.conferenceOrdinal();
        }
        if (kind == null) {
            return "hội nghị" + year + day;
        }
        return switch (kind) {
            case YEAR_END_REVIEW -> "Hội nghị tổng kết" + year + day;
            case MID_YEAR_REVIEW -> "Hội nghị sơ kết 6 tháng đầu" + (year.isEmpty() ? " năm" : year) + day;
            case DIPLOMATIC_CONFERENCE -> "Hội nghị Ngoại giao" + year + day;
            case EXTERNAL_AFFAIRS_CONFERENCE -> "Hội nghị Ngoại vụ toàn quốc" + year + day;
            case WORKING_SESSION -> "buổi làm việc" + year + day;
            case OTHER -> "hội nghị" + year + day;
        };
    }

    /** How a passage writes a meeting's number {@code n}, folded: "lần thứ 31", "lần 2", "Hội nghị Ngoại giao 30", "lần thứ tư". */
    static List<String> numbered(int n) {
        List<String> forms = new ArrayList<>(List.of("thu " + n, "lan " + n, "giao " + n, "vu " + n));
        Ordinals.wordsFor(n).forEach(word -> forms.add("thu " + word)); // "lần thứ tư"
        return forms;
    }
}
