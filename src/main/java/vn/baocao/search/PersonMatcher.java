package vn.baocao.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.Syllables;
import vn.baocao.lexicon.Word;
import vn.baocao.report.Person;
import vn.baocao.text.VietnameseText;

/**
 * Finds which known person a question names, without regard to accents: by full name ("bui thanh son"),
 * by the end of the name ("Thanh Sơn", "Minh Chính"), or by the last syllable after an honorific
 * ("ông Chính") or after a title the person holds ("PTT Quang", "Bộ trưởng Sơn") — any title, when no
 * other known person's name ends so ("Thủ tướng Phúc" of a President who was Prime Minister) — or, when
 * nothing else names anyone, by the initials of one person's name ("PBM").
 *
 * <p>The longest match wins; between equally long matches, the person listed first. A single syllable
 * is accepted only after an honorific because alone it is usually a word ("nam", "minh", "sơn").
 * Accentless "ba" is not an honorific: it is more often "three" than "bà".
 */
final class PersonMatcher {
    /** The fewest syllables of a name its initials stand for: two letters are too often something else. */
    private static final int MIN_INITIALS = 3;
    private record Candidate(int order, Person person, List<String> syllables) {
    }

    /** A person found: words [from, to) of the question name them. */
    record Found(Person person, int from, int to) {
    }

    /**
     * The known people by the last syllable of their folded name: every way of naming someone here ends
     * with it, so a question is compared only with the people whose last syllable it contains, not with
     * all of them (thousands, in an archive).
     */
    private final Map<String, List<Candidate>> byLastSyllable = new HashMap<>();

    /** The known people of three syllables or more by their first two, folded ("tran luu"): a last one mistyped. */
    private final Map<String, List<Candidate>> byFirstTwo = new HashMap<>();

    /** The known people by the initials of their folded name ("pbm": Phạm Bình Minh), for names of 3 syllables or more. */
    private final Map<String, List<Person>> byInitials = new HashMap<>();

    PersonMatcher(List<Person> known) {
        for (int i = 0; i < known.size(); i++) {
            List<String> syllables = Arrays.asList(VietnameseText.fold(known.get(i).name()).split(" "));
            byLastSyllable.computeIfAbsent(syllables.getLast(), k -> new ArrayList<>())
                    .add(new Candidate(i, known.get(i), syllables));
            if (syllables.size() >= MIN_INITIALS) {
                byFirstTwo.computeIfAbsent(syllables.get(0) + " " + syllables.get(1), k -> new ArrayList<>())
                        .add(new Candidate(i, known.get(i), syllables));
                String initials = syllables.stream().map(s -> s.substring(0, 1)).reduce("", String::concat);
                byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(known.get(i));
            }
        }
    }

    /** True when {@code folded} is the initials of exactly one known person ("pbm"). */
    boolean standsFor(String folded) {
        return byInitials.getOrDefault(folded, List.of()).size() == 1;
    }

    /** The person {@code words} name, or null. */
    Found find(List<Word> words) {
        List<String> folded = words.stream().map(Word::folded).toList();
        Found best = null;
        for (Candidate candidate : candidatesIn(folded)) {
            Found found = longestSuffixNamed(candidate, words, folded);
            if (found != null && (best == null || found.to() - found.from() > best.to() - best.from())) {
                best = found;
            }
        }
        if (best != null) {
            return best;
        }
        Found initials = byInitials(words);
        return initials != null ? initials : withOneSyllableMistyped(words, folded);
    }

    /**
     * The one known person named in full but for one letter of a syllable after the first two ("Trần Lưu
     * Quan" for Trần Lưu Quang, "Đỗ Thị Min Châu"), capitalised as a name: a person the question surely means, not one the reports lack, and
     * not words that happen to begin like a name ("le tan to chuc" is no "Lê Tấn Tới").
     */
    private Found withOneSyllableMistyped(List<Word> words, List<String> folded) {
        for (int at = 0; at + 2 < folded.size(); at++) {
            for (Candidate c : byFirstTwo.getOrDefault(folded.get(at) + " " + folded.get(at + 1), List.of())) {
                int length = c.syllables().size();
                if (at + length > folded.size()) {
                    continue;
                }
                // every syllable after the first two as the name has it, but one with one letter off
                int off = 0;
                for (int i = 2; i < length && off <= 1; i++) {
                    String typed = folded.get(at + i);
                    String syllable = c.syllables().get(i);
                    off += typed.equals(syllable) ? 0 : oneLetterOff(typed, syllable) && typed.charAt(0) == syllable.charAt(0) ? 1 : 2;
                }
                boolean capitalised = words.subList(at, at + length).stream().allMatch(w -> Character.isUpperCase(w.text().charAt(0)));
                if (off == 1 && capitalised && !goesOn(words, at + length)) {
                    return new Found(c.person(), at, at + length);
                }
            }
        }
        return null;
    }

