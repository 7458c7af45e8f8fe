package vn.baocao.ingest;

import java.time.LocalDate;
import java.text.ParsePosition;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail's text as the messages it holds: the note written in it, then each message forwarded or quoted below
 * it, which a line of the mail client opens ("---------- Forwarded message ---------", "-----Original
 * Message-----", "On … wrote:", "---------- Thư đã chuyển tiếp ----------") and header lines follow ("From:",
 * "Date:", "Subject:"; "Từ:", "Ngày:", "Tiêu đề:"). Header lines, quoting marks and signatures are not the
 * messages' text. Pure.
 *
 * @param texts   the messages' texts, the innermost (the document passed on) first
 * @param subject the innermost subject, without "Fwd:", "Re:" and the like; empty when none is given
 * @param sent    the day the innermost message was sent, when its date can be read
 */
record MailThread(List<String> texts, String subject, Optional<LocalDate> sent) {
    /** What a client writes over the message a reply quotes: "On … wrote:", "Vào … đã viết:". */
    private static final String QUOTE_LINE = "on .{6,200} wrote:|vào .{6,200} đã viết:";
    private static final Pattern OPENS_A_QUOTE = Pattern.compile("(?iu)^\\s*(?:" + QUOTE_LINE + ")\\s*$");
    private static final Pattern OPENS_A_FORWARD = Pattern.compile("(?iu)^\\s*(?:-{2,}\\s*(?:forwarded message|original message"
            + "|thư (?:đã )?chuyển tiếp|tin nhắn (?:đã )?chuyển tiếp|thư gốc)\\s*-{2,}|begin forwarded message:|" + QUOTE_LINE + ")\\s*$");
    private static final Pattern HEADER_LINE = Pattern.compile("(?iu)^\\s*\\*?(from|date|sent|subject|to|cc|bcc|reply-to"
            + "|từ|người gửi|ngày|đã gửi|gửi lúc|tiêu đề|chủ đề|đến|tới|người nhận)\\*?\\s*:\\s*(.*)$");
    private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:\\s*>)+ ?");
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^--\\s?$");
    /** A line that only closes a letter: what follows it is the writer's signature. */
    private static final Pattern CLOSING = Pattern.compile("(?iu)^\\s*(?:trân trọng(?: cảm ơn)?|thân mến|thân ái|kính thư"
            + "|best regards|kind regards|regards|best|thanks|cảm ơn|xin cảm ơn)\\s*[.,!]?\\s*$");
    /**
     * The fewest words of a line in capitals opening a forwarded document that make it its headline: a
     * shorter one names a kind of document ("THÔNG CÁO BÁO CHÍ"), which the subject names better.
     */
    private static final int MIN_HEADLINE_WORDS = 6;
    /** The most lines a signature after a closing runs to; a longer tail is text, not a signature. */
    private static final int MAX_SIGNATURE_LINES = 8;
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?iu)^(?:\\s*(?:fwd?|fw|re|tl|tr|trả lời|chuyển tiếp)\\s*:\\s*)+");
    private static final Pattern NUMERIC_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    /** Gmail's Vietnamese date: "Th 4, 10 thg 1, 2024 lúc 17:48", "Thứ Tư, 31 tháng 1, 2024 lúc 23:48". */
    private static final Pattern GMAIL_VI_DAY = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\s+(?:thg|tháng)\\s+(\\d{1,2}),?\\s+(\\d{4})");
    /** Gmail's English date: "Wed, Jan 10, 2024 at 5:48 PM". */
    private static final Pattern GMAIL_EN_DAY = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
            + "\\s+(\\d{1,2}),\\s+(\\d{4})");
    /** Outlook's English date: "Tuesday, 9 January 2024 16:20". */
    private static final Pattern OUTLOOK_EN_DAY = Pattern.compile("(?i)(?<!\\d)(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
            + "|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec");

    MailThread {
        texts = List.copyOf(texts);
    }

    /**
     * The thread in {@code text}, the body of a mail whose own header gives {@code subject} and {@code sentHeader}
     * (its "Date:" field); either may be empty.
     */
    static MailThread of(String text, String subject, String sentHeader) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean onlyReplies = true;
        String innermostSubject = subject == null ? "" : subject;
        String innermostDate = sentHeader == null ? "" : sentHeader;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = QUOTE_MARKS.matcher(lines[i]).replaceFirst("");
            boolean marked = OPENS_A_FORWARD.matcher(line).matches();
            // Outlook opens a forward with its header lines alone: "From: …", then "Sent: …", "To: …", "Subject: …"
            boolean headed = !marked && isHeaderBlock(lines, i);
            if (!marked && !headed) {
                current.add(line);
                continue;
            }
            onlyReplies &= marked && OPENS_A_QUOTE.matcher(line).matches();
            segments.add(current);
            current = new ArrayList<>();
            int at = marked ? i + 1 : i;
            String forwardedSubject = "";
            String forwardedDate = "";
            while (at < lines.length) {
                String header = QUOTE_MARKS.matcher(lines[at]).replaceFirst("");
                Matcher field = HEADER_LINE.matcher(header);
                if (!field.matches()) {
                    break;
                }
                String label = field.group(1).toLowerCase(Locale.ROOT);
                if (List.of("subject", "tiêu đề", "chủ đề").contains(label)) {
                    forwardedSubject = field.group(2).strip();
                } else if (List.of("date", "sent", "ngày", "đã gửi", "gửi lúc").contains(label)) {
                    forwardedDate = field.group(2).strip();
                }
                at++;
            }
            innermostSubject = forwardedSubject.isEmpty() ? innermostSubject : forwardedSubject;
            innermostDate = forwardedDate.isEmpty() ? innermostDate : forwardedDate;
            i = at - 1;
        }
        segments.add(current);
        List<String> written = segments.stream().map(s -> String.join("\n", withoutSignature(s)).strip()).toList();
        // a reply that says more than what it quotes is the document ("Re: …" sending the summary asked for, under
        // the request); else what is passed on comes first, innermost first ("Em đã nhận" over the report)
        boolean replyFirst = segments.size() > 1 && onlyReplies
                && written.getFirst().length() > written.subList(1, written.size()).stream().mapToInt(String::length).max().orElse(0);
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < written.size(); k++) {
            String message = written.get(replyFirst ? k : written.size() - 1 - k);
            if (!message.isEmpty()) {
                texts.add(message);
            }
        }
        String named = replyFirst ? (subject == null ? "" : subject) : innermostSubject;
        String dated = replyFirst ? (sentHeader == null ? "" : sentHeader) : innermostDate;
        return new MailThread(texts, REPLY_PREFIX.matcher(named.strip()).replaceFirst("").strip(), day(dated));
    }

    /**
     * The title a reader should give the thread: its innermost subject, unless the document passed on opens
     * with a headline of its own in capitals ("ẤM ÁP CHƯƠNG TRÌNH GẶP MẶT KIỀU BÀO …"), which names it better
     * than a subject written to the next reader ("Bản tin … - bản cuối"): then empty, so the document's own
     * title is found as in any text.
     */
    String titleHint() {
        String first = texts.isEmpty() ? "" : texts.getFirst().strip().lines().findFirst().orElse("").strip();
        boolean headline = first.split("\\s+").length >= MIN_HEADLINE_WORDS && first.chars().anyMatch(Character::isLetter)
                && first.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return headline ? "" : subject;
    }

    /**
     * The fields of the header block {@code text} opens with — a mail saved or pasted as text, "From:",
     * "To:", "Date:", "Subject:" first, after the client's forward line if the mail was pasted whole — by their label in lower
     * case ("from", "từ"); empty when it opens with none.
     */
    static Map<String, String> leadingHeaders(String text) {
        String[] lines = text.strip().split("\\R", -1);
        Map<String, String> fields = new LinkedHashMap<>();
        // a forward pasted whole opens with its client's line ("---------- Forwarded message ---------")
        int first = lines.length > 1 && OPENS_A_FORWARD.matcher(lines[0]).matches() ? 1 : 0;
        if (!isHeaderBlock(lines, first)) {
            return fields;
        }
        for (String line : Arrays.asList(lines).subList(first, lines.length)) {
            Matcher field = HEADER_LINE.matcher(line);
            if (!field.matches()) {
                break;
            }
            fields.putIfAbsent(field.group(1).toLowerCase(Locale.ROOT), field.group(2).strip());
        }
        return fields;
    }

    /** True when header lines start at {@code at}, "From:" first and three at least: a forward opened without a marker. */
    private static boolean isHeaderBlock(String[] lines, int at) {
        Matcher first = HEADER_LINE.matcher(QUOTE_MARKS.matcher(lines[at]).replaceFirst(""));
        if (!first.matches() || !List.of("from", "từ", "người gửi").contains(first.group(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int count = 0;
        for (int i = at; i < lines.length && HEADER_LINE.matcher(QUOTE_MARKS.matcher(lines[i]).replaceFirst("")).matches(); i++) {
            count++;
        }
        return count >= 3;
    }

    /** {@code lines} up to the signature: the "-- " line, or a closing ("Trân trọng,") followed by a few short lines. */
    private static List<String> withoutSignature(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (SIGNATURE_DELIMITER.matcher(line).matches()) {
                return lines.subList(0, i);
            }
            if (CLOSING.matcher(line).matches()
                    && lines.subList(i + 1, lines.size()).stream().filter(l -> !l.isBlank()).count() <= MAX_SIGNATURE_LINES) {
                return lines.subList(0, i);
            }
        }
        return lines;
    }

    /** The day a mail's date field gives: RFC 5322 ("Wed, 10 Jan 2024 17:48:05 +0700"), Gmail's, Outlook's, or a numeric day. */
    static Optional<LocalDate> day(String field) {
        String value = field.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s+", " ").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        ParsePosition read = new ParsePosition(0);
        TemporalAccessor rfc = DateTimeFormatter.RFC_1123_DATE_TIME.parseUnresolved(value, read);
        if (rfc != null && read.getErrorIndex() < 0 && read.getIndex() == value.length()) {
            return dayOf((int) rfc.getLong(ChronoField.YEAR), (int) rfc.getLong(ChronoField.MONTH_OF_YEAR),
                    (int) rfc.getLong(ChronoField.DAY_OF_MONTH));
        }
        Matcher m = GMAIL_VI_DAY.matcher(value);
        if (m.find()) {
            return dayOf(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = GMAIL_EN_DAY.matcher(value);
        if (m.find()) {
            return dayOf(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1,
                    Integer.parseInt(m.group(2)));
        }
        m = OUTLOOK_EN_DAY.matcher(value);
        if (m.find()) {
            return dayOf(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1,
                    Integer.parseInt(m.group(1)));
        }
        m = NUMERIC_DAY.matcher(value);
        return m.find() ? dayOf(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                : Optional.empty();
    }

    private static Optional<LocalDate> dayOf(int year, int month, int day) {
        boolean exists = month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
        return exists ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }
}
