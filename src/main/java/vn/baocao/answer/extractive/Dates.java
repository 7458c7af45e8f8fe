package vn.baocao.answer.extractive;

import java.time.LocalDate;

/** Vietnamese renderings of dates. */
final class Dates {
    private Dates() {
    }

    /** "10/1/2023": day and month without leading zeros, as Vietnamese reports write them. */
    static String vietnamese(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }
}
