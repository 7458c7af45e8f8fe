package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.baocao.report.Person;
import vn.baocao.text.Sentences;
import vn.baocao.lexicon.SpeechVerbs;

/**
 * Lists the people a report names, with their titles, and the people each passage refers to —
 * by name, or by a title alone that the report resolves to a person named with it.
 *
 * <p>A bare title ("Bộ trưởng đề nghị…") refers to the person holding that office who was named
 * most recently before it in the report; when nobody was named with it before, to the first person
 * named with it anywhere. The office must match exactly, so "Phó Thủ tướng" never resolves to the
 * "Thủ tướng". Readers and the index can then find what Bùi Thanh Sơn said in a passage that only
 * says "Bộ trưởng".
 */
final class PeopleFinder {
    private static final int TITLE = -1;
    /** Fewer words after the verb is an act ("dự và chỉ đạo hội nghị"), not a statement. */
    private static final int MIN_WORDS_SAID = 6;

    /** The people of a report ({@code all}) and of each passage ({@code byPassage}, aligned with the passages). */
    record People(List<Person> all, List<List<Person>> byPassage) {
    }

    /** Finds the people of a report with headline {@code title} and the given passage texts. */
    People find(String title, List<String> passages) {
        // each passage is tokenised once: registering people and resolving bare titles read the same tokens
        List<List<Token>> tokens = passages.stream().map(Token::of).toList();
        List<List<Mentions.Named>> named = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            named.add(Mentions.named(passages.get(p), tokens.get(p)));
        }
        Map<String, KnownPerson> known = new LinkedHashMap<>();
        register(known, Mentions.named(title), TITLE);
        for (int p = 0; p < passages.size(); p++) {
            register(known, named.get(p), p);
        }
        // every name is registered: each person's fullest role is known now, and is asked for many times
        Map<KnownPerson, Person> persons = new IdentityHashMap<>();
        known.values().forEach(person -> persons.put(person, person.person()));
        List<List<Person>> byPassage = new ArrayList<>();
        KnownPerson continuing = null;
        for (int p = 0; p < passages.size(); p++) {
            List<Mentions.Bare> bare = Mentions.bare(passages.get(p), tokens.get(p), named.get(p));
            TreeMap<Integer, KnownPerson> mentions = mentionsIn(passages.get(p), bare, p, known);
            List<Person> people = new ArrayList<>(mentions.values().stream().distinct().map(persons::get).toList());
            Speech speech = speechIn(passages.get(p), mentions);
            if (speech.lastSpeaker() != null) {
                continuing = speech.lastSpeaker();
            } else if (speech.someoneElseSpeaks()) {
                continuing = null;
            } else if (continuing != null && !people.contains(persons.get(continuing))) {
                // A paragraph that quotes nobody right after one that quotes someone goes on with their
                // words ("Thứ hai, …", the list of tasks after "Thủ tướng nhấn mạnh:"), as news reports
                // write speeches: the speaker is named once, then paraphrased paragraph after paragraph.
                people.add(persons.get(continuing));
            }
            byPassage.add(List.copyOf(people));
        }
        return new People(known.values().stream().map(persons::get).toList(), byPassage);
    }

    /**
     * Who a passage quotes, read in one pass over its sentences.
     *
     * @param lastSpeaker       the person its last statement quotes, or null: a person mentioned before a
     *                          speech verb followed by what they say ("dự và chỉ đạo hội nghị" reports an
     *                          act, not words), or introduced by "Theo"
     * @param someoneElseSpeaks true when the first sentence that gives speech gives it to a subject that is
     *                          not a person ("Các đại biểu nhất trí đánh giá…"): the paragraph has moved on
     *                          from the speaker. Later sentences do not undo a continuation it opened with.
     */
    private record Speech(KnownPerson lastSpeaker, boolean someoneElseSpeaks) {
    }

    private static Speech speechIn(String passage, TreeMap<Integer, KnownPerson> mentions) {
        KnownPerson last = null;
        Boolean someoneElse = null;
        int from = 0;
        for (String sentence : Sentences.split(passage)) {
            int start = passage.indexOf(sentence, from);
            int end = start + sentence.length();
            from = end;
            List<Map.Entry<Integer, KnownPerson>> inside = new ArrayList<>(mentions.subMap(start, end).entrySet());
            if (someoneElse == null && !SpeechVerbs.positions(sentence).isEmpty()) {
                int firstMention = inside.isEmpty() ? -1 : inside.get(0).getKey() - start;
                someoneElse = SpeechVerbs.hasOtherSubject(sentence, firstMention);
            }
            List<Integer> ends = inside.stream().map(e -> e.getKey() - start + 1).toList();
            int speaker = SpeechVerbs.speakerIndex(sentence, ends);
            if (TranscriptTurns.isReporters(sentence)) {
                last = null; // a reporter's question: the words that follow are the next speaker's
            } else if (!inside.isEmpty() && opensTurn(sentence, inside.get(0).getValue())) {
                last = inside.get(0).getValue();
            } else if (speaker >= 0 && saysSomething(sentence, ends.get(speaker))) {
                last = inside.get(speaker).getValue();
            } else if (!inside.isEmpty() && SpeechVerbs.isAccordingTo(sentence, inside.get(0).getKey() - start)) {
                last = inside.get(0).getValue();
            }
        }
        return new Speech(last, Boolean.TRUE.equals(someoneElse));
    }

    /** True when {@code sentence} opens with a transcript's label naming {@code person}: "Thứ trưởng Nguyễn Minh Vũ: …". */
    private static boolean opensTurn(String sentence, KnownPerson person) {
        int colon = sentence.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String label = sentence.substring(0, colon).replaceAll("\\([^()]*\\)", " ").strip();
        return label.contains(person.name()) && !label.contains(",") && label.split("\\s+").length <= MAX_LABEL_WORDS;
    }

    /** The most words of a transcript's label outside its brackets: an office, then a name. */
    private static final int MAX_LABEL_WORDS = 10;

    private static void register(Map<String, KnownPerson> known, List<Mentions.Named> mentions, int passage) {
        for (Mentions.Named named : mentions) {
            known.computeIfAbsent(named.name(), KnownPerson::new)
                    .mentioned(named.titles(), new Position(passage, named.start()));
        }
    }

    private static boolean saysSomething(String sentence, int afterMention) {
        return SpeechVerbs.positions(sentence).stream().filter(v -> v >= afterMention).findFirst()
                .map(v -> SpeechVerbs.wordsAfter(sentence, v) >= MIN_WORDS_SAID).orElse(false);
    }

    /**
     * Where {@code passage}, whose bare titles are {@code bareTitles}, mentions a known person, by name or by
     * a title it resolves: offset → person.
     */
    private static TreeMap<Integer, KnownPerson> mentionsIn(String passage, List<Mentions.Bare> bareTitles, int index,
                                                            Map<String, KnownPerson> known) {
        TreeMap<Integer, KnownPerson> byOffset = new TreeMap<>();
        for (KnownPerson person : known.values()) {
            int offset = offsetOfName(passage, person.name());
            if (offset >= 0) {
                byOffset.putIfAbsent(offset, person);
            }
        }
        for (Mentions.Bare bare : bareTitles) {
            Position at = new Position(index, bare.start());
            known.values().stream()
                    .filter(person -> person.holds(bare.title()))
                    .max(Comparator.comparing((KnownPerson person) -> person.lastMentionBefore(at))
                            .thenComparing(person -> person.firstMention(), Comparator.reverseOrder()))
                    .ifPresent(person -> byOffset.putIfAbsent(bare.start(), person));
        }
        return byOffset;
    }

    private static int offsetOfName(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + name.length();
            boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }

    /** Where a mention is: passage index ({@code -1} for the headline) and character offset. */
    record Position(int passage, int offset) implements Comparable<Position> {
        static final Position NONE = new Position(Integer.MIN_VALUE, 0);

        @Override
        public int compareTo(Position other) {
            return Comparator.comparingInt(Position::passage).thenComparingInt(Position::offset).compare(this, other);
        }
    }
}
