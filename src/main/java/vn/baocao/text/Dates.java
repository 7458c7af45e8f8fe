package vn.baocao.text;

import java.time.LocalDate;
import java.util.Locale;

/** Dates as Vietnamese readers write them: "10/1/2023", day and month without leading zeros; a letterhead's as Decree 30/2020 has it. */
public final class Dates {
    /** What a reply says for a report whose date is unknown. */
    public static final String UNKNOWN = "(không rõ ngày)";

    private Dates() {
    }

    /** "10/1/2023" for {@code date}, which must not be null. */
    public static String vietnamese(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** The day of the week of {@code date} as Vietnamese writes it: "thứ Hai" … "thứ Bảy", "Chủ nhật". */
    public static String weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /**
     * {@code date} as an official document's letterhead writes it under Decree 30/2020: a day below 10 and the
     * months January and February with a leading zero ("ngày 05 tháng 7 năm 2024", "ngày 26 tháng 02 năm 2024").
     */
    public static String asALetterheadWritesIt(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + String.format(Locale.ROOT, "%02d", date.getDayOfMonth()) + " tháng "
                + (month <= 2 ? String.format(Locale.ROOT, "%02d", month) : String.valueOf(month)) + " năm " + date.getYear();
    }

    /** " (10/1/2023)" after a name, or nothing when {@code date} is null. */
    public static String inBrackets(LocalDate date) {
        return date == null ? "" : " (" + vietnamese(date) + ")";
    }

    /** "10/1/2023", or {@link #UNKNOWN} when {@code date} is null. */
    public static String vietnameseOrUnknown(LocalDate date) {
        return date == null ? UNKNOWN : vietnamese(date);
    }
}
