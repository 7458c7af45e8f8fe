package vn.baocao.search;

/**
 * How precise a date a when-question asks for: "ngày nào" a day, "tháng mấy" a month, "năm nào" a year,
 * "lúc mấy giờ" the hour.
 */
public enum DateGrain {
    /** The days from first to last ("từ ngày nào đến ngày nào", "kéo dài mấy ngày"). */
    RANGE,
    /** A day and month, perhaps with a year. */
    DAY,
    /** A month, perhaps with a day or year. */
    MONTH,
    /** A year, or anything more precise. */
    YEAR,
    /** A day and the day of the week it fell on ("thứ mấy trong tuần", "day of the week"). */
    WEEKDAY,
    /** The hour of the day ("lúc mấy giờ", "what time"). */
    HOUR,
    /** The hours from start to end ("bắt đầu và kết thúc lúc mấy giờ", "kéo dài từ mấy giờ"). */
    HOURS,
    /** Any date ("khi nào", "bao giờ"). */
    ANY
}
