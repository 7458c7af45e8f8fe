package vn.baocao.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds where the people of a passage are mentioned in one of its sentences: by full name, or by a
 * bare title the passage resolves to them ("Bộ trưởng đề nghị…" → the minister of the report).
 */
public final class Mentions {
    /**
     * The bare titles a report may use for a person, lower case. Longer ones first, so "Phó Thủ
     * tướng" is not read as "Thủ tướng" and "Thứ trưởng" is not read as "Bộ trưởng".
     */
    public static final List<String> TITLE_HEADS = List.of(
            "phó thủ tướng", "thủ tướng", "phó chủ tịch", "chủ tịch", "thứ trưởng", "bộ trưởng",
            "tổng bí thư", "đại sứ", "phó trưởng ban", "trưởng ban", "người phát ngôn");

    /** A speaker label's office in brackets, between the name and the colon: " (Thứ trưởng)". */
    private static final Pattern SPEAKER_OFFICE = Pattern.compile("^\\s*(?:\\([^()]{1,60}\\)\\s*)?");

    /** A person mentioned at [start, end) of a sentence, by name or by title. */
    public record Mention(Person person, int start, int end, boolean byTitle) {
    }

    private Mentions() {
    }

    /** The mentions in {@code sentence} of {@code people}, in order of position, not overlapping. */
    public static List<Mention> find(String sentence, List<Person> people) {
        if (people.isEmpty()) {
            return List.of(); // most sentences of a report are in passages that name nobody
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Mention> found = new ArrayList<>();
        for (Person p : people) {
            int at = lower.indexOf(p.name().toLowerCase(Locale.ROOT));
            if (at >= 0) {
                found.add(new Mention(p, at, at + p.name().length(), false));
            }
        }
        for (String head : TITLE_HEADS) {
            // most sentences use no title: look for it before looking for its holder among the people
            int first = lower.indexOf(head);
            Person holder = first < 0 ? null : holderOf(head, people);
            if (holder == null) {
                continue;
            }
            for (int at = first; at >= 0; at = lower.indexOf(head, at + head.length())) {
                boolean deputy = !head.startsWith("phó") && lower.startsWith("phó ", Math.max(0, at - 4));
                if (isWordStart(lower, at) && !deputy && !overlaps(found, at, at + head.length())) {
                    found.add(new Mention(holder, at, at + head.length(), true));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /**
     * The speaker a transcript's label names at the start of {@code sentence} ("Phạm Thu Hằng: Chúng tôi …",
     * "Người Phát ngôn Phạm Thu Hằng: …"), given its {@code mentions}; null when it opens with no label.
     */
    public static Mention speakerLabel(String sentence, List<Mention> mentions) {
        if (mentions.isEmpty() || !sentence.substring(0, mentions.get(0).start()).isBlank()) {
            return null;
        }
        // "Đặng Hoàng Phúc (Thứ trưởng): …": the label may give the office in brackets
        String after = SPEAKER_OFFICE.matcher(sentence.substring(mentions.get(0).end())).replaceFirst("");
        return after.startsWith(":") ? mentions.get(0) : null;
    }

    /** The bare titles {@code person}'s role begins with ("thủ tướng" for "Thủ tướng Chính phủ"). */
    public static List<String> headsOf(Person person) {
        return TITLE_HEADS.stream().filter(head -> holderOf(head, List.of(person)) != null).toList();
    }

    /**
     * The speaker {@code passage} goes on with, or null: ingest lists among a passage's people the
     * speaker of the paragraphs before it when it continues their words without naming them, so that
     * person is listed but not mentioned in its text.
     */
    public static Person continuedSpeaker(Passage passage) {
        List<Person> mentioned = find(passage.text(), passage.people()).stream().map(Mention::person).toList();
        return passage.people().stream().filter(p -> !mentioned.contains(p)).findFirst().orElse(null);
    }

    /** The person of {@code people} whose role has {@code head} as a whole title, or null. */
    public static Person holderOf(String head, List<Person> people) {
        for (Person p : people) {
            String role = p.role().toLowerCase(Locale.ROOT);
            for (String part : role.split(",")) {
                String t = part.strip();
                if (t.startsWith(head) && !(head.equals("thủ tướng") && t.startsWith("phó"))) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean isWordStart(String s, int at) {
        return at == 0 || !Character.isLetter(s.charAt(at - 1));
    }

    private static boolean overlaps(List<Mention> found, int start, int end) {
        return found.stream().anyMatch(m -> start < m.end() && m.start() < end);
    }
}
