package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.text.Ordinals;
import vn.baocao.text.VietnameseText;

/**
 * Finds the meeting a report is about — its name, kind, the year it reviews and its number — in the
 * headline, then in the lead.
 *
 * <p>The meeting a report is about is the first one the headline or lead names; meetings named
 * later in the body ("theo kết luận tại Hội nghị Ngoại giao lần thứ 31"), or after what was concluded or directed
 * there, are past events. A name runs from "Hội nghị" to the end of its clause — a name in quotes whole, with whom
 * it was held included ("với các địa phương vùng …") — without the mode of the meeting ("trực tuyến"); it
 * counts only when it says what kind of meeting it is (tổng kết, sơ kết, Ngoại giao lần thứ N), goes
 * on with a proper name ("Hội nghị Ngoại vụ toàn quốc"), or is what the lead says was held ("Bộ Ngoại
 * giao tổ chức Hội nghị toàn quốc triển khai Chỉ thị 15"). It ends before the day it was held. A working session is named from
 * "X (đã có buổi) làm việc với Y" as "Buổi làm việc của X với Y". The period year is the first
 * year in the name, or 0 when it has none; the ordinal is the N of "lần thứ N" (or of "Hội nghị
 * Ngoại giao N"), or 0.
 */
final class ConferenceExtractor {
    /** The words before a year that make it a horizon: "đến năm 2030", "tầm nhìn đến 2045". */
    private static final Pattern HORIZON = Pattern.compile("(?iu)(?<!\\p{L})(?:đến|tới|tầm nhìn)(?:\\s+năm)?\\s*$");
    /**
     * What may stand before the meeting a headline opens with: nothing, the document's kind ("BÁO CÁO TÓM TẮT"),
     * or what of the meeting it reports ("Kết quả Hội nghị …").
     */
    private static final Pattern DOCUMENT_KIND_BEFORE = Pattern.compile(
            "(?iu)\\s*(?:(?:báo cáo|tóm tắt|tài liệu|kết quả|biên bản)(?:\\s+(?:tóm tắt|kết quả|tổng hợp))*\\s*[:\\-–]?\\s*)?");
    /** The commas inside the names of fields of work, as alternatives of a pattern: "(?<=phòng),(?=\\s*chống\\s)". */
    private static final String COMMA_IN_A_NAME = Lexicon.get().commaCompounds().stream()
            .map(c -> "|(?<=" + Pattern.quote(c.get(0)) + "),(?=\\s*" + Pattern.quote(c.get(1)) + "\\s)")
            .collect(Collectors.joining());
    /**
     * The words that name a meeting by its kind: a conference, a congress ("Đại hội Đảng bộ"), a seminar, a forum,
     * a ceremony, a gathering ("gặp mặt"), a press briefing, a session of a standing body ("Kỳ họp lần thứ 8 Ủy
     * ban liên Chính phủ …"), a political consultation or strategic dialogue between two countries, a meeting of
     * a named body ("Cuộc họp Ban Tổ chức …"), or a training course ("lớp tập huấn …").
     */
    private static final String HEADS = "hội nghị|đại hội|hội thảo|diễn đàn|lễ(?!\\s+tân)|(?:buổi )?gặp mặt|họp báo|phiên họp"
            + "|kỳ họp|tham vấn chính trị|đối thoại chiến lược|tọa đàm|toạ đàm|cuộc họp(?=\\s+(?-i:\\p{Lu}))"
            + "|lớp tập huấn|lớp bồi dưỡng|khóa tập huấn|khóa bồi dưỡng|khoá tập huấn|khoá bồi dưỡng";
    /**
     * The words that name a meeting only where a headline opens with them (or with a document's kind and then them):
     * "Đối thoại giữa Bộ Ngoại giao và …", "Biên bản cuộc họp tham vấn …". In prose they are as often an activity
     * ("tăng cường đối thoại") as an event.
     */
    private static final String HEADLINE_HEADS = "đối thoại|cuộc họp|buổi họp|tập huấn";
    /** Words that end a meeting's name when they follow it: whose, where or when it was, or a verb of its clause. */
    private static final String ENDS_A_NAME = "có|đã|được|sẽ|là|trong đó|ngày|sáng|chiều|tối|hôm|khai mạc|bế mạc|kết thúc";
    /** A meeting's name that is only the word of its kind: "Hội nghị". */
    private static final Pattern HEAD_ALONE = Pattern.compile("(?iu)(?:" + HEADS + ")");
    /** A meeting by the word that names its kind ({@link #HEADS}) and the rest of its name. */
    private static final Pattern MEETING = meetingNamedBy(HEADS);
    /** A meeting a headline names, also by the words that name one only there ({@link #HEADLINE_HEADS}). */
    private static final Pattern HEADLINED_MEETING = meetingNamedBy(HEADS + "|" + HEADLINE_HEADS);
    private static final Pattern HEADLINE_HEAD = Pattern.compile("(?iu)" + HEADLINE_HEADS);
    /** A quoted name and what may follow it in the name: its year or its number. */
    private static final Pattern QUOTED_NAME = Pattern.compile("(?u)[\"“][^\"“”]+[\"”](?:\\s+(?:năm\\s+\\d{4}|lần thứ\\s+\\S+))?");
    private static final Pattern OF_A_DOCUMENT = Pattern.compile(
            "(?<!\\p{L})(?:nghi quyet|chi thi|ket luan so|ket luan \\d|quyet dinh|de an|chien luoc|luat)(?!\\p{L})");
    /**
     * Whose or where a numbered meeting is, between its name and its number: " của Việt Nam lần thứ ba", " tại khu
     * vực Đông Bắc Á lần thứ 3", in a headline's capitals too (" TẠI CHÂU PHI LẦN THỨ HAI").
     */
    private static final Pattern OF_WHOM_NUMBERED = Pattern.compile(
            "(?u)^\\s+(?:của(?:\\s+\\p{Lu}\\p{L}*){1,4}|(?iu:tại)(?:\\s+\\p{L}+){1,6}?)\\s+(?iu:lần thứ) (?:\\d{1,3}(?!\\d)|\\p{L}+)");
    /** How many characters after a meeting's head word a quoted name may start and still be its name. */
    private static final int QUOTED_LOOK_AHEAD = 24;
    /** A meeting's number in brackets after its name: " (lần thứ 2)". */
    private static final Pattern BRACKETED_NUMBER = Pattern.compile("(?iu)\\s*\\((lần thứ (?:\\d{1,3}(?!\\d)|\\p{L}+))\\)");
    /** Whose a meeting is, to the end of a headline's clause: " của Ban Chỉ đạo tổ chức Hội nghị Ngoại giao lần thứ 29". */
    private static final Pattern OF_A_BODY = Pattern.compile("(?u)^\\s+của\\s+\\p{Lu}[^,.;:!?()\"“”\\n]*");
    /** An event by its kind and its own name: "chương trình Xuân Quê hương 2024", "Tuần Văn hóa Việt Nam". */
    private static final Pattern NAMED_EVENT = Pattern.compile("(?u)(?<!\\p{L})(?:[Cc]hương trình|[Ss]ự kiện|[Ll]iên hoan"
            + "|[Tt]uần(?: lễ)?|[Nn]gày hội|[Ll]ễ hội)\\s+\\p{Lu}[^,.;:!?()\"“”\\n]*?(?=\\s+(?:với|do|đã|được|sẽ|diễn ra|tại|vào|nhằm|của"
            + "|là|có|lần đầu)(?!\\p{L})|[,.;:!?()\"“”\\n]|$)");
    /** Words that say an event named before them took place. */
    private static final Pattern TOOK_PLACE = Pattern.compile("(?iu)(?<!\\p{L})(?:diễn ra|được tổ chức|khai mạc|bế mạc)(?!\\p{L})");
    private static final Pattern ROMAN_NUMBERED = Pattern.compile("\\s+[IVXL]+(?!\\p{L})");
    private static final Pattern NAMED_SOON = Pattern.compile("(?u)(?:\\s+\\p{Ll}+){1,3}\\s+\\p{Lu}");

