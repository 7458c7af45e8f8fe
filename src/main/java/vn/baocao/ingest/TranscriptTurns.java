package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.text.Interviews;

/**
 * Reads a transcript's turns (a press briefing's "bản gỡ băng"): each turn opens with its speaker's label,
 * written here as the person the report names ("PHẠM THU HẰNG:" → "Phạm Thu Hằng:", "CHỦ TRÌ (Nguyễn Thị
 * Thu Hà):" → "Nguyễn Thị Thu Hà (Chủ trì):") or, for a reporter, as the reporter and their paper
 * ("PHÓNG VIÊN BÁO TUỔI TRẺ:" → "Phóng viên báo Tuổi Trẻ:"), and holds the words said after it.
 *
 * <p>Transcripts are typed many ways: the recording's clock before the label or on a line of its own, the
 * label on the line above its words, the office in capitals before the name or in brackets after it. A
 * label on a line of its own is joined to the words below it, so a turn is one paragraph that starts a
 * passage, and the same label said twice is two turns rather than a line printed twice.
 */
final class TranscriptTurns {
    /**
     * Up to ten words in capitals (an office, a name, "PTT, BT"), then up to two brackets, then a colon,
     * opening a paragraph: "PHẠM THU HẰNG:", "ĐẶNG HOÀNG PHÚC (Thứ trưởng):", "PHÓNG VIÊN JOHN MERCER
     * (Reuters) (bằng tiếng Anh):".
     */
    private static final Pattern LABEL = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}&]*(?:(?:,\\s*|\\s+-\\s+|\\s+)\\p{Lu}[\\p{Lu}&]*){0,9})\\s*((?:\\([^()]{1,100}\\)\\s*){0,2}):");
    /** A recording's clock: "[00:01:05]", "[15:04]". */
    private static final Pattern CLOCK = Pattern.compile("\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*");
    /** One bracket of a label. */
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]*)\\)");
    /** How a label in capitals without a name opens when it is still a speaker's: a reporter, a moderator, an office. */
    private static final Pattern ROLE = Pattern.compile("(PHÓNG VIÊN|PV|NHÀ BÁO|NGƯỜI PHÁT NGÔN|NGƯỜI DẪN|NGƯỜI ĐIỀU HÀNH|"
            + "ĐIỀU PHỐI|CHỦ TRÌ|MC|BỘ TRƯỞNG|BT|THỨ TRƯỞNG|TT|PHÓ THỦ TƯỚNG|PTT|THỦ TƯỚNG|ĐẠI SỨ|GIÁM ĐỐC|"
            + "VỤ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG ĐOÀN|CHỦ TỊCH|PHÓ CHỦ TỊCH)\\b");
    /** A reporter's label: "PHÓNG VIÊN …", "PV …", "NHÀ BÁO …". */
    private static final Pattern REPORTER = Pattern.compile("(PHÓNG VIÊN|PV|NHÀ BÁO)\\b\\s*");
    /** Words of a reporter's label that say what kind of outlet they write for, written in lower case. */
    private static final Set<String> OUTLET_KINDS = Set.of("BÁO", "HÃNG", "TIN", "ĐÀI", "TẠP", "CHÍ", "KÊNH",
            "THÔNG", "TẤN", "XÃ");
    /** Words of address before a name in brackets: "(bà Phạm Thu Trang, …)", "(đồng chí Lê Văn Long)". */
    private static final Pattern ADDRESS = Pattern.compile("(?iu)^(?:bà|ông|chị|anh|đồng chí)(?:\\s+|$)");
    /** A word in capitals. */
    private static final Pattern CAPS_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}&]*");
    /** How a reporter's label is written. */
    private static final String REPORTER_WRITTEN = "Phóng viên";
    private static final int MAX_NAME_WORDS = 4;
    /** The longest word of capitals kept in capitals: an acronym ("TTXVN", "AFP", "BT"), not a word. */
    private static final int MAX_ACRONYM = 5;

    private TranscriptTurns() {
    }

    /**
     * {@code blocks} with each bare clock dropped, each label alone on its line joined to the paragraph
     * below it, and each turn's label written as its speaker; other blocks as they are.
     */
    static List<Block> read(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String text = withoutClock(block.text());
            if (text.isEmpty()) {
                continue; // "[00:48]" on its own line: the recording's clock is no one's words
            }
            if (isBareLabel(text) && i + 1 < blocks.size() && !block.heading()) {
                String next = withoutClock(blocks.get(i + 1).text());
                if (!next.isEmpty() && !isBareLabel(next) && !LABEL.matcher(next).lookingAt()) {
                    text = text + " " + next;
                    i++;
                }
            }
            String named = speakerNamed(text);
            boolean turn = !named.equals(text);
            out.add(!turn && text.equals(block.text()) ? block : new Block(named, block.heading(), block.row(), turn));
        }
        return out;
    }

    /**
     * {@code paragraph} with its speaker's label written as the person or reporter it names; as it is when
     * it opens with no label of a speaker (a heading in capitals such as "KẾT LUẬN:" is none).
     */
    static String speakerNamed(String paragraph) {
        String text = withoutClock(paragraph);
        Matcher label = LABEL.matcher(text);
        if (!label.lookingAt()) {
            return paragraph;
        }
        String caps = label.group(1);
        List<String> brackets = new ArrayList<>();
        Matcher bracket = BRACKET.matcher(label.group(2));
        while (bracket.find()) {
            brackets.add(bracket.group(1).strip());
        }
        String rest = text.substring(label.end() - 1); // from the colon
        List<String> words = Arrays.stream(caps.split("[\\s,]+")).filter(w -> !w.equals("-")).toList();
        if (REPORTER.matcher(caps).lookingAt()) {
            return reporter(caps, brackets) + rest;
        }
        int name = nameStart(words);
        if (name >= 0) {
            String office = office(caps.substring(0, caps.lastIndexOf(String.join(" ", words.subList(name, words.size()))))
                    .replaceAll("[\\s,]+$", ""));
            List<String> said = new ArrayList<>(office.isEmpty() ? List.of() : List.of(office));
            said.addAll(brackets);
            return asName(words.subList(name, words.size())) + (said.isEmpty() ? "" : " (" + String.join(", ", said) + ")") + rest;
        }
        for (int b = 0; b < brackets.size(); b++) {
            String inside = nameIn(brackets.get(b));
            if (inside != null) {
                List<String> said = new ArrayList<>(List.of(office(caps)));
                String others = withoutAddress(brackets.get(b).replace(inside, "")).replaceAll("^[\\s,]+|[\\s,]+$", "");
                if (!others.isEmpty()) {
                    said.add(others);
                }
                for (int o = 0; o < brackets.size(); o++) {
                    if (o != b) {
                        said.add(brackets.get(o));
                    }
                }
                return inside + " (" + String.join(", ", said) + ")" + rest;
            }
        }
        Matcher role = ROLE.matcher(caps);
        if (role.lookingAt()) {
            List<String> more = Arrays.stream(caps.substring(role.end()).split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
            return office(caps.substring(0, role.end())) + (more.isEmpty() ? "" : " " + titled(more))
                    + brackets.stream().map(b -> " (" + b + ")").reduce("", String::concat) + rest;
        }
        return paragraph;
    }

    /** True when {@code paragraph}, as {@link #read} wrote it, is a reporter's turn: a question, answered by the next turn. */
    static boolean isReporters(String paragraph) {
        return Interviews.opensWithAsker(paragraph);
    }

    /** True when {@code text} opens with the label of a speaker's turn, in capitals or written as a name. */
    static boolean opensTurn(String text) {
        return !speakerNamed(text).equals(text);
    }

    private static boolean isBareLabel(String text) {
        Matcher label = LABEL.matcher(text);
        return label.lookingAt() && text.substring(label.end()).isBlank() && opensTurn(text);
    }

    /** {@code text} without the words of address it opens with: "bà Phạm Thu Trang" → "Phạm Thu Trang". */
    private static String withoutAddress(String text) {
        return ADDRESS.matcher(text.strip()).replaceFirst("");
    }

    private static String withoutClock(String text) {
        Matcher clock = CLOCK.matcher(text.strip());
        return clock.lookingAt() ? text.strip().substring(clock.end()) : text;
    }

    /** "Phóng viên báo Tuổi Trẻ", "Phóng viên TTXVN", "Phóng viên John Mercer (Reuters)". */
    private static String reporter(String caps, List<String> brackets) {
        Matcher opening = REPORTER.matcher(caps);
        opening.lookingAt();
        List<String> words = Arrays.stream(caps.substring(opening.end()).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        StringBuilder out = new StringBuilder(REPORTER_WRITTEN);
        for (String w : words) {
            out.append(' ').append(OUTLET_KINDS.contains(w) ? w.toLowerCase(Locale.ROOT) : titled(w));
        }
        brackets.forEach(b -> out.append(" (").append(b).append(')'));
        return out.toString();
    }

    /** Where the name starts among the label's words: the last two to four, from a family name; -1 when none. */
    private static int nameStart(List<String> words) {
        for (int k = Math.max(0, words.size() - MAX_NAME_WORDS); k <= words.size() - 2; k++) {
            String first = asName(words.subList(k, k + 1));
            if (Names.isFamilyName(first) && !Names.opensPlace(first, asName(words.subList(k + 1, k + 2)))) {
                return k;
            }
        }
        return -1;
    }

    /** The person's name in a bracket of the label ("bà Phạm Thu Trang, Vụ trưởng …", "Phó Vụ trưởng … Lâm Quốc Tuấn"), or null. */
    private static String nameIn(String bracket) {
        for (String part : bracket.split(",")) {
            List<String> words = Arrays.asList(withoutAddress(part).split("\\s+"));
            for (int k = Math.max(0, words.size() - MAX_NAME_WORDS); k <= words.size() - 2; k++) {
                List<String> name = words.subList(k, words.size());
                if (Names.isFamilyName(words.get(k)) && !Names.opensPlace(words.get(k), words.get(k + 1))
                        && name.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
                    return String.join(" ", name);
                }
            }
        }
        return null;
    }

    /** An office in capitals as a reader writes it: "NGƯỜI PHÁT NGÔN" → "Người phát ngôn", "PTT, BT" as it is. */
    private static String office(String caps) {
        StringBuilder out = new StringBuilder();
        String text = caps.strip();
        Matcher word = CAPS_WORD.matcher(text);
        int copied = 0;
        while (word.find()) {
            out.append(text, copied, word.start());
            String w = word.group();
            out.append(isAcronym(w) ? w : w.toLowerCase(Locale.ROOT));
            copied = word.end();
        }
        out.append(text.substring(copied));
        return out.isEmpty() ? "" : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** A name in capitals as it is written: "PHẠM THU HẰNG" → "Phạm Thu Hằng". */
    private static String asName(List<String> words) {
        return String.join(" ", words.stream().map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT)).toList());
    }

    private static String titled(List<String> words) {
        return String.join(" ", words.stream().map(TranscriptTurns::titled).toList());
    }

    /** A word in capitals with only its first letter kept so, unless it is an acronym ("TTXVN", "BT"). */
    private static String titled(String word) {
        return isAcronym(word) || word.length() < 2 ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** True for a word in capitals that is read letter by letter: short, unaccented, no vowel after its first letter. */
    private static boolean isAcronym(String word) {
        return word.length() <= MAX_ACRONYM && word.chars().allMatch(c -> c < 128 || c == 'Đ')
                && !word.substring(1).matches(".*[AEIOUY].*");
    }
}
