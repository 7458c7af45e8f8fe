package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.report.Mentions.Mention;
import vn.baocao.report.Participation;
import vn.baocao.report.Participation.Part;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;

/**
 * Finds who chaired, directed and attended the meeting of a report, from the sentences that say so:
 * "X … chủ trì Hội nghị", "X dự và chỉ đạo hội nghị", "X đã có buổi làm việc với Bộ Ngoại giao",
 * "Tham dự (Hội nghị) có X, Y", "Dự hội nghị tại điểm cầu Cao Bằng có X", "X dự hội nghị tại điểm cầu
 * Quảng Trị", and an official document's labelled lines ("Chủ trì: đồng chí X, …", "Tham dự: …"). A person gets each part once per report, from its first sentence.
 *
 * <p>Only what a sentence states is taken: a speaker is not assumed to have chaired, and a person the
 * report merely mentions ("chỉ đạo của Tổng Bí thư …") did not attend. Pure: reads the report's passages
 * and the people ingest found in each.
 */
final class ParticipationFinder {
    /** A verb this many words after a person still has them as its subject ("X, Bộ trưởng Bộ Ngoại giao chủ trì"). */
    private static final int SUBJECT_GAP_WORDS = 4;
    /**
     * What a person is, set between commas right before their verb: "Thứ trưởng X, phụ trách khu vực Tây Á - châu
     * Phi, chủ trì Hội nghị" — however long, they are still its subject.
     */
    private static final Pattern APPOSED_CLAUSE = Pattern.compile("\\s*,[^,;:.!?\n]{1,80},\\s*(?:đã\\s+|cùng\\s+)?");
    /** The "đồng" of "đồng chủ trì": who co-chairs chairs. */
    private static final Pattern CO = Pattern.compile("(?iu)(?<!\\p{L})đồng(?!\\p{L})");
    private static final Cue CHAIRED = new Cue("(?<!sự )(?<!sự đồng )chủ trì", "chủ trì", 0);
    /** The "do" that names who chaired before the verb: "Hội nghị do X và Y đồng chủ trì". */
    private static final Pattern CHAIRED_BY_NAMES = Pattern.compile("(?<!\\p{L})do\\s");
    /** "dưới sự (đồng) chủ trì của X(, và Y)": who chaired after the verb, two when they co-chaired. */
    private static final Cue CHAIRED_BY = new Cue("(?:dưới )?sự (?:(?<co>đồng) )?chủ trì của", "chủ trì của", 0);
    /** "dự và chỉ đạo", "dự và phát biểu chỉ đạo", "dự, chỉ đạo". */
    private static final Cue DIRECTED = new Cue("(?<!\\p{L})(?:tham )?dự,? và (?:phát biểu )?chỉ đạo|(?<!\\p{L})dự, (?:phát biểu )?chỉ đạo",
            "chỉ đạo", 0);
    private static final Cue WORKED_WITH = new Cue("(?:có )?(?:buổi )?làm việc với (?:lãnh đạo )?Bộ Ngoại giao",
            "làm việc với ", Pattern.CASE_INSENSITIVE);
    /** "(Cùng/Tới) (tham) dự … có", "Về phía Bộ Ngoại giao có", "… với sự tham dự của": a list of attendees follows. */
    private static final Pattern LIST_OF_ATTENDEES = Pattern.compile("^(?:(?:cùng|tới|đến) )?(?:tham )?dự (?:[^;]*? )?có "
            + "|^về phía [^,;:]{2,60}? có |(?:có|với) sự tham dự của ", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "(Đồng) chủ trì (Hội nghị) có/là": a list of who chaired follows. */
    private static final Pattern LIST_OF_CHAIRS = Pattern.compile("^(?:đồng )?chủ trì (?:(?:hội nghị|buổi làm việc|họp báo|phiên họp|"
            + "hội thảo|lễ|buổi lễ|diễn đàn) )?(?:có|là|gồm) ", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABELLED = Pattern.compile(
            "(?m)^\\s*(?:[-–•+]\\s*|\\d{1,2}\\.\\s*|[a-zđ]\\)\\s*)?(đồng chủ trì|chủ trì|chủ tọa|chủ toạ|thành phần tham dự|thành phần|tham dự|dự|khách mời)(?:\\s+(?:họp báo|hội nghị|buổi làm việc|phiên khai mạc|phiên họp))?\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Cue ATTENDED = new Cue("(?<!\\p{L})(?:tham )?dự (?:hội nghị|buổi|lễ|phiên)", "dự ",
            Pattern.CASE_INSENSITIVE);
    private static final Cue POINT = new Cue("điểm cầu (\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3})", "điểm cầu ", 0);
    /** A heading over the list of who took part: "I. THÀNH PHẦN THAM DỰ", "Danh sách đại biểu:". */
    private static final Pattern ATTENDANCE_HEADING = Pattern.compile(
            "(?:[IVXLC]+\\.|\\d{1,2}\\.|[a-zđ]\\))?\\s*(?:thành phần(?: tham dự| tham gia)?|danh sách (?:đại biểu|khách mời|thành phần|"
                    + "người tham dự)|đại biểu tham dự|khách mời)\\s*:?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A heading that ends a list of attendees: "II. NỘI DUNG LÀM VIỆC", "2. Kết quả". */
    private static final Pattern NEXT_HEADING = Pattern.compile("(?:[IVXLC]+\\.|\\d{1,2}\\.)\\s+\\p{Lu}|\\p{Lu}[\\p{Lu} ]{6,}$");
    /** The most characters before the person a row of attendees opens with: "1. ", "- ", "Ông ". */
    private static final int MAX_ROW_LEAD = 6;
    /** Words that may stand between a person and "dự" without making someone else the subject. */
    private static final Set<String> LINKING_WORDS = Set.of("đã", "cũng", "đến", "tới", "trực", "tiếp");

    /** The participations the report whose sentences are {@code report} states, in the order of its text. */
    List<Participation> find(MentionedSentences report) {
        List<Participation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MentionedSentences.OfPassage of : report.passages()) {
            String text = of.passage().text();
            boolean[] listed = attendeeLines(of.passage());
            int from = 0;
            for (MentionedSentences.Sentence sentence : of.sentences()) {
                int at = text.indexOf(sentence.text(), from);
                from = at < 0 ? from : at + sentence.text().length();
                List<Participation> found = new ArrayList<>(inSentence(of.passage(), sentence.text(), sentence.mentions()));
                if (at >= 0 && found.isEmpty()) {
                    found.addAll(rowsOfAttendees(of.passage(), sentence, at, listed));
                }
                for (Participation p : found) {
                    if (seen.add(p.person().name().toLowerCase(Locale.ROOT) + "|" + p.part())) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Per character of {@code passage}'s text, whether it stands in a list of who took part: the lines under
     * a heading such as "I. THÀNH PHẦN THAM DỰ" or "Danh sách đại biểu" (in the passage or above it), up to
     * the next heading, as minutes set out their table of attendees.
     */
    private static boolean[] attendeeLines(Passage passage) {
        String text = passage.text();
        boolean[] out = new boolean[text.length() + 1];
        String section = passage.section();
        boolean inList = ATTENDANCE_HEADING.matcher(section.substring(section.lastIndexOf('\n') + 1).strip()).matches();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (ATTENDANCE_HEADING.matcher(stripped).matches()) {
                inList = true;
            } else if (NEXT_HEADING.matcher(stripped).lookingAt()) {
                inList = false;
            } else if (inList) {
                java.util.Arrays.fill(out, start, start + line.length(), true);
            }
            start += line.length() + 1;
        }
        return out;
    }

    /**
     * The people who open a line of a list of attendees in {@code sentence}, at {@code at} of its passage
     * ("Hoàng Nam, Phó Chủ tịch UBND tỉnh …"): they attended.
     */
    private static List<Participation> rowsOfAttendees(Passage passage, MentionedSentences.Sentence sentence, int at,
                                                      boolean[] listed) {
        String text = sentence.text();
        List<Participation> out = new ArrayList<>();
        for (Mention x : sentence.mentions()) {
            int lineStart = text.lastIndexOf('\n', x.start() - 1) + 1;
            if (listed[at + x.start()] && x.start() - lineStart <= MAX_ROW_LEAD) {
                int lineEnd = text.indexOf('\n', x.start());
                out.add(new Participation(passage, x.person(), Part.ATTENDED, "",
                        text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip()));
            }
        }
        return out;
    }

    private static List<Participation> inSentence(Passage passage, String sentence, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        String point = point(sentence, lower);
        List<Participation> out = new ArrayList<>();
        MatchResult chaired = CHAIRED.find(sentence, lower);
        addSubjectOf(chaired, Part.CHAIRED, passage, sentence, mentions, "", out);
        addChairsNamedBefore(chaired, passage, sentence, mentions, out);
        addCoChairs(chaired, passage, sentence, mentions, out);
        // "X, Chủ nhiệm Ủy ban …, chủ trì Hội nghị, Y đồng chủ trì": each of the sentence's chairs
        for (MatchResult more = CHAIRED.findAfter(sentence, chaired); more != null; more = CHAIRED.findAfter(sentence, more)) {
            Mention chair = subjectBefore(sentence, mentions, more.start());
            if (chair != null && linkedOnly(CO.matcher(sentence.substring(chair.end(), more.start())).replaceAll(" "))) {
                out.add(new Participation(passage, chair.person(), Part.CHAIRED, "", sentence));
            }
        }
        MatchResult chairedBy = CHAIRED_BY.find(sentence, lower);
        addObjectOf(chairedBy, Part.CHAIRED, passage, sentence, mentions, out);
        addSecondCoChair(chairedBy, passage, sentence, mentions, out);
        MatchResult directed = DIRECTED.find(sentence, lower);
        addSubjectOf(directed, Part.DIRECTED, passage, sentence, mentions, point, out);
        addSubjectOf(WORKED_WITH.find(sentence, lower), Part.WORKED_WITH, passage, sentence, mentions, "", out);
        addListed(passage, sentence, mentions, point, out);
        addChairsListed(passage, sentence, mentions, out);
        addLabelled(passage, sentence, mentions, point, out);
        MatchResult attended = ATTENDED.find(sentence, lower);
        if (attended != null && directed == null) {
            Mention subject = subjectBefore(sentence, mentions, attended.start());
            if (subject != null && linkedOnly(sentence.substring(subject.end(), attended.start()))) {
                out.add(new Participation(passage, subject.person(), Part.ATTENDED, point, sentence));
            }
        }
        return out;
    }

    /** The person right before {@code verb}, the first match of a verb or null, did {@code part}. */
    private static void addSubjectOf(MatchResult verb, Part part, Passage passage, String sentence,
                                     List<Mention> mentions, String point, List<Participation> out) {
        if (verb == null) {
            return;
        }
        Mention subject = subjectBefore(sentence, mentions, verb.start());
        if (subject != null && isApposedOrLinked(sentence.substring(subject.end(), verb.start()))) {
            out.add(new Participation(passage, subject.person(), part, point, sentence));
        }
    }

    /**
     * "Hội nghị do X và Y (đồng) chủ trì": everyone named between the "do" and the verb, the first match of
     * "chủ trì" or null, chaired.
     */
    private static void addChairsNamedBefore(MatchResult verb, Passage passage, String sentence, List<Mention> mentions,
                                             List<Participation> out) {
        if (verb == null) {
            return;
        }
        Matcher by = CHAIRED_BY_NAMES.matcher(sentence.substring(0, verb.start()));
        int from = -1;
        while (by.find()) {
            from = by.end();
        }
        if (from < 0) {
            return;
        }
        int start = from;
        mentions.stream().filter(x -> x.start() >= start && x.end() <= verb.start())
                .forEach(x -> out.add(new Participation(passage, x.person(), Part.CHAIRED, "", sentence)));
    }

    /**
     * "X và Y đồng chủ trì Hội nghị": everyone named in the clause before "đồng chủ trì", the first match of
     * "chủ trì" or null, chaired; not only the one nearest the verb, and the one named when "và" joins them to
     * a co-chair read as no person.
     */
    private static void addCoChairs(MatchResult verb, Passage passage, String sentence, List<Mention> mentions,
                                    List<Participation> out) {
        if (verb == null || !sentence.substring(0, verb.start()).toLowerCase(Locale.ROOT).endsWith("đồng ")) {
            return;
        }
        int clause = Math.max(0, Math.max(sentence.lastIndexOf(';', verb.start()), sentence.lastIndexOf(':', verb.start())) + 1);
        List<Mention> before = mentions.stream()
                .filter(x -> !x.byTitle() && x.start() >= clause && x.end() <= verb.start()).toList();
        // the chairs are joined by "và" or a comma: "X và Y", "X, Y và Z"
        if (before.size() >= 2 && sentence.substring(before.getFirst().end(), before.getLast().start()).matches("(?s).*(?:\\svà\\s|,).*")) {
            before.forEach(x -> out.add(new Participation(passage, x.person(), Part.CHAIRED, "", sentence)));
        } else if (before.size() == 1 && sentence.substring(before.getFirst().end(), verb.start()).matches("(?s)\\s+và\\s.*")) {
            // "X và bà Xa-ra Tây-lơ, Phó Tổng Vụ trưởng …, đã đồng chủ trì": a co-chair no name of ours reads
            out.add(new Participation(passage, before.getFirst().person(), Part.CHAIRED, "", sentence));
        }
    }

    /** The first person after {@code phrase}, the first "sự chủ trì của" or null, did {@code part}. */
    private static void addObjectOf(MatchResult phrase, Part part, Passage passage, String sentence,
                                    List<Mention> mentions, List<Participation> out) {
        if (phrase != null) {
            mentions.stream().filter(x -> x.start() >= phrase.end()).findFirst()
                    .ifPresent(x -> out.add(new Participation(passage, x.person(), part, "", sentence)));
        }
    }

    /** "dưới sự đồng chủ trì của X, Chủ tịch Phân ban …, và Y": the person after the "và" co-chaired too. */
    private static void addSecondCoChair(MatchResult phrase, Passage passage, String sentence, List<Mention> mentions,
                                         List<Participation> out) {
        if (phrase == null || phrase.group("co") == null) {
            return;
        }
        // by name: a title alone ("Thứ trưởng") may stand for the first of them
        List<Mention> named = mentions.stream().filter(x -> x.start() >= phrase.end() && !x.byTitle()).toList();
        if (named.isEmpty()) {
            return;
        }
        Mention first = named.getFirst();
        named.stream().filter(x -> !x.person().equals(first.person())).findFirst()
                .filter(x -> sentence.substring(first.end(), x.start()).matches("(?s).*\\svà\\s.*"))
                .ifPresent(x -> out.add(new Participation(passage, x.person(), Part.CHAIRED, "", sentence)));
    }

    /** "Đồng chủ trì Hội nghị có X và Y", "Chủ trì buổi làm việc là X": everyone named after it chaired. */
    private static void addChairsListed(Passage passage, String sentence, List<Mention> mentions, List<Participation> out) {
        Matcher m = LIST_OF_CHAIRS.matcher(sentence.strip());
        if (!m.lookingAt()) {
            return;
        }
        int offset = sentence.indexOf(sentence.strip());
        for (Mention x : mentions) {
            if (x.start() >= offset + m.end()) {
                out.add(new Participation(passage, x.person(), Part.CHAIRED, "", sentence));
            }
        }
    }

    /** "(Cùng) tham dự (…) có X, Y; …", "… với sự tham dự của X, Y": everyone named after it attended. */
    private static void addListed(Passage passage, String sentence, List<Mention> mentions, String point,
                                  List<Participation> out) {
        // the first form is anchored at the start; the second ("với sự tham dự của") is looked for only where its
        // clue is, so most sentences are rejected by indexOf
        Matcher m = LIST_OF_ATTENDEES.matcher(sentence.strip());
        boolean listed = m.lookingAt() || sentence.contains("sự tham dự của") && m.find();
        if (!listed) {
            return;
        }
        int offset = sentence.indexOf(sentence.strip());
        for (Mention x : mentions) {
            if (x.start() >= offset + m.end()) {
                out.add(new Participation(passage, x.person(), Part.ATTENDED, point, sentence));
            }
        }
    }

    /**
     * "Chủ trì: đồng chí X, …", "- Đồng chủ trì: …", "Tham dự: …": a line of an official document's list
     * of who took part, labelled with the part; everyone it names took that part.
     */
    private static void addLabelled(Passage passage, String sentence, List<Mention> mentions, String point,
                                    List<Participation> out) {
        if (sentence.indexOf(':') < 0) {
            return;
        }
        Matcher m = LABELLED.matcher(sentence);
        while (m.find()) {
            Part part = m.group(1).toLowerCase(Locale.ROOT).contains("chủ") ? Part.CHAIRED : Part.ATTENDED;
            int lineEnd = sentence.indexOf('\n', m.end());
            int end = lineEnd < 0 ? sentence.length() : lineEnd;
            for (Mention x : mentions) {
                if (x.start() >= m.end() && x.start() < end) {
                    out.add(new Participation(passage, x.person(), part, part == Part.ATTENDED ? point : "",
                            sentence.substring(m.start(), end).strip()));
                }
            }
        }
    }

    /** The last person mentioned before {@code at}, when few words and no clause break stand between. */
    private static Mention subjectBefore(String sentence, List<Mention> mentions, int at) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.end() <= at) {
                last = m;
            }
        }
        if (last == null) {
            return null;
        }
        String gap = sentence.substring(last.end(), at);
        boolean sameClause = gap.indexOf(';') < 0 && gap.indexOf(':') < 0;
        // the role itself may be what named them last: "…, Thứ trưởng Thường trực Bộ Ngoại giao chủ trì"
        String role = last.person().role();
        String fromMention = sentence.substring(last.start(), at);
        String beyond = last.byTitle() && !role.isEmpty() && fromMention.startsWith(role)
                ? fromMention.substring(role.length()) : withoutApposedRole(gap, role);
        return sameClause && (words(beyond) <= SUBJECT_GAP_WORDS || APPOSED_CLAUSE.matcher(gap).matches()) ? last : null;
    }

    /**
     * True when what stands between a person and a verb keeps them its subject: their title in apposition
     * (", Bộ trưởng Bộ Ngoại giao chủ trì") or linking words ("đã chủ trì"), not a verb of their own with
     * its object ("Phó Thủ tướng giao Bộ Ngoại giao chủ trì…": the ministry is to chair).
     */
    private static boolean isApposedOrLinked(String gap) {
        String g = gap.strip();
        return g.isEmpty() || g.startsWith(",") || Character.isUpperCase(g.charAt(0)) || linkedOnly(g);
    }

    private static boolean linkedOnly(String gap) {
        for (String word : gap.strip().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!word.isEmpty() && !LINKING_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code gap} without the person's own role set after their name ("Đồng chí Tạ Minh Châu, Thứ trưởng Thường
     * trực Bộ Ngoại giao chủ trì"): however long the role, they are still the verb's subject.
     */
    private static String withoutApposedRole(String gap, String role) {
        String g = gap.strip();
        if (role.isEmpty() || !g.startsWith(",")) {
            return gap;
        }
        String rest = g.substring(1).strip();
        return rest.startsWith(role) ? rest.substring(role.length()) : gap;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String point(String sentence, String lower) {
        MatchResult m = POINT.find(sentence, lower);
        return m != null ? m.group(1) : "";
    }

    /**
     * A pattern and a clue, text that every match of it contains, looked for first: most sentences hold
     * none of these phrases, and indexOf rejects them far faster than a regex search. The clue of a
     * case-insensitive pattern is lower case and looked for in the lower-cased sentence.
     */
    private record Cue(Pattern pattern, String clue) {
        Cue(String regex, String clue, int flags) {
            this(Pattern.compile(regex, flags), clue);
        }

        /** The first match in {@code sentence} (whose lower-case form is {@code lower}), or null. */
        MatchResult find(String sentence, String lower) {
            boolean caseInsensitive = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
            if (!(caseInsensitive ? lower : sentence).contains(clue)) {
                return null;
            }
            Matcher m = pattern.matcher(sentence);
            return m.find() ? m.toMatchResult() : null;
        }

        /** The next match in {@code sentence} after {@code previous}, or null; null when {@code previous} is. */
        MatchResult findAfter(String sentence, MatchResult previous) {
            if (previous == null) {
                return null;
            }
            Matcher m = pattern.matcher(sentence);
            return m.find(previous.end()) ? m.toMatchResult() : null;
        }
    }
}
