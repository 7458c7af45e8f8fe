package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.report.Mentions;
import vn.baocao.report.Mentions.Mention;
import vn.baocao.report.Participation;
import vn.baocao.report.Participation.Part;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.Report;
import vn.baocao.text.Sentences;

/**
 * Finds who chaired, directed and attended the meeting of a report, from the sentences that say so:
 * "X … chủ trì Hội nghị", "X dự và chỉ đạo hội nghị", "X đã có buổi làm việc với Bộ Ngoại giao",
 * "Tham dự (Hội nghị) có X, Y", "Dự hội nghị tại điểm cầu Cao Bằng có X", "X dự hội nghị tại điểm cầu
 * Quảng Trị". A person gets each part once per report, from its first sentence.
 *
 * <p>Only what a sentence states is taken: a speaker is not assumed to have chaired, and a person the
 * report merely mentions ("chỉ đạo của Tổng Bí thư …") did not attend. Pure: reads the report's passages
 * and the people ingest found in each.
 */
final class ParticipationFinder {
    /** A verb this many words after a person still has them as its subject ("X, Bộ trưởng Bộ Ngoại giao chủ trì"). */
    private static final int SUBJECT_GAP_WORDS = 4;
    private static final Pattern CHAIRED = Pattern.compile("(?<!sự )chủ trì");
    private static final Pattern CHAIRED_BY = Pattern.compile("(?:dưới )?sự chủ trì của");
    private static final Pattern DIRECTED = Pattern.compile("(?<!\\p{L})(?:tham )?dự,? và chỉ đạo|(?<!\\p{L})dự, chỉ đạo");
    private static final Pattern WORKED_WITH = Pattern.compile("(?:có )?(?:buổi )?làm việc với (?:lãnh đạo )?Bộ Ngoại giao",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_OF_ATTENDEES = Pattern.compile("^(?:tham )?dự (?:[^;]*? )?có ", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ATTENDED = Pattern.compile("(?<!\\p{L})(?:tham )?dự (?:hội nghị|buổi|lễ|phiên)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POINT = Pattern.compile("điểm cầu (\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3})");
    /** Words that may stand between a person and "dự" without making someone else the subject. */
    private static final Set<String> LINKING_WORDS = Set.of("đã", "cũng", "đến", "tới", "trực", "tiếp");

    /** The participations {@code report} states, in the order of its text. */
    List<Participation> find(Report report) {
        List<Participation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Passage passage : report.passages()) {
            for (String sentence : Sentences.split(passage.text())) {
                for (Participation p : inSentence(passage, sentence)) {
                    if (seen.add(p.person().name().toLowerCase(Locale.ROOT) + "|" + p.part())) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    private static List<Participation> inSentence(Passage passage, String sentence) {
        List<Mention> mentions = Mentions.find(sentence, passage.people());
        if (mentions.isEmpty()) {
            return List.of();
        }
        String point = point(sentence);
        List<Participation> out = new ArrayList<>();
        addSubjectOf(CHAIRED, Part.CHAIRED, passage, sentence, mentions, "", out);
        addObjectOf(CHAIRED_BY, Part.CHAIRED, passage, sentence, mentions, out);
        addSubjectOf(DIRECTED, Part.DIRECTED, passage, sentence, mentions, point, out);
        addSubjectOf(WORKED_WITH, Part.WORKED_WITH, passage, sentence, mentions, "", out);
        addListed(passage, sentence, mentions, point, out);
        Matcher attended = ATTENDED.matcher(sentence);
        if (attended.find() && !DIRECTED.matcher(sentence).find()) {
            Mention subject = subjectBefore(sentence, mentions, attended.start());
            if (subject != null && linkedOnly(sentence.substring(subject.end(), attended.start()))) {
                out.add(new Participation(passage, subject.person(), Part.ATTENDED, point, sentence));
            }
        }
        return out;
    }

    /** The person right before the first match of {@code verb} did {@code part}. */
    private static void addSubjectOf(Pattern verb, Part part, Passage passage, String sentence, List<Mention> mentions,
                                     String point, List<Participation> out) {
        Matcher m = verb.matcher(sentence);
        if (!m.find()) {
            return;
        }
        Mention subject = subjectBefore(sentence, mentions, m.start());
        if (subject != null) {
            out.add(new Participation(passage, subject.person(), part, point, sentence));
        }
    }

    /** The first person after "sự chủ trì của" did {@code part}. */
    private static void addObjectOf(Pattern phrase, Part part, Passage passage, String sentence, List<Mention> mentions,
                                    List<Participation> out) {
        Matcher m = phrase.matcher(sentence);
        if (m.find()) {
            mentions.stream().filter(x -> x.start() >= m.end()).findFirst()
                    .ifPresent(x -> out.add(new Participation(passage, x.person(), part, "", sentence)));
        }
    }

    /** "Tham dự (…) có X, Y; …": everyone named after "có" attended. */
    private static void addListed(Passage passage, String sentence, List<Mention> mentions, String point,
                                  List<Participation> out) {
        Matcher m = LIST_OF_ATTENDEES.matcher(sentence.strip());
        if (!m.find()) {
            return;
        }
        int offset = sentence.indexOf(sentence.strip());
        for (Mention x : mentions) {
            if (x.start() >= offset + m.end()) {
                out.add(new Participation(passage, x.person(), Part.ATTENDED, point, sentence));
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
        return sameClause && words(gap) <= SUBJECT_GAP_WORDS ? last : null;
    }

    private static boolean linkedOnly(String gap) {
        for (String word : gap.strip().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!word.isEmpty() && !LINKING_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String point(String sentence) {
        Matcher m = POINT.matcher(sentence);
        return m.find() ? m.group(1) : "";
    }
}
