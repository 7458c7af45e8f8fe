package vn.baocao.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.baocao.lexicon.Canonical;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.Word;
import vn.baocao.lexicon.Words;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.text.VietnameseText;

/**
 * Meetings named by what their names say: people call a meeting by its subject ("hội nghị hợp tác tiểu
 * vùng Mekong", "sơ kết gìn giữ hòa bình"), not only by its kind and year. A question's topic is compared
 * with a conference's name, in the reports' wording, by its keys: each pair of adjacent topic words, or
 * a word standing alone (a Vietnamese syllable alone says little: "cơ", "quan", "đại", "diện").
 */
public final class NamedMeetings {
    /** Keys a name must carry to be called by a kind it is not ("sơ kết" of a five-year review). */
    static final int CALLED_KEYS = 3;
    /** Keys the meeting named must carry beyond any other's, unless it carries every one. */
    static final int LEAD = 2;
    /** The share of passages a key may be in and still tell meetings apart ("bộ ngoại giao" is in most). */
    static final double MAX_SHARE = 0.2;
    /** The fewest words of a subject that names a meeting called by a kind it is not. */
    static final int SUBJECT_WORDS = 3;
    private static final int MAX_CACHED = 50_000;
    private static final int MAX_CUE_WORDS = 5;
    private static final Map<String, Name> NAMES = new ConcurrentHashMap<>();

    /** A conference name's keys (its words and pairs of adjacent words, folded), and the kinds it is called by. */
    private record Name(Set<String> keys, Set<ConferenceKind> cued) {
    }

    private NamedMeetings() {
    }

    /** The keys of a question's {@code topic} (runs of adjacent folded words): each adjacent pair, or a word alone, once each. */
    public static List<String> keys(List<List<String>> topic) {
        List<String> out = new ArrayList<>();
        for (List<String> run : topic) {
            List<String> keys = run.size() == 1 ? run : pairs(run);
            keys.stream().filter(k -> !out.contains(k)).forEach(out::add);
        }
        return out;
    }

    /** The {@code keys} that can tell meetings apart: those in at most {@link #MAX_SHARE} of the passages. */
    public static List<String> distinctive(List<String> keys, TermStatistics terms) {
        int passages = terms.passageCount();
        return keys.stream().filter(k -> terms.docFrequency(k) <= MAX_SHARE * passages).toList();
    }

    /** How many of {@code keys} the name of {@code conference} carries. */
    public static int keysOfName(Conference conference, List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> named = name(conference).keys();
        return (int) keys.stream().filter(named::contains).count();
    }

    /**
     * True when {@code conference}, of another kind than {@code asked}, is called by it in its name and
     * named by the question's topic {@code keys}: "sơ kết gìn giữ hòa bình" asks for "Hội nghị sơ kết 5 năm
     * … gìn giữ hòa bình", which is no mid-year review.
     */
    public static boolean calledByKind(Conference conference, ConferenceKind asked, List<String> keys) {
        if (asked == null || conference.kind() == asked || keys.size() < CALLED_KEYS) {
            return false;
        }
        return name(conference).cued().contains(asked) && keysOfName(conference, keys) >= CALLED_KEYS;
    }

    /**
     * As {@link #calledByKind(Conference, ConferenceKind, List)} for a question's {@code topic} (runs of
     * adjacent folded words), whose keys are made only for a name that calls its meeting by the kind asked:
     * this is asked of every meeting when the reports are searched for the one a question names.
     */
    public static boolean calledByKindOfTopic(Conference conference, ConferenceKind asked, List<List<String>> topic) {
        if (asked == null || conference.kind() == asked || topic.stream().mapToInt(List::size).sum() < CALLED_KEYS
                || !name(conference).cued().contains(asked)) {
            return false;
        }
        return calledByKind(conference, asked, keys(topic));
    }

