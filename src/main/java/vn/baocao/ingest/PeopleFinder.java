package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.baocao.report.Person;

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

    /** The people of a report ({@code all}) and of each passage ({@code byPassage}, aligned with the passages). */
    record People(List<Person> all, List<List<Person>> byPassage) {
    }

    /** Finds the people of a report with headline {@code title} and the given passage texts. */
    People find(String title, List<String> passages) {
        Map<String, KnownPerson> known = new LinkedHashMap<>();
        register(known, title, TITLE);
        for (int p = 0; p < passages.size(); p++) {
            register(known, passages.get(p), p);
        }
        List<List<Person>> byPassage = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            byPassage.add(peopleOf(passages.get(p), p, known));
        }
        return new People(known.values().stream().map(KnownPerson::person).toList(), byPassage);
    }

    private static void register(Map<String, KnownPerson> known, String text, int passage) {
        for (Mentions.Named named : Mentions.named(text)) {
            known.computeIfAbsent(named.name(), KnownPerson::new)
                    .mentioned(named.titles(), new Position(passage, named.start()));
        }
    }

    private static List<Person> peopleOf(String passage, int index, Map<String, KnownPerson> known) {
        // offset in the passage → person, so the list comes out in order of first mention
        TreeMap<Integer, KnownPerson> byOffset = new TreeMap<>();
        for (KnownPerson person : known.values()) {
            int offset = offsetOfName(passage, person.name());
            if (offset >= 0) {
                byOffset.putIfAbsent(offset, person);
            }
        }
        for (Mentions.Bare bare : Mentions.bare(passage, Mentions.named(passage))) {
            Position at = new Position(index, bare.start());
            known.values().stream()
                    .filter(person -> person.holds(bare.title()))
                    .max(Comparator.comparing((KnownPerson person) -> person.lastMentionBefore(at))
                            .thenComparing(person -> person.firstMention(), Comparator.reverseOrder()))
                    .ifPresent(person -> byOffset.putIfAbsent(bare.start(), person));
        }
        return byOffset.values().stream().distinct().map(KnownPerson::person).toList();
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
