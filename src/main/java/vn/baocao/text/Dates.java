package vn.baocao.text;

import java.time.LocalDate;

/** Dates as Vietnamese readers write them: "10/1/2023", day and month without leading zeros. */
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

    /** " (10/1/2023)" after a name, or nothing when {@code date} is null. */
    public static String inBrackets(LocalDate date) {
        return date == null ? "" : " (" + vietnamese(date) + ")";
    }

    /** "10/1/2023", or {@link #UNKNOWN} when {@code date} is null. */
    public static String vietnameseOrUnknown(LocalDate date) {
        return date == null ? UNKNOWN : vietnamese(date);
    }
}