    /** The verbs that make the meeting after them the event a lead reports: "Bộ Ngoại giao tổ chức Hội nghị …". */
    /** The words before "Hội nghị" that make it a building: "Trung tâm Hội nghị Quốc gia", "Cung Hội nghị", "Nhà Hội nghị". */
    private static final Pattern VENUE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:trung tâm|cung|nhà|hội trường|khu)\\s+$");
    /**
     * What makes a meeting named after it a past one the report refers to: "triển khai kết luận của Thủ tướng tại
     * Hội nghị Ngoại giao lần thứ 32", "theo chỉ đạo tại Hội nghị …".
     */
    private static final Pattern REFERRED_BEFORE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:kết luận|chỉ đạo|tinh thần|ý kiến|phát biểu|đề xuất|đề nghị|kiến nghị|thống nhất)(?:\\s+\\p{L}+){0,6}"
                    + "\\s+tại\\s+$");
    private static final int REFERRED_LOOK_BACK = 60;
    /** Words before a meeting's name that say it is still to come: "chuẩn bị Hội nghị Ngoại vụ toàn quốc lần thứ 21". */
    private static final Pattern PREPARED_BEFORE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:chuẩn bị(?:\\s+cho)?(?:\\s+tổ chức)?|hướng tới|tiến tới|trước thềm)\\s+$");
    private static final Pattern HELD_BEFORE = Pattern.compile("(?iu)(?:tổ chức|khai mạc|bế mạc|chủ trì|diễn ra)\\s+$");
    private static final Pattern MODE = Pattern.compile("(?iu)\\s(?:kết hợp\\s)?(?:trực tuyến|trực tiếp)"
            + "(?:\\s(?:và|kết hợp)\\s(?:trực tuyến|trực tiếp))?(?!\\p{L})");
    /** A standing body named by its kind and a capitalised name, then "họp": "Ban Chỉ đạo … họp phiên thứ hai". */
    private static final Pattern BODY_MEETS = Pattern.compile("(?u)(?<!\\p{L})(?<body>(?:Hội đồng|Ban Chỉ đạo|Ban Tổ chức"
            + "|Ban Thường vụ|Ban Cán sự|Ủy ban|Uỷ ban|Đảng ủy|Đảng uỷ|Tổ công tác)\\s+\\p{Lu}[^,.;:!?()\"“”\\n]{0,90}?)"
            + "\\s+(?:đã\\s+)?họp(?!\\p{L})");
    private static final Pattern WORKING_SESSION = Pattern.compile("(?u)(?<who>[^,.;:]+?)\\s+(?:đã\\s+)?(?:có\\s+)?"
            + "(?:buổi\\s+)?làm việc (?<with>với|tại) (?<host>[^,.;:]+?)"
            + "(?=\\s+(?:về|nhằm|để|sáng|chiều|ngày)\\s|[,.;:]|$)");
    /**
     * A working session named by whose it was: "(Kết quả) buổi làm việc của Thứ trưởng … với Ủy ban nhân dân tỉnh …",
     * "Kết quả làm việc của Đoàn công tác … với tỉnh …".
     */
    private static final Pattern WORKING_SESSION_OF = Pattern.compile("(?iu)(?<!\\p{L})(?:buổi|kết quả)\\s+làm\\s+việc\\s+của\\s+"
            // "… của Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Phạm Bình Minh với …": one holder of two titles
            + "(?<who>[^,.;:]+?(?:,\\s+(?-i:\\p{Lu})[^,.;:]*?)?)\\s+(?<with>với|tại)\\s+(?<host>[^,.;:]+?)(?=\\s+(?:về|nhằm|để|sáng|chiều|ngày)\\s|[,.;:]|$)");
    /** A working session named by the two sides, as minutes title it: "Biên bản buổi làm việc giữa Đoàn công tác Bộ Ngoại giao và Ủy ban nhân dân tỉnh …". */
    private static final Pattern WORKING_SESSION_BETWEEN = Pattern.compile("(?iu)(?<!\\p{L})buổi\\s+làm\\s+việc\\s+giữa\\s+"
            + "(?<who>[^,.;:]+?)\\s+và\\s+(?<host>[^,.;:]+?)(?=\\s+(?:về|nhằm|để|sáng|chiều|ngày)\\s|[,.;:]|$)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /** A clause after a meeting's name that says what year it reviews: ", tổng kết công tác lãnh sự … năm 2023". */
    private static final Pattern REVIEWING_AFTER = Pattern.compile(
            "(?iu),\\s+(?:nhằm\\s+|để\\s+)?(?:tổng kết|sơ kết)[^.;:!?()\\n]{0,120}?(?<!đến |tới )năm\\s+((?:19|20)\\d{2})(?!\\d)");
    /** A quoted title inside a meeting's name. */
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"“”]*[\"”]");
    private static final Pattern DIPLOMATIC =
            Pattern.compile("(?iu)hội nghị ngoại giao (?:lần thứ )?(\\d{1,3})(?!\\d)");
    private static final Pattern ORDINAL = Pattern.compile("(?iu)lần thứ (\\d{1,3}(?!\\d)|\\p{L}+)");
    private static final int MAX_SUBJECT_WORDS = 14;
    /** Two words in capitals in a row: a name from a headline set in capitals. */
    private static final Pattern SHOUTED = Pattern.compile("(?u)(?<!\\p{L})\\p{Lu}{2,}\\s+\\p{Lu}{2,}(?!\\p{L})");
    private static final int HELD_LOOK_BACK = 20;
    /** "tổ chức hội nghị" alone names no meeting; "tổ chức Hội nghị toàn quốc triển khai Chỉ thị 15" does. */
    private static final int MIN_HELD_NAME_WORDS = 4;
    private static final Pattern HALF_YEAR = Pattern.compile("(?:0?6|sáu) tháng");
    /** A line that is a title in quotes, as a subtitle under a headline naming a meeting by its kind alone. */
    private static final Pattern QUOTED_SUBTITLE = Pattern.compile("(?u)[\"“][^\"“”]{8,200}[\"”]");
    /** A line that says what a meeting reviewed, as a subtitle under its headline: "Tổng kết 10 năm thực hiện Đề án …". */
    private static final Pattern SUBTITLE_OF_A_REVIEW = Pattern.compile("(?u)(?:Tổng kết|Sơ kết|TỔNG KẾT|SƠ KẾT)\\s+[^.;:!?]{8,200}");

    /** The meeting {@code title} or {@code lead} (first paragraphs) is about, or empty when they name none. */
    Optional<Conference> extract(String title, List<String> lead) {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.addAll(lead);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            boolean headline = i == 0;
            // an event the headline or an earlier paragraph says took place comes before a meeting named later
            Optional<Conference> found = meeting(text, i == 0).or(() -> workingSession(text)).or(() -> bodyMeets(text))
                    .or(() -> namedEvent(text));
            if (found.isPresent()) {
                return found.map(c -> headline ? withTheYearTheLeadGives(namedInFull(namedByTheSubtitle(c, lead), lead), lead) : c)
                        .map(c -> inTheLeadsCase(c, lead));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code found}, a meeting a headline names in short ("Hội thảo khoa học: Cộng đồng ASEAN …" cut at its colon),
     * named as the lead names it in full when the lead's name starts with it ("Hội thảo khoa học "Cộng đồng ASEAN sau
     * năm 2025: …""); else as found.
     */
    private static Conference namedInFull(Conference found, List<String> lead) {
        String shortName = found.name().toLowerCase(java.util.Locale.ROOT);
        for (String paragraph : lead) {
            Optional<Conference> full = meeting(paragraph, false);
            if (full.isPresent() && full.get().name().length() > found.name().length()
                    && full.get().name().toLowerCase(java.util.Locale.ROOT).startsWith(shortName + " ")) {
                return full.get();
            }
        }
        return found;
    }

    /**
     * {@code found}, a meeting a headline names without a year, with the year a clause after its name in the lead
     * says it reviews ("… lần thứ 10, tổng kết công tác lãnh sự … năm 2023"); else as found.
     */
    private static Conference withTheYearTheLeadGives(Conference found, List<String> lead) {
        if (found.periodYear() > 0) {
            return found;
        }
        String name = found.name().toLowerCase(java.util.Locale.ROOT);
        for (String paragraph : lead) {
            int at = paragraph.toLowerCase(java.util.Locale.ROOT).indexOf(name);
            Matcher reviewing = at < 0 ? null : REVIEWING_AFTER.matcher(paragraph).region(at + name.length(), paragraph.length());
            if (reviewing != null && reviewing.lookingAt()) {
                return new Conference(found.name(), found.kind(), Integer.parseInt(reviewing.group(1)), found.ordinal());
            }
        }
        return found;
    }

    /**
     * {@code found}, a meeting a headline names by its kind's word alone ("BÁO CÁO TÓM TẮT KẾT QUẢ HỘI NGHỊ"), named by
     * the line of the lead that says what it reviewed ("Tổng kết 10 năm thực hiện Đề án … giai đoạn 2014-2024"); else
     * as found.
     */
    private static Conference namedByTheSubtitle(Conference found, List<String> lead) {
        if (!HEAD_ALONE.matcher(found.name()).matches()) {
            return found;
        }
        List<String> lines = lead.stream().limit(2).flatMap(p -> p.lines().map(String::strip)).toList();
        Optional<String> reviewed = lines.stream().filter(l -> SUBTITLE_OF_A_REVIEW.matcher(l).matches()).findFirst()
                .map(l -> "Hội nghị " + Character.toLowerCase(l.charAt(0)) + l.substring(1));
        // "BÁO CÁO TÓM TẮT HỘI THẢO" over "“Bảo hộ công dân và … tại Nhật Bản và Hàn Quốc”": the workshop of that title
        Optional<String> titled = lines.stream().limit(1).filter(l -> QUOTED_SUBTITLE.matcher(l).matches()).findFirst()
                .map(l -> VietnameseText.capitalized(found.name().toLowerCase(java.util.Locale.ROOT)) + " " + l);
        return reviewed.or(() -> titled)
                .map(name -> new Conference(name, kindOf(name), firstYear(name), ordinal(name)))
                .orElse(found);
    }

    /**
     * An event called by its own name, which the text says took place, in a text that names no meeting:
     * "chương trình Xuân Quê hương 2024 với chủ đề … đã diễn ra" is the "Chương trình Xuân Quê hương 2024".
     */
    private static Optional<Conference> namedEvent(String text) {
        Matcher event = NAMED_EVENT.matcher(text);
        while (event.find()) {
            String rest = text.substring(event.end());
            int sentenceEnd = rest.indexOf(". ");
            // "… tổ chức chương trình Xuân Quê hương 2024 với chủ đề …": held, said before the name
            boolean heldBefore = HELD_BEFORE.matcher(text.substring(Math.max(0, event.start() - HELD_LOOK_BACK), event.start())).find();
            if (heldBefore || TOOK_PLACE.matcher(sentenceEnd < 0 ? rest : rest.substring(0, sentenceEnd)).find()) {
                String name = Character.toUpperCase(event.group().charAt(0)) + event.group().substring(1);
                return Optional.of(new Conference(name, ConferenceKind.OTHER, firstYear(name), ordinal(name)));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code found} named as the lead writes it when the headline shouts it ("Hội nghị NGOẠI VỤ TOÀN QUỐC
     * LẦN THỨ 19" is the lead's "Hội nghị Ngoại vụ toàn quốc lần thứ 19"), else with its capitals lowered.
     */
    private static Conference inTheLeadsCase(Conference found, List<String> lead) {
        String name = found.name();
        if (!SHOUTED.matcher(name).find()) {
            return found;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        // "Hội nghị trực tuyến Trưởng Cơ quan đại diện …": the name leaves out how the meeting was held
        String written = lead.stream().map(p -> MODE.matcher(p).replaceAll("")).map(p -> {
                    int at = p.toLowerCase(java.util.Locale.ROOT).indexOf(lower);
                    return at < 0 ? null : p.substring(at, at + name.length());
                })
                .filter(java.util.Objects::nonNull).findFirst()
                .orElse(VietnameseText.capitalized(lower));
        return new Conference(written, found.kind(), found.periodYear(), found.ordinal());
    }

    /** A meeting by one of {@code heads}, the words that name its kind, and the rest of its name up to what ends it. */
    private static Pattern meetingNamedBy(String heads) {
        return Pattern.compile("(?iu)(?<!\\p{L})(?<head>" + heads + ")(?!\\p{L})(?<rest>(?:(?!\\s(?:của|do"
                    // "Hội nghị Trưởng Cơ quan đại diện Việt Nam tại châu Âu": where the missions are is part of the name
                    + "|(?<!đại diện\\s|đại diện việt nam\\s)tại|diễn ra|vào|nhằm|để|theo|dưới"
                    // "Kỳ họp … và lễ khánh thành …": a second event, not the first's name
                    + "|và\\s+(?:" + HEADS + ")"
                    // "Hội nghị ngoại giao kinh tế với các địa phương vùng Bắc Trung Bộ": with whom is part of the name;
                    // "với sự tham dự của", "với chủ đề", "với 300 đại biểu" are not
                    + "|với(?!\\s+(?:các|những|doanh nghiệp|địa phương|kiều bào|cộng đồng|Đại sứ|tỉnh|thành phố)(?!\\p{L}))"
                    + "|" + ENDS_A_NAME + ")(?!\\p{L}))(?:[^,.;:!?()\"“”\\n]"
                    // "công tác phòng, chống tham nhũng", "phân giới, cắm mốc": one name, its comma no end
                    + COMMA_IN_A_NAME
                    // "Diễn đàn Trí thức, chuyên gia người Việt Nam ở nước ngoài lần thứ 4": a comma the name goes on
                    // after to its number joins two of its words
                    + "|,(?=\\s+(?-i:\\p{Ll}))(?=(?:\\s+(?!(?:của|do|tại|vào|nhằm|để|theo|với|" + ENDS_A_NAME + ")(?!\\p{L}))[\\p{L}\\p{N}-]+){1,10}"
                    + "\\s+lần thứ\\s+(?:\\d|\\p{L}))"
                    // "với các tỉnh, thành phố vùng Đồng bằng sông Cửu Long", "các Đại sứ, Trưởng Cơ quan đại diện
                    // Việt Nam tại châu Phi": one list of whom
                    + "|(?<=tỉnh),(?=\\s*thành phố\\s)|(?<=đại sứ),(?=\\s*(?:trưởng cơ quan đại diện|tổng lãnh sự)\\s)"
                    // a name in quotes is one whatever it holds: Hội nghị "Ngoại giao kinh tế đồng hành cùng các tỉnh Tây
                    // Nguyên", also after words of the kind's own (Tọa đàm khoa học "Công ước … Luật Biển năm 1982 …")
                    + "|(?<=\\s)[\"“][^\"“”\\n]{3,150}[\"”]))*)");
    }

    private static Optional<Conference> meeting(String text, boolean title) {
        Matcher matcher = (title ? HEADLINED_MEETING : MEETING).matcher(text);
        while (matcher.find()) {
            // a headline that opens with the meeting, or a document's kind and then it ("BÁO CÁO TÓM TẮT Hội nghị
            // triển khai …"), is a report of that meeting
            boolean headlined = title && DOCUMENT_KIND_BEFORE.matcher(text.substring(0, matcher.start())).matches();
            String head = matcher.group("head");
            if (!headlined && HEADLINE_HEAD.matcher(head).matches()) {
                continue;
            }
            if (VENUE_BEFORE.matcher(text.substring(Math.max(0, matcher.start() - HELD_LOOK_BACK), matcher.start())).find()) {
                continue;
            }
            String before = text.substring(Math.max(0, matcher.start() - REFERRED_LOOK_BACK), matcher.start());
            if (REFERRED_BEFORE.matcher(before).find() || PREPARED_BEFORE.matcher(before).find()) {
                continue; // a meeting whose words are cited, or one being prepared for: not the one reported
            }
            String name = Character.toUpperCase(head.charAt(0)) + head.substring(1).toLowerCase(java.util.Locale.ROOT)
                    + MODE.matcher(matcher.group("rest")).replaceAll("").stripTrailing();
            // "Hội nghị Lãnh sự danh dự của Việt Nam lần thứ ba": the number is part of the name, "của" no end
            Matcher ofWhom = OF_WHOM_NUMBERED.matcher(text.substring(matcher.end()));
            if (ofWhom.lookingAt()) {
                name = name + ofWhom.group().replaceAll("\\s+", " ");
            }
            // "BIÊN BẢN Phiên họp thứ hai của Ban Chỉ đạo tổ chức Hội nghị Ngoại giao lần thứ 29": a headline that is
            // the meeting names it with whose it is
            Matcher whose = OF_A_BODY.matcher(text.substring(matcher.end()));
            if (headlined && !ofWhom.lookingAt() && whose.lookingAt()) {
                name = name + whose.group().replaceAll("\\s+", " ").stripTrailing();
            }
            int afterHead = head.length() + 1;
            Matcher quoted = QUOTED_NAME.matcher(name);
            // "Hội nghị tập huấn "Hội nhập quốc tế …"": a name in quotes a few words in names the meeting
            boolean quotedSoon = false;
            boolean whole = true;
            if (quoted.find()) {
                quotedSoon = quoted.start() - afterHead <= QUOTED_LOOK_AHEAD;
                whole = quoted.end() == name.length();
                name = name.substring(0, quoted.end()); // "… Tây Nguyên" năm 2024 thu hút …: the name is what is quoted
            }
            // "Tập huấn "…" năm 2022 (lần thứ 2)": a number in brackets right after the name is its number
            Matcher bracketed = BRACKETED_NUMBER.matcher(text.substring(matcher.end()));
            if (whole && bracketed.lookingAt()) {
                name = name + " (" + bracketed.group(1) + ")";
            }
            ConferenceKind kind = kindOf(name);
            // "Đại hội XIV của Đảng" is the Party's national congress, named in passing, not a meeting reported
            if (ROMAN_NUMBERED.matcher(matcher.group("rest")).lookingAt()) {
                continue;
            }
            boolean properName = name.length() > afterHead && (Character.isUpperCase(name.charAt(afterHead))
                    || name.charAt(afterHead) == '"' || name.charAt(afterHead) == '“') || quotedSoon
                    // "Đại hội đại biểu Đảng bộ …", "Hội thảo quốc tế về Biển Đông": a name a few words in
                    || !head.equalsIgnoreCase("hội nghị") && NAMED_SOON.matcher(matcher.group("rest")).lookingAt();
            boolean held = HELD_BEFORE.matcher(text.substring(Math.max(0, matcher.start() - HELD_LOOK_BACK), matcher.start()))
                    .find() && name.split(" ").length >= MIN_HELD_NAME_WORDS;
            // a review is a meeting whatever it reviews: "Hội nghị sơ kết 6 tháng triển khai Nghị quyết 59"
            String folded = VietnameseText.fold(name);
            boolean review = folded.contains("so ket") || folded.contains("tong ket");
            if (kind != ConferenceKind.OTHER || properName || held || review || headlined) {
                return Optional.of(new Conference(name, kind, yearOf(name, text.substring(matcher.end())), ordinal(name)));
            }
        }
        return Optional.empty();
    }

    /**
     * A session of a standing body, told by the body meeting ("Hội đồng Thi đua - Khen thưởng Bộ Ngoại giao họp xét
     * khen thưởng năm 2024"): the "Phiên họp" of that body.
     */
    private static Optional<Conference> bodyMeets(String text) {
        Matcher meets = BODY_MEETS.matcher(text);
        if (!meets.find()) {
            return Optional.empty();
        }
        String name = "Phiên họp " + meets.group("body").strip();
        return Optional.of(new Conference(name, ConferenceKind.OTHER, firstYear(name), ordinal(name)));
    }

    private static Optional<Conference> workingSession(String text) {
        Matcher between = WORKING_SESSION_BETWEEN.matcher(text);
        if (between.find() && isTitledSubject(between.group("who").strip())) {
            String name = "Buổi làm việc giữa " + between.group("who").strip() + " và " + between.group("host").strip();
            return Optional.of(new Conference(name, ConferenceKind.WORKING_SESSION, firstYear(name), 0));
        }
        Matcher matcher = WORKING_SESSION_OF.matcher(text);
        if (!matcher.find()) {
            matcher = WORKING_SESSION.matcher(text);
            if (!matcher.find()) {
                return Optional.empty();
            }
        }
        if (!isTitledSubject(matcher.group("who").strip())) {
            return Optional.empty();
        }
        String name = "Buổi làm việc của " + matcher.group("who").strip() + " " + matcher.group("with") + " "
                + matcher.group("host").strip();
        return Optional.of(new Conference(name, ConferenceKind.WORKING_SESSION, firstYear(name), 0));
    }

    /** A leader or body named in a few words ("Phó Thủ tướng Trần Lưu Quang"), not a clause of prose. */
    private static boolean isTitledSubject(String who) {
        return !who.isEmpty() && Character.isUpperCase(who.charAt(0)) && who.split(" ").length <= MAX_SUBJECT_WORDS;
    }

    private static ConferenceKind kindOf(String name) {
        String folded = VietnameseText.fold(name);
        if (DIPLOMATIC.matcher(name).find()) {
            return ConferenceKind.DIPLOMATIC_CONFERENCE;
        }
        // "Hội nghị công tác ngoại vụ địa phương": a conference on a field of work names it with or without "công tác"
        if (folded.startsWith("hoi nghi ngoai vu") || folded.startsWith("hoi nghi cong tac ngoai vu")) {
            return ConferenceKind.EXTERNAL_AFFAIRS_CONFERENCE;
        }
        // a review of a resolution, a directive or a plan ("sơ kết 6 tháng triển khai Nghị quyết 59") is no
        // review of the ministry's half year or year
        if (OF_A_DOCUMENT.matcher(folded).find()) {
            return ConferenceKind.OTHER;
        }
        if (folded.contains("tong ket")) {
            return ConferenceKind.YEAR_END_REVIEW;
        }
        if (folded.contains("so ket") && HALF_YEAR.matcher(name).find()) {
            return ConferenceKind.MID_YEAR_REVIEW;
        }
        return ConferenceKind.OTHER;
    }

    /**
     * The year a meeting reviews: the one its name gives, else the one a clause right after the name says it
     * reviews ("Hội nghị Lãnh sự toàn quốc lần thứ 10, tổng kết công tác lãnh sự … năm 2023"); 0 when neither does.
     */
    private static int yearOf(String name, String after) {
        int named = firstYear(name);
        if (named > 0) {
            return named;
        }
        Matcher reviewing = REVIEWING_AFTER.matcher(after);
        return reviewing.lookingAt() ? Integer.parseInt(reviewing.group(1)) : 0;
    }

    /** The year a meeting's name gives it: not one inside a quoted title (Hội thảo "UNCLOS 1982 – …"), nor a horizon. */
    private static int firstYear(String name) {
        String text = QUOTED.matcher(name).replaceAll(" ");
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            // "Chiến lược … đến năm 2030", "tầm nhìn 2045": the horizon of what is reviewed, not the meeting's year
            if (!HORIZON.matcher(text.substring(0, year.start())).find()) {
                return Integer.parseInt(year.group());
            }
        }
        return 0;
    }

    /** "lần thứ 21" → 21; "lần thứ tư" → 4; "Hội nghị Ngoại giao 30" → 30; else 0. */
    private static int ordinal(String name) {
        Matcher ordinal = ORDINAL.matcher(name);
        if (ordinal.find()) {
            String n = ordinal.group(1);
            return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : Ordinals.of(n).orElse(0);
        }
        Matcher diplomatic = DIPLOMATIC.matcher(name);
        return diplomatic.find() ? Integer.parseInt(diplomatic.group(1)) : 0;
    }
}