    /** True when {@code a} is {@code b} with one letter added, dropped or changed. */
    private static boolean oneLetterOff(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.length() == b.length() ? a.substring(i + 1).equals(b.substring(i + 1))
                : a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
    }

    /**
     * The one known person whose initials a word is ("PBM", "tlq"), when the words name nobody in full: a
     * word no syllable is shaped like, so "can" or "gia" never is.
     */
    private Found byInitials(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).folded();
            List<Person> named = byInitials.getOrDefault(w, List.of());
            if (named.size() == 1 && w.chars().allMatch(Character::isLetter) && !Syllables.looksLikeOne(w)) {
                return new Found(named.getFirst(), i, i + 1);
            }
        }
        return null;
    }

    /** The people whose last syllable {@code folded} has, in the order they were listed. */
    private List<Candidate> candidatesIn(List<String> folded) {
        List<Candidate> found = new ArrayList<>();
        new LinkedHashSet<>(folded).forEach(word -> found.addAll(byLastSyllable.getOrDefault(word, List.of())));
        found.sort(Comparator.comparingInt(Candidate::order));
        return found;
    }

    private Found longestSuffixNamed(Candidate candidate, List<Word> words, List<String> folded) {
        List<String> name = candidate.syllables();
        // the only known person so called, after any title: their role is the latest the reports give, and a
        // question may use an earlier one ("Thủ tướng Phúc" of a report from before he became President)
        boolean onlyOne = byLastSyllable.get(name.getLast()).size() == 1;
        for (int length = name.size(); length >= 1; length--) {
            List<String> suffix = name.subList(name.size() - length, name.size());
            int at = Collections.indexOfSubList(folded, suffix);
            while (at >= 0) {
                boolean partOfTheName = length == name.size() || endOfTheName(words, at, length);
                boolean named = !goesOn(words, at + length) && partOfTheName
                        && (length >= 2 ? writtenAsTheName(words, at, length) && markedAsTheName(words, at, candidate, length)
                        && (length == name.size() || !insideAPhrase(words, at, length))
                        : markedAsTheName(words.get(at), candidate.person())
                        && (afterHonorific(words, at) || afterATitle(candidate.person(), words, at,
                        onlyOne && writtenAsAName(words.get(at)))));
                if (named) {
                    return new Found(candidate.person(), at, at + length);
                }
                int next = Collections.indexOfSubList(folded.subList(at + 1, folded.size()), suffix);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return null;
    }

    /**
     * True when a capitalised word follows at {@code at} with nothing between: the name written goes on
     * ("Lê Văn Thành" is not Ngô Lê Văn, though it has his last two syllables).
     */
    private static boolean goesOn(List<Word> words, int at) {
        if (at >= words.size() || words.get(at).start() - words.get(at - 1).end() != 1) {
            return false;
        }
        String next = words.get(at).text();
        return Character.isUpperCase(next.codePointAt(0)) && next.chars().skip(1).noneMatch(Character::isUpperCase)
                && Lexicon.get().titles().at(words, at).isEmpty() && Lexicon.get().names().at(words, at).isEmpty();
    }

    /**
     * True when words [at, at + length), the end of a name without its first syllables, stand on their own:
     * they do not begin inside another name nor end inside the words that ask ("Liên Hợp Quốc bao nhiêu"
     * names no Trần Quốc Bảo).
     */
    private static boolean endOfTheName(List<Word> words, int at, int length) {
        int end = at + length;
        return Lexicon.get().names().find(words).stream().noneMatch(n -> n.from() < at && n.to() > at)
                && Lexicon.get().questionCues().find(words).stream().noneMatch(c -> c.from() < end && c.to() > end - 1);
    }

    /**
     * True when words [at, at + length) are the end of {@code person}'s name, not a title's end and a name
     * ("bộ trưởng Sơn" is a minister called Sơn, not Nguyễn Trường Sơn).
     */
    private static boolean writtenAsTheName(List<Word> words, int at, int length) {
        for (int from = Math.max(0, at - 4); from < at; from++) {
            var title = Lexicon.get().titles().at(words, from);
            if (title.isPresent() && title.get().to() > at && title.get().to() < at + length) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every word of [at, at + length), the end of {@code candidate}'s name, is typed without marks or
     * with the name's own: "tham vấn thanh niên" names no one called Văn Thành.
     */
    private static boolean markedAsTheName(List<Word> words, int at, Candidate candidate, int length) {
        String[] name = VietnameseText.normalize(candidate.person().name().toLowerCase(java.util.Locale.ROOT)).split(" ");
        for (int i = 0; i < length; i++) {
            Word word = words.get(at + i);
            if (word.accented() && !VietnameseText.normalize(word.lower()).equals(name[name.length - length + i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when words [at, at + length), typed in lowercase without marks, stand between two such words of the
     * question: "tham van thanh nien" is "tham vấn thanh niên", not Văn Thành; a name typed alone is more often
     * capitalised, or follows a title or an honorific.
     */
    private static boolean insideAPhrase(List<Word> words, int at, int length) {
        int end = at + length;
        if (at == 0 || end >= words.size()) {
            return false;
        }
        return words.subList(at - 1, end + 1).stream().allMatch(w -> !w.accented() && Character.isLowerCase(w.text().codePointAt(0)))
                && !afterHonorific(words, at) && Lexicon.get().titles().find(words.subList(0, at)).stream().noneMatch(t -> t.to() == at);
    }

    /**
     * True when {@code word}, standing alone for {@code person}'s name, is typed without marks or with the
     * name's own: "Thủ tướng năm 2024" names no one called Nam, "Bộ trưởng Son" is Sơn.
     */
    private static boolean markedAsTheName(Word word, Person person) {
        String last = person.name().substring(person.name().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return !word.accented() || VietnameseText.normalize(word.lower()).equals(VietnameseText.normalize(last));
    }

    /**
     * True when {@code word} is written as a name is, capitalised or with its marks: after a title its
     * holder does not hold, a lowercase syllable typed without marks is more often a word of the question
     * ("người phát ngôn trong họp báo" names no one called Trọng).
     */
    private static boolean writtenAsAName(Word word) {
        return word.accented() || Character.isUpperCase(word.text().codePointAt(0));
    }

    private static boolean afterHonorific(List<Word> words, int at) {
        return at >= 1 && isHonorific(words.subList(at - 1, at)) || at >= 2 && isHonorific(words.subList(at - 2, at));
    }

    /**
     * True when a title ends right before word {@code at} that {@code person} holds ("Phó Thủ tướng Quang"),
     * or, when {@code anyTitle}, any title but the one they are a deputy of.
     */
    private static boolean afterATitle(Person person, List<Word> words, int at, boolean anyTitle) {
        for (int from = Math.max(0, at - 4); from < at; from++) {
            var title = Lexicon.get().titles().at(words, from);
            if (title.isPresent() && title.get().to() == at
                    && (anyTitle && !isDeputyOf(person, title.get().value())
                    || vn.baocao.report.Mentions.holderOf(title.get().value(), List.of(person)) != null)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code person} is a deputy of {@code title}: "Thủ tướng Quang" is not Phó Thủ tướng Trần Lưu Quang. */
    private static boolean isDeputyOf(Person person, String title) {
        return VietnameseText.fold(person.role()).contains("pho " + VietnameseText.fold(title));
    }

    private static boolean isHonorific(List<Word> words) {
        return Lexicon.get().frame().at(words, 0).filter(m -> m.to() == words.size())
                .map(m -> m.value().equals("honorific")).orElse(false)
                && !words.getLast().lower().equals("ba"); // "ba" is more often "three" than "bà"
    }
}
