package vn.baocao.summary;

import java.time.LocalDate;

/** Vietnamese dates as the reports write them: "10/1/2023". */
final class Dates {
    private Dates() {
    }

    /** "10/1/2023", or "không rõ ngày". */
    static String of(LocalDate date) {
        return date == null ? "không rõ ngày" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** " (10/1/2023)", or nothing when unknown. */
    static String inBrackets(LocalDate date) {
        return date == null ? "" : " (" + of(date) + ")";
    }
}