    /**
     * True when {@code conference}, of another kind than {@code asked}, calls itself by that kind and its name
     * carries a subject of the question: a run of its {@code topic} (runs of adjacent folded words) of {@link
     * #SUBJECT_WORDS} words or more that is none of the {@code names} it gives of bodies and places ("sơ kết chuyển đổi số 6 tháng đầu 2024" asks for the "Hội nghị sơ kết công tác chuyển
     * đổi số 6 tháng đầu năm 2024", which is no mid-year review of the ministry's work).
     */
    public static boolean calledByKindAndSubject(Conference conference, ConferenceKind asked, List<List<String>> topic,
                                                 List<String> names) {
        if (asked == null || conference.kind() == asked || !name(conference).cued().contains(asked)) {
            return false;
        }
        Set<String> named = name(conference).keys();
        List<List<String>> bodies = names.stream().map(VietnameseText::foldedWords).toList();
        return topic.stream()
                .filter(run -> run.size() >= SUBJECT_WORDS && !bodies.contains(run))
                .anyMatch(run -> named.containsAll(pairs(run)));
    }

    /**
     * True when {@code conference}, of another kind than {@code asked}, calls itself by that kind and by the
     * number {@code ordinal} the question gives it: "hội nghị sơ kết lần thứ ba với Lào" is the "Hội nghị sơ kết
     * lần thứ ba thực hiện Thỏa thuận … Lào", which is no mid-year review. A number asked is its name enough.
     */
    public static boolean calledByKindAndNumber(Conference conference, ConferenceKind asked, int ordinal) {
        return asked != null && ordinal != 0 && conference.kind() != asked && conference.ordinal() == ordinal
                && name(conference).cued().contains(asked);
    }

    /**
     * True when {@code conference}'s name carries every key of a run of the question's {@code topic} of two
     * words or more: a meeting asked of by its field ("hội nghị ngoại giao văn hóa") is one whose name says
     * it, of whatever kind ("Hội nghị sơ kết công tác ngoại giao văn hóa 6 tháng đầu năm").
     */
    public static boolean namedByARunOf(Conference conference, List<List<String>> topic) {
        Set<String> named = name(conference).keys();
        return topic.stream().filter(run -> run.size() >= 2).anyMatch(run -> named.containsAll(pairs(run)));
    }

    /**
     * The one meeting of {@code meetings} whose name carries clearly more of {@code keys} than the others'
     * (the only one to carry any, every key, or {@link #LEAD} more than any other), alone; else {@code meetings}.
     */
    public static List<Meeting> narrowed(List<Meeting> meetings, List<String> keys) {
        if (meetings.size() < 2 || keys.isEmpty()) {
            return meetings;
        }
        int best = -1;
        int second = 0;
        Meeting winner = null;
        for (Meeting m : meetings) {
            int carried = keysOfName(m.conference(), keys);
            if (carried > best) {
                second = Math.max(best, 0);
                best = carried;
                winner = m;
            } else if (carried > second) {
                second = carried;
            }
        }
        boolean clear = best > second && (second == 0 || best == keys.size() || best >= second + LEAD);
        return clear ? List.of(winner) : meetings;
    }

    private static List<String> pairs(List<String> run) {
        List<String> out = new ArrayList<>(run.size());
        for (int i = 1; i < run.size(); i++) {
            out.add(run.get(i - 1) + " " + run.get(i));
        }
        return out;
    }

    /**
     * The kinds an outright cue among {@code words} names, a shorter cue inside a longer one included: "sơ
     * kết 5 năm" names no mid-year review, but people call it "sơ kết" all the same.
     */
    private static Set<ConferenceKind> cuedKinds(List<Word> words) {
        Set<ConferenceKind> cued = new HashSet<>();
        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 1; to <= Math.min(words.size(), from + MAX_CUE_WORDS); to++) {
                int length = to - from;
                Lexicon.get().conferenceCues().at(words.subList(from, to), 0)
                        .filter(cue -> cue.to() == length && cue.value().strength() == 1)
                        .ifPresent(cue -> cued.add(cue.value().kind()));
            }
        }
        return Set.copyOf(cued);
    }

    private static Name name(Conference conference) {
        Name known = NAMES.get(conference.name());
        if (known != null) {
            return known;
        }
        if (NAMES.size() >= MAX_CACHED) {
            NAMES.clear(); // bounded: the names of the meetings asked about lately
        }
        List<Word> words = Words.of(conference.name());
        List<String> folded = Canonical.words(words);
        Set<String> keys = new HashSet<>(folded);
        keys.addAll(pairs(folded));
        Name read = new Name(Set.copyOf(keys), cuedKinds(words));
        NAMES.put(conference.name(), read);
        return read;
    }
}
