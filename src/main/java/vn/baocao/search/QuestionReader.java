package vn.baocao.search;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.index.DateMention;
import vn.baocao.lexicon.Canonical;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.PhraseTable.Match;
import vn.baocao.lexicon.SpeechKind;
import vn.baocao.lexicon.Syllables;
import vn.baocao.lexicon.Word;
import vn.baocao.lexicon.Words;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Person;
import vn.baocao.report.Require;
import vn.baocao.text.Ordinals;
import vn.baocao.text.VietnameseText;

/**
 * Reads a question once, typed in Vietnamese with or without diacritics, with the abbreviations people
 * use, or in simple English, into an {@link Intent}: its form, the kind of statement it asks about,
 * the people, titles, meeting, dates, numbers, names and premise it names, and its topic.
 *
 * <p>The question is only ever read as plain text: {@code AND ( " *:* title:x~} are characters like any
 * other. Any string is accepted: an empty or emoji-only question gives an intent with no terms, and a
 * very long one is cut to its first {@link #MAX_TERMS} distinct words. Immutable and thread-safe.
 */
public final class QuestionReader {
    /** The most words a query searches for; the rest of a longer question is ignored. */
    public static final int MAX_TERMS = 64;
    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])[12][0-9]{3}(?![0-9])");
    /** Words in round brackets. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    /** "nhiệm kỳ 2020-2021" names a term of office, not a year to filter on. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![0-9])[0-9]{4}\\s*[-–—]\\s*[0-9]{4}(?![0-9])");
    /** A run of years: "2019-2023", "từ 2019 đến 2023", "2019 to 2023"; not after "nhiệm kỳ". */
    private static final Pattern SPAN = Pattern.compile("(?<!nhiem ky |term )(?:tu |from )?((?:19|20)[0-9]{2})\\s*"
            + "(?:[-–—]|den|toi|to)\\s*((?:19|20)[0-9]{2})(?![0-9])");
    /** "lần thứ 32", "Hội nghị Ngoại giao 32": the number of a numbered meeting. */
    /** Words that come before a meeting's kind in the run that names it: "tại hội nghị", "o HN". */
    private static final Set<String> OCCASION_BEFORE = Set.of("tai", "o", "hoi", "nghi", "hn");
    /** Words after a meeting's kind that go on naming it: its work, period, ministry ("công tác 6 tháng đầu năm"). */
    private static final Set<String> OCCASION_AFTER = Set.of("cong", "tac", "nganh", "thang", "dau", "cuoi", "nam",
            "lan", "thu", "cua", "bo", "bng");
    /** Words after which "ngoại giao" is the ministry's or the service's, named with the meeting ("tổng kết NG"). */
    private static final Set<String> OCCASION_OF_THE_MINISTRY = Set.of("nganh", "tac", "bo", "ket");
    /** Words after which a number tells the meeting: "năm 2019", "lần thứ 32". */
    private static final Set<String> OCCASION_NUMBERED = Set.of("nam", "thu", "lan");
    /** Words that cannot end the run: "… của" asks of something else. */
    private static final Set<String> OCCASION_DANGLING = Set.of("cua", "bo", "nam", "lan", "thu");
    /**
     * The number of a numbered meeting: after "lần (thứ)", or right after the name of the conferences the
     * ministry numbers in the tens ("HNNG 32", "hội nghị ngoại vụ 21"; "hội nghị ngoại vụ 7 tỉnh" counts
     * provinces).
     */
    private static final Pattern ORDINAL = Pattern.compile(
            "(?:lan(?: thu)?) ([0-9]{1,3})(?![0-9/])|(?:hoi nghi ngoai giao|hoi nghi ngoai vu(?: toan quoc)?) ([1-9][0-9]{1,2})(?![0-9/])"
                    + "|lan thu (" + Ordinals.FOLDED_WORDS + ")(?![a-z])");
    private static final int MAX_QUALIFIER = 4;
    /** How far after "sơ kết" the document a review is of may be named: "sơ kết 6 tháng triển khai Nghị quyết". */
    private static final int REVIEWED_DOCUMENT_REACH = 6;
    /** The words before a person that make them the one spoken to, folded: "báo cáo với", "đề nghị lên". */
    private static final Set<String> ADDRESSING = Set.of("voi", "len", "gui");
    /** The kinds of numbered document, folded, as reports write them. */
    private static final Map<String, String> DOCUMENT_KINDS = Map.of("chi thi", "Chỉ thị", "nghi quyet", "Nghị quyết",
            "nghi dinh", "Nghị định", "thong tu", "Thông tư", "ket luan", "Kết luận", "quyet dinh", "Quyết định");
    /** The kinds whose name followed by a number is always a document: no verb and no count is written so. */
    private static final Set<String> STRONG_DOCUMENT_KINDS = Set.of("Chỉ thị", "Nghị quyết", "Nghị định", "Thông tư");
    /** How many words after "những"/"các" the "nào" of "những huyện nào" may come. */
    /** The verbs between an amount and "bao nhiêu" after it: "là", "đạt", "tăng", "giảm". */
    private static final Set<String> AMOUNT_VERBS = Set.of("la", "dat", "tang", "giam");
    private static final int WHICH_ONES_REACH = 5;
    /** How far "nào" may close "những" when an occasion's name, which may be long, stands between them. */
    private static final int OCCASIONS_REACH = 9;
    /** The smallest group a question counts and then asks which of: "2 đối tác … đối tác nào". */
    private static final int MIN_COUNTED_GROUP = 2;
    /** The smallest group whose members' names a question asks as a list. */
    private static final int MIN_NAMED_GROUP = 3;
    /** Words that, before a number, say what the number is: "năm 2022", "tháng 7", "ngày 5", "lần 21". */
    private static final Set<String> NUMBER_NOUNS = Set.of("nam", "thang", "ngay", "lan", "thu");
    /** Words of a period of a year: "6 tháng đầu", "cả năm", "cuối năm". */
    private static final Set<String> PERIOD_WORDS = Set.of("dau", "cuoi", "ca", "giua");
    private static final int MAX_UNIT = 2;
    /** The words after "số" that make it no count, folded: "so sánh", "so với", "số liệu", "số hóa", "số mấy". */
    private static final Set<String> NOT_COUNTED_AFTER_SO = Set.of("sanh", "voi", "lieu", "hoa", "may", "phan", "dong");
    /** The words, folded, that offer alternatives: "tăng hay giảm", "giảm hoặc tăng". */
    private static final Set<String> ALTERNATIVES = Set.of("hay", "hoac", "or");
    private static final int MAX_NAME = 4;
    /** A quotation: "…", “…”, '…', ‘…’ (an apostrophe inside a word does not open one). */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]+\"|“[^”]+”|(?<![\\p{L}])'[^']+'(?![\\p{L}])|‘[^’]+’");
    private static final Pattern PUNCTUATION = Pattern.compile("[,.;:!?()\\[\\]\"“”]");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,.;:!?\"“”]");

    /** How many passages a pair needs to correct a word shaped like a syllable into it. */
    private static final int MIN_PAIR_PASSAGES = 5;
    /** Passages that must write a name's two words together for a word typed as another to be read as it. */
    private static final int MIN_NAME_PASSAGES = 2;
    private final Lexicon lexicon = Lexicon.get();
    private final PersonMatcher people;
    private final Vocabulary vocabulary;

    /** What the reader may ask of the indexed reports' words: how common a word is, and how to spell one it lacks. */
    public interface Vocabulary {
        /** The number of passages containing {@code folded}, one folded word or two. */
        int docFrequency(String folded);

        /** The indexed words nearest {@code folded}, a word no passage contains, nearest first; empty if none is near. */
        List<String> spellings(String folded);

        /**
         * The folded phrase that {@code initials}, shorthand no passage has, stands for in the passages that
         * {@code context}, the question's other folded words, finds; empty when none has such a phrase.
         */
        default Optional<String> initialism(String initials, List<String> context) {
            return Optional.empty();
        }

        /**
         * The name ("Quảng Trị"), as the passages write it, that {@code initials}, shorthand commonly standing
         * for the folded {@code usual} ("quoc te"), stands for in the passages that {@code context}, the
         * question's other folded words, finds, when those passages write it as a name and have it more than
         * {@code usual}.
         */
        default Optional<String> nameFor(String initials, String usual, List<String> context) {
            return Optional.empty();
        }

        /** The indexed words one letter from {@code folded}, a word some passage contains, nearest first. */
        default List<String> neighbours(String folded) {
            return List.of();
        }

        /** A vocabulary that knows no words: nothing is corrected. */
        Vocabulary NONE = new Vocabulary() {
            @Override
            public int docFrequency(String folded) {
                return 0;
            }

            @Override
            public List<String> spellings(String folded) {
                return List.of();
            }
        };
    }

    /** A reader that recognises the people in {@code knownPeople} and corrects no spelling. */
    public QuestionReader(List<Person> knownPeople) {
        this(knownPeople, Vocabulary.NONE);
    }

    /** A reader that recognises {@code knownPeople} and corrects misspelt words against {@code vocabulary}. */
    public QuestionReader(List<Person> knownPeople, Vocabulary vocabulary) {
        this.people = new PersonMatcher(List.copyOf(Require.notNull(knownPeople, "known people")));
        this.vocabulary = Require.notNull(vocabulary, "vocabulary");
    }

    /** The intent of {@code question}; never null. */
    public Intent read(String question) {
        Require.notNull(question, "question");
        String normal = VietnameseText.normalize(question);
        Optional<EnglishQuestions.Reading> english = EnglishQuestions.toVietnamese(normal);
        String text = placesAsWritten(english.isPresent() ? written(english.get().text()) : writtenOut(spelled(written(normal))));
        Set<String> untranslated = english.map(EnglishQuestions.Reading::untranslated).orElse(Set.of());
        String lower = text.toLowerCase(Locale.ROOT);
        List<Integer> years = new ArrayList<>(years(lower));
        // "ai nói tình hữu nghị 'vẫn nguyên vẹn như năm 1969'": a year only inside the words quoted is theirs,
        // whatever language the question is in
        years.removeIf(year -> !years(QUOTED.matcher(normal.toLowerCase(Locale.ROOT)).replaceAll(" ")).contains(year)
                && normal.contains(String.valueOf(year)));
        List<DateMention> dates = DateMention.findAll(lower);
        List<Word> words = Words.of(withoutDates(text, dates));
        Reading reading = new Reading(question, text, english.isPresent(), words, years, dates, untranslated);
        Intent whole = reading.intent(List.of());
        List<String> sides = reading.meetingSides();
        if (!sides.isEmpty()) {
            // "X làm gì ở HN A và ở HN B", "HN A và HN B diễn ra khi nào, ở đâu": each meeting asked on its own
            List<Intent> parts = new ArrayList<>();
            for (String side : sides) {
                Intent read = readWhole(question, side, english.isPresent(), untranslated);
                parts.addAll(read.parts().isEmpty() ? List.of(read) : read.parts());
            }
            return reading.intent(parts);
        }
        List<Person> compared = whole.form() == Form.COMPARE && !whole.namesAMeeting() && whole.years().isEmpty()
                ? reading.twoPeopleNamed() : List.of();
        if (!compared.isEmpty()) {
            // "Nguyễn Ngọc Bích và Nguyễn Bích Ngọc khác nhau thế nào?": who each is, the roles the reports give them
            return reading.intent(compared.stream()
                    .map(p -> read(question, p.name() + " " + ROLES_ASKED, english.isPresent(), untranslated)).toList());
        }
        return withParts(reading, whole, question, english.isPresent(), untranslated);
    }

    /** One side of a question about two meetings, read with the things it asks at once as its parts. */
    private Intent readWhole(String question, String text, boolean english, Set<String> untranslated) {
        Reading reading = reading(question, text, english, untranslated);
        return withParts(reading, reading.intent(List.of()), question, english, untranslated);
    }

    /** {@code whole}, or when it asks several things at once, the intent with each of them read as a part. */
    private Intent withParts(Reading reading, Intent whole, String question, boolean english, Set<String> untranslated) {
        List<String> parts = reading.partTexts(whole);
        return parts.isEmpty() ? whole
                : reading.intent(parts.stream().map(part -> read(question, part, english, untranslated)).toList());
    }

    private Reading reading(String question, String text, boolean english, Set<String> untranslated) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<DateMention> dates = DateMention.findAll(lower);
        return new Reading(question, text, english, Words.of(withoutDates(text, dates)), years(lower), dates, untranslated);
    }

    /** One part of a question that asks several things, read on its own: {@code text} is in the reader's words already. */
    private Intent read(String question, String text, boolean english, Set<String> untranslated) {
        return reading(question, text, english, untranslated).intent(List.of());
    }

    /** The question words that ask for one thing each: two of them in one question ask two questions. */
    private static final Set<String> ASKING = Set.of("who", "when", "where", "how-many", "what", "which-meeting");
    /** A document's number, whose letters are a code, not abbreviations to write out: "12-KL/TW", "27/BC-BNG". */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+[-/]\\p{Lu}{1,8}(?:[-/]\\p{Lu}{1,8})+(?![\\p{L}\\d])");
    /** A report's or a notice's number, which names it: "312/BC-BNG", "15/TB-SNV" (not a directive's "25-CT/TW"). */
    private static final Pattern REPORT_NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+/(?:BC|TB)-\\p{L}", Pattern.CASE_INSENSITIVE);
    /** An abbreviation written with its number: "HNNG31", "hn32". */
    private static final Pattern GLUED = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}{2,6})(\\d{1,3})(?![\\p{L}\\p{N}])");
    /** Cue meanings that ask nothing: words to leave out, a noun that asks who only before an act, the next page. */
    private static final Set<String> NOT_ASKING = Set.of("filler", "agent", "more");
    /** The words that ask the day in "ban hành ngày nào", "ký khi nào", folded. */
    private static final Set<String> WHEN_WORDS = Set.of("vao", "ngay", "khi", "luc");
    /** Credits cues that ask of a report only in a question that names one: "ký ngày nào", "lượt xem", "ai ký". */
    private static final Set<String> REPORT_BOUND = Set.of("credits-issued", "credits-views", "credits-signed");
    /** What a question calls a report, folded: "báo cáo", "văn bản", "tài liệu", "công văn", "bản tin", "thông báo". */
    private static final Set<String> REPORT_NOUNS = Set.of("bao cao", "van ban", "tai lieu", "cong van", "ban tin", "thong bao");
    /** The words that name a report itself, not what it says: framed in a question about its credits. */
    private static final Set<String> ARTICLE_WORDS = Set.of("bài", "viết", "tin", "báo", "cáo", "văn", "bản");
    /** How many words from a review's name its half year may be written: "the first-half 2023 review conference". */
    private static final int HALF_YEAR_REACH = 8;
    /** "6", "06" and "sáu", folded: the count of a half year's months. */
    private static final Set<String> SIX = Set.of("6", "06", "sau");
    /** The fewest letters of a shorthand the reports' own phrase may stand for instead of the lexicon's. */
    private static final int MIN_INITIALISM = 4;
    /** The shortest word taken for a mistyped name when one letter off a word of the reports. */
    private static final int MIN_NAME_TYPO = 6;
    /** The shortest word taken for one of the reports' with a letter added ("nghach"). */
    private static final int MIN_ADDED_LETTER_TYPO = 5;
    /** The fewest words with diacritics that make a question one typed with them. */
    private static final int MIN_MARKED_WORDS = 2;
    /** The shortest acronym taken for a mistyped one of the reports: "ASAEN" is ASEAN, "TCCS" is a shorthand. */
    private static final int MIN_ACRONYM_TYPO = 5;
    private static final org.apache.lucene.search.spell.LevenshteinDistance LEVENSHTEIN =
            new org.apache.lucene.search.spell.LevenshteinDistance();
    /** Words that make the part of a meeting after them a thing: "Ban Chỉ đạo", "theo chỉ đạo", "các kết luận". */
    private static final Set<String> NOUN_BEFORE_A_PART = Set.of("ban", "theo", "cac", "nhung");
    /**
     * The acts of a meeting a question may ask whether someone did ("TTg có dự không?"); "có nhắc … khi kết
     * luận hội nghị không?" asks what they said in a part of it.
     */
    private static final Set<String> TAKING_PART = Set.of("presided", "attended", "spoke");
    /** The acts of a meeting a question may ask who did. */
    private static final Set<String> ACTS = Set.of("presided", "attended", "spoke", "spoke-act");
    /** The words that join the two sides of a question about two meetings. */
    private static final Set<String> JOINING = Set.of("va", "and", "voi", "vs", "versus", "hay", "hoac");
    /** The words before a title that say someone holds it, folded: "là Thủ tướng", "làm Bộ trưởng". */
    private static final Set<String> SAYING_A_ROLE = Set.of("la", "lam");
    /** The fewest words besides its question word a clause needs to ask the same as the one before it again. */
    private static final int MIN_OWN_WORDS = 2;
    /** What a comparison of two people asks of each: every role the reports give them. */
    private static final String ROLES_ASKED = "giữ những chức vụ gì";
    /** The word of a cue that names a total rather than asks for one, folded: "tổng số cán bộ, công chức là bao nhiêu". */
    private static final String TOTAL_WORD = "tong";
    /** The words before a meeting that say it is where something happened: "ở HN cửa khẩu", "tại lễ khai mạc". */
    private static final Set<String> PLACE_WORDS = Set.of("o", "tai", "trong");
    /** The words between a title and where its holder is posted: "Đại sứ tại Lào", "ambassador to Lào" read as "tại". */
    private static final Set<String> POSTED = Set.of("tai", "o");

    /** A cue's meaning with its grain dropped: "when-day" is "when". */
    private static String meaningOf(Match<String> cue) {
        return cue.value().startsWith("when-") ? "when" : cue.value().startsWith("compare-") ? "compare"
                : cue.value().startsWith("credits-") ? "credits" : cue.value();
    }

    /**
     * {@code text} with its abbreviations and chat shorthand written out: "BNG" → "Bộ Ngoại giao", "HN" →
     * "hội nghị", "HNNG31" → "Hội nghị Ngoại giao 31", "CT15" → "chỉ thị 15", "bn" → "bao nhiêu".
     */
    private String written(String text) {
        // "HNNG31" is a shorthand and its number; "AMM57" the reports' "AMM-57", which no passage writes glued
        text = GLUED.matcher(text).replaceAll(m -> lexicon.abbreviationAt(Words.of(m.group(1)), 0).isPresent()
                || isWrittenApart(m.group(1), m.group(2)) ? m.group(1) + " " + m.group(2) : m.group());
        List<Word> words = Words.of(text);
        boolean[] numbered = inDocumentNumbers(text, words);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < words.size(); ) {
            int at = i;
            Optional<Match<String>> m = numbered[at] || endsAName(words, at) ? Optional.empty()
                    : longer(lexicon.abbreviationAt(words, at), lexicon.shorthand().at(words, at));
            if (m.isEmpty()) {
                i++;
                continue;
            }
            out.append(text, copied, words.get(i).start()).append(asTheReportsHaveIt(words, at, m.get()));
            copied = words.get(m.get().to() - 1).end();
            i = m.get().to();
        }
        return out.append(text.substring(copied)).toString();
    }

    /**
     * {@code text} with each place written as the reports write it when they never write it as typed: the
     * "Mexico", "Angola" of a question are the "Mê-hi-cô", "Ăng-gô-la" of an official report, and the
     * reverse. A place the reports write as typed, or in no form, stays as it is.
     */
    private String placesAsWritten(String text) {
        if (vocabulary == Vocabulary.NONE) {
            return text;
        }
        List<Word> words = Words.of(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Match<String> m : lexicon.names().find(words)) {
            if (!lexicon.isPlace(m.value())) {
                continue;
            }
            String typed = String.join(" ", words.subList(m.from(), m.to()).stream().map(Word::folded).toList());
            if (vocabulary.docFrequency(typed) > 0) {
                continue;
            }
            // a form of one syllable folds onto common words ("Mỹ" onto "my"): its count says nothing of the place
            String written = null;
            int passages = 0;
            for (String form : lexicon.formsOf(m.value())) {
                int count = Words.of(form).size() > 1 || !Syllables.looksLikeOne(folded(form))
                        ? vocabulary.docFrequency(folded(form)) : 0;
                if (count > passages) {
                    written = form;
                    passages = count;
                }
            }
            if (written != null) {
                out.append(text, copied, words.get(m.from()).start()).append(written);
                copied = words.get(m.to() - 1).end();
            }
        }
        return out.append(text.substring(copied)).toString();
    }

    /** {@code text}'s words folded, one space apart: "Mê-hi-cô" is "me hi co". */
    private static String folded(String text) {
        return String.join(" ", VietnameseText.foldedWords(text));
    }

    /**
     * What the shorthand {@code m} at word {@code at} stands for: an initialism of four letters or more
     * ("PCTN") is the phrase the passages found with the question's other words have for it ("phòng, chống
     * tham nhũng" in a report on anti-corruption work) when that is another than the lexicon's ("Phó Chủ tịch
     * nước"); any other shorthand is the lexicon's.
     */
    private String asTheReportsHaveIt(List<Word> words, int at, Match<String> m) {
        String folded = words.get(at).folded();
        boolean shorthand = m.size() == 1 && Initialisms.couldBe(folded)
                && lexicon.shorthand().at(words, at).filter(s -> s.equals(m)).isPresent();
        if (!shorthand) {
            return m.value();
        }
        List<String> context = java.util.stream.IntStream.range(0, words.size()).filter(j -> j != at)
                .mapToObj(j -> words.get(j).folded()).toList();
        String usual = VietnameseText.fold(m.value());
        if (folded.length() < MIN_INITIALISM) {
            // two or three letters stand for many phrases: only a name the passages write outweighs the usual one
            return vocabulary.nameFor(folded, usual, context).orElse(m.value());
        }
        return vocabulary.initialism(folded, context)
                .filter(phrase -> !phrase.equals(usual))
                .orElse(m.value());
    }

    /** The longer of two matches at one place, the first when as long: "CT UBND" is a chairman, "CT" a directive. */
    private static Optional<Match<String>> longer(Optional<Match<String>> first, Optional<Match<String>> second) {
        if (first.isEmpty() || second.isPresent() && second.get().size() > first.get().size()) {
            return second;
        }
        return first;
    }

    /**
     * True when the word at {@code at} is written like a name's last word and follows one ("Nguyễn Phương
     * Nga"): a short form such as "Nga" or "Mỹ" stands for a country only outside a person's name.
     */
    private boolean endsAName(List<Word> words, int at) {
        if (at == 0 || !isTitleCase(words.get(at)) || !isTitleCase(words.get(at - 1))
                || words.get(at).start() - words.get(at - 1).end() != 1) {
            return false;
        }
        // the question's first word is capitalised as its start, unless it is a family name
        return at - 1 > 0 || lexicon.isSurname(words.get(at - 1), false);
    }

    /** True when {@code word} is capitalised and the rest of it is lower case ("Nga", not "BNG"). */
    private static boolean isTitleCase(Word word) {
        String t = word.text();
        return t.length() > 1 && Character.isUpperCase(t.codePointAt(0)) && t.substring(1).equals(t.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** What a word of a question is to be read as instead, given all its words and which the lexicon knows. */
    private interface WordRewrite {
        Optional<String> at(List<Word> words, boolean[] known, int i);
    }

    /** True when the passages have {@code letters} as a word of its own and never the two glued together. */
    private boolean isWrittenApart(String letters, String number) {
        String word = VietnameseText.fold(letters);
        return vocabulary.docFrequency(word + number) == 0 && vocabulary.docFrequency(word) > 0;
    }

    /** {@code text} with each word that {@code rewrite} gives another reading written as that reading. */
    private String rewritten(String text, WordRewrite rewrite) {
        if (vocabulary == Vocabulary.NONE) {
            return text;
        }
        List<Word> words = Words.of(text);
        boolean[] known = inLexicon(words);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            Optional<String> instead = rewrite.at(words, known, i);
            if (instead.isPresent()) {
                out.append(text, copied, words.get(i).start()).append(instead.get());
                copied = words.get(i).end();
            }
        }
        return out.append(text.substring(copied)).toString();
    }

    /**
     * {@code text} with each word that no passage has and no Vietnamese syllable is shaped like (a typo)
     * replaced by the indexed syllable nearest it when that forms a known pair with a neighbour ("hoi
     * nghji" → "hoi nghi"): a lone correction could turn a word the reports lack into one they have.
     */
    private String spelled(String text) {
        return rewritten(text, this::spelling);
    }

    private Optional<String> spelling(List<Word> words, boolean[] known, int i) {
        Optional<String> sounded = soundedAlike(words, known, i);
        if (sounded.isPresent()) {
            return sounded;
        }
        Word w = words.get(i);
        boolean acronym = w.text().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (w.folded().length() < 3 || !w.folded().chars().allMatch(Character::isLetter) || known[i]) {
            return Optional.empty();
        }
        if (vocabulary.docFrequency(w.folded()) > 0) {
            return anotherWordMeant(words, i);
        }
        if (Syllables.looksLikeOne(w.folded())) {
            // a foreign name's syllable typed in the letters of its language, which the reports write in Vietnamese
            // ones beside the name's other syllable ("Mê Kông" written "Mê Công")
            Optional<String> respelt = Syllables.respelt(w.folded()).stream()
                    .filter(s -> pairsWithANeighbour(words, i, s)).findFirst();
            if (respelt.isPresent()) {
                return respelt.map(s -> asTyped(w, s));
            }
            // a word shaped like a syllable is a word, known to the reports or not ("tiết" of "thời tiết", "còn"), unless
            // the reports have none like it, and two of its letters swapped make their pair with a neighbour ("ngoai
            // gioa", "van hao"): a swap is how fingers slip, a letter changed is as often another word
            // — or, a word no passage has, one letter short of a longer word of theirs that pairs with a
            // neighbour ("gia nhập ASEN", "asen": a letter dropped, which a shorter word cannot be)
            List<String> suggested = vocabulary.spellings(w.folded());
            // a letter dropped, or one added to a long word ("kim nghach" for "kim ngạch"; a short one less a letter is
            // as often another word: "con" is no "co"): either way the word it makes pairs with a neighbour
            Optional<String> dropped = suggested.stream().filter(s -> (isALetterShort(w.folded(), s)
                            || w.folded().length() >= MIN_ADDED_LETTER_TYPO && isALetterShort(s, w.folded()))
                    && pairsWithANeighbour(words, i, s)).findFirst()
                    .map(s -> acronym ? s.toUpperCase(Locale.ROOT) : s);
            return acronym ? dropped : suggested.stream()
                    .filter(s -> swapsTwoLetters(w.folded(), s) && pairsOftenWithANeighbour(words, i, s))
                    .findFirst().or(() -> dropped)
                    // a letter changed, when the word it makes stands often with a neighbour ("ngang ngoai giao")
                    .or(() -> suggested.stream().filter(s -> s.length() == w.folded().length()
                            && pairsOftenWithANeighbour(words, i, s)).findFirst());
        }
        if (acronym && w.folded().length() < MIN_ACRONYM_TYPO) {
            // a short one is a shorthand to write out, not a typo to look up, unless a letter of a word of
            // the reports beside it was dropped ("gia nhập ASEN")
            return vocabulary.spellings(w.folded()).stream().filter(s -> isALetterShort(w.folded(), s)
                    && pairsWithANeighbour(words, i, s)).findFirst()
                    .map(s -> s.toUpperCase(Locale.ROOT));
        }
        List<String> suggested = vocabulary.spellings(w.folded());
        if (acronym) {
            // an acronym of the reports mistyped ("ASAEN", "UNESSCO")
            return suggested.stream().filter(s -> swapsTwoLetters(w.folded(), s)
                            || w.folded().length() >= MIN_NAME_TYPO && oneEditApart(w.folded(), s)).findFirst()
                    .map(s -> s.toUpperCase(Locale.ROOT));
        }
        return withoutDoubledLetter(w.folded())
                .or(() -> suggested.stream()
                        .filter(s -> Syllables.looksLikeOne(s) && (pairsWithANeighbour(words, i, s) || formsAPhrase(words, i, s)))
                        .findFirst())
                // a long word one letter off a word of the reports is a name mistyped ("Washinton", "Campuchea")
                .or(() -> w.folded().length() < MIN_NAME_TYPO ? Optional.empty()
                        : suggested.stream().filter(s -> oneEditApart(w.folded(), s)).findFirst())
                // two letters swapped in an acronym or a name ("asaen", "Campucia" is not one)
                .or(() -> suggested.stream().filter(s -> swapsTwoLetters(w.folded(), s)).findFirst())
                // a letter dropped from a word of the reports beside its neighbour ("gia nhap asen")
                .or(() -> suggested.stream().filter(s -> isALetterShort(w.folded(), s) && pairsWithANeighbour(words, i, s))
                        .findFirst())
                // a foreign name the reports write syllable by syllable ("Dubai" as "Đu-bai")
                .or(() -> new Transliterations(vocabulary::docFrequency).of(w.folded())
                        .map(syllables -> asTyped(w, String.join("-", syllables))));
    }

    /**
     * Word {@code i} typed with "x" for the "s" it sounds like in much of the country, or the other way ("dai xu" for
     * "đại sứ"): when the word as typed stands beside neither neighbour in any passage, and the other spelling
     * often does. A word of any length, since the short ones are the ones so mistyped.
     */
    private Optional<String> soundedAlike(List<Word> words, boolean[] known, int i) {
        Word w = words.get(i);
        String typed = w.folded();
        if (known[i] || w.accented() || typed.length() < 2 || !typed.chars().allMatch(Character::isLetter)
                || !(typed.startsWith("s") || typed.startsWith("x"))) {
            return Optional.empty();
        }
        String other = (typed.startsWith("s") ? "x" : "s") + typed.substring(1);
        // a word no passage has pairs with nothing: one term's count spares most questions the pairs' counts
        boolean meant = vocabulary.docFrequency(other) > 0 && pairsOftenWithANeighbour(words, i, other)
                && !pairsWithANeighbour(words, i, typed);
        return meant ? Optional.of(asTyped(w, other)) : Optional.empty();
    }

    /** {@code folded} capitalised as {@code typed} is: a name typed with its capital keeps it. */
    private static String asTyped(Word typed, String folded) {
        return Character.isUpperCase(typed.text().codePointAt(0))
                ? Character.toUpperCase(folded.charAt(0)) + folded.substring(1) : folded;
    }

    /**
     * For word {@code i}, a word of a name the reports write typed as another word of theirs ("tỉnh Lanh
     * Son" for "Lạng Sơn"): the word one letter away that the passages write beside the name's other word,
     * when the word as typed never stands beside it. Empty for a word that is no part of a name, that
     * stands beside the name's other word, or has no such word near.
     */
    private Optional<String> anotherWordMeant(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.accented()) {
            return Optional.empty();
        }
        // only a name's words, judged by each other ("Cao Bằng" written once stays): a common word typed
        // beside words it seldom meets is still that word ("lấy ai", "trong BC 287")
        boolean nameBefore = i > 0 && isTitleCase(words.get(i - 1));
        boolean nameAfter = i + 1 < words.size() && isTitleCase(words.get(i + 1));
        if (!isTitleCase(w) || !nameBefore && !nameAfter
                || nameBefore && vocabulary.docFrequency(words.get(i - 1).folded() + " " + w.folded()) > 0
                || nameAfter && vocabulary.docFrequency(w.folded() + " " + words.get(i + 1).folded()) > 0) {
            return Optional.empty();
        }
        return vocabulary.neighbours(w.folded()).stream()
                .filter(s -> Math.abs(s.length() - w.folded().length()) <= 1)
                .filter(s -> Syllables.looksLikeOne(s)
                        && (nameBefore && vocabulary.docFrequency(words.get(i - 1).folded() + " " + s) >= MIN_NAME_PASSAGES
                        || nameAfter && vocabulary.docFrequency(s + " " + words.get(i + 1).folded()) >= MIN_NAME_PASSAGES))
                .findFirst().map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }

    /**
     * {@code text} with each shorthand no list holds and no passage has ("TCCS", "clb") written out as the
     * phrase of the reports it stands for, found with the question's other words ("tổ chức cơ sở"). A
     * person's initials, a word of the lexicon and a word shaped like a syllable are left as they are.
     */
    private String writtenOut(String text) {
        return rewritten(text, this::shorthand);
    }

    private Optional<String> shorthand(List<Word> words, boolean[] known, int i) {
        String folded = words.get(i).folded();
        if (known[i] || !Initialisms.couldBe(folded) || Syllables.looksLikeOne(folded) || people.standsFor(folded)
                || vocabulary.docFrequency(folded) > 0) {
            return Optional.empty();
        }
        List<String> context = java.util.stream.IntStream.range(0, words.size()).filter(j -> j != i)
                .mapToObj(j -> words.get(j).folded()).toList();
        return vocabulary.initialism(folded, context);
    }

    /** True when {@code typed} is {@code word} with two neighbouring letters swapped ("asaen", "asean"). */
    static boolean swapsTwoLetters(String typed, String word) {
        if (typed.length() != word.length() || typed.length() < 4) {
            return false;
        }
        int first = 0;
        while (first < typed.length() && typed.charAt(first) == word.charAt(first)) {
            first++;
        }
        return first + 1 < typed.length() && typed.charAt(first) == word.charAt(first + 1)
                && typed.charAt(first + 1) == word.charAt(first)
                && typed.substring(first + 2).equals(word.substring(first + 2));
    }

    /** Per word of {@code text}, whether it stands inside a document's number ("35/BC-BNG"). */
    private static boolean[] inDocumentNumbers(String text, List<Word> words) {
        boolean[] inside = new boolean[words.size()];
        Matcher document = DOCUMENT_NUMBER.matcher(text);
        while (document.find()) {
            for (int i = 0; i < words.size(); i++) {
                inside[i] |= words.get(i).start() >= document.start() && words.get(i).end() <= document.end();
            }
        }
        return inside;
    }

    /** {@code folded} with a letter typed twice typed once, when that makes a syllable ("vayy", "nhieuu"). */
    private static Optional<String> withoutDoubledLetter(String folded) {
        for (int k = folded.length() - 1; k > 0; k--) {
            if (folded.charAt(k) == folded.charAt(k - 1)) {
                String once = folded.substring(0, k) + folded.substring(k + 1);
                if (Syllables.looksLikeOne(once)) {
                    return Optional.of(once);
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code typed} is {@code word} with one letter left out ("asen", "asean"). */
    static boolean isALetterShort(String typed, String word) {
        return word.length() == typed.length() + 1 && oneEditApart(typed, word);
    }

    private static boolean oneEditApart(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return LEVENSHTEIN.getDistance(a, b) >= 1f - 1f / longer - 1e-6f;
    }

    /** Per word, whether some phrase of the lexicon covers it: a word of the domain is not a typo. */
    private boolean[] inLexicon(List<Word> words) {
        boolean[] known = new boolean[words.size()];
        // "con" of "con HN tong ket 2022?" is "còn", leaning on the turn before: no typo of "cong"
        for (var table : List.of(lexicon.questionCues(), lexicon.frame(), lexicon.titles(), lexicon.names(),
                lexicon.paraphrases(), lexicon.premises(), lexicon.followUps())) {
            table.find(words).forEach(m -> java.util.Arrays.fill(known, m.from(), m.to(), true));
        }
        lexicon.speechVerbs().find(words).forEach(m -> java.util.Arrays.fill(known, m.from(), m.to(), true));
        lexicon.conferenceCues().find(words).forEach(m -> java.util.Arrays.fill(known, m.from(), m.to(), true));
        return known;
    }

    /** True when {@code fix} for word {@code i} makes a phrase of the lexicon with a neighbour ("bao nhieuu", "ngya nao"). */
    private boolean formsAPhrase(List<Word> words, int i, String fix) {
        String before = i > 0 ? words.get(i - 1).folded() + " " : "";
        String after = i + 1 < words.size() ? " " + words.get(i + 1).folded() : "";
        List<Word> near = Words.of(before + fix + after);
        int at = before.isEmpty() ? 0 : 1;
        return java.util.stream.Stream.of(lexicon.questionCues(), lexicon.frame(), lexicon.names(), lexicon.paraphrases())
                .flatMap(table -> table.find(near).stream())
                .anyMatch(m -> m.size() >= 2 && m.from() <= at && at < m.to());
    }

    /**
     * True when {@code fix} in place of word {@code i} makes a pair the reports write often with a neighbour:
     * "ngoai gioa" is "ngoai giao"; "thoi tiet" is not "thoi tiep", which "đồng thời tiếp tục" gives a few times.
     */
    private boolean pairsOftenWithANeighbour(List<Word> words, int i, String fix) {
        return pairsWithANeighbour(words, i, fix, MIN_PAIR_PASSAGES);
    }

    private boolean pairsWithANeighbour(List<Word> words, int i, String fix) {
        return pairsWithANeighbour(words, i, fix, 1);
    }

    /** True when {@code fix} in place of word {@code i} makes a pair with a neighbour that at least {@code passages} passages have. */
    private boolean pairsWithANeighbour(List<Word> words, int i, String fix, int passages) {
        return i > 0 && vocabulary.docFrequency(words.get(i - 1).folded() + " " + fix) >= passages
                || i + 1 < words.size() && vocabulary.docFrequency(fix + " " + words.get(i + 1).folded()) >= passages;
    }

    /**
     * The dates are read already; "05", "07" as words would only match unrelated numbers. The part of the day
     * written before one goes with it ("chiều 31-1"): the report may say "chiều ngày 31-1" or no part at all.
     */
    private String withoutDates(String text, List<DateMention> dates) {
        StringBuilder out = new StringBuilder(text);
        for (DateMention date : dates) {
            int from = Math.min(date.start(), text.length());
            List<Word> before = Words.of(text.substring(0, from));
            int last = before.size() - 1;
            if (last >= 0 && before.get(last).folded().equals("ngay") && text.substring(before.get(last).end(), from).isBlank()) {
                last--; // "sáng ngày 10/1"
            }
            if (last >= 0 && lexicon.isPartOfDay(before.get(last).folded())
                    && text.substring(before.get(last).end(), from).replaceAll("(?iu)ng[aà]y", "").isBlank()) {
                from = before.get(last).start();
            }
            for (int i = from; i < date.end() && i < out.length(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static List<Integer> years(String lower) {
        String withoutRanges = YEAR_RANGE.matcher(lower).replaceAll(" ");
        // "tổng kết năm 2023 (họp tháng 1/2024)": a year in brackets says more of a meeting a year outside them names
        String outside = BRACKETED.matcher(withoutRanges).replaceAll(" ");

        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(namesAYear(outside) ? outside : withoutRanges);
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            if (year >= FIRST_YEAR && year <= LAST_YEAR && !years.contains(year)) {
                years.add(year);
            }
        }
        // "tổng kết năm 2024, triển khai nhiệm vụ năm 2025", as reports title a review: the year after is its plan's
        Matcher plan = PLAN_YEAR.matcher(lower);
        while (plan.find()) {
            Integer next = Integer.valueOf(plan.group(1));
            if (years.contains(next - 1) && years.indexOf(next - 1) < years.indexOf(next)) {
                years.remove(next);
            }
        }
        return years;
    }

    /** The year of the plan a review's title adds: "triển khai nhiệm vụ năm 2025", "phương hướng năm 2024". */
    private static final Pattern PLAN_YEAR = Pattern.compile(
            "(?:triển khai nhiệm vụ|trien khai nhiem vu|phương hướng(?: nhiệm vụ)?|phuong huong(?: nhiem vu)?)(?: năm| nam)? ((?:19|20)\\d{2})");

    private static boolean namesAYear(String text) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return true;
            }
        }
        return false;
    }

    /** One question being read: its words, and what each of them turned out to be. */
    private final class Reading {
        private final String question;
        private final String text;
        private final boolean english;
        private final List<Word> words;
        private final List<Integer> years;
        private final MonthDay date;
        /** The days the question writes, where it writes them: read apart from its words. */
        private final List<DateMention> dates;
        /** Per word: true when it frames the question rather than saying what it is about. */
        private final boolean[] framed;
        private final boolean[] quoted;
        private final Set<String> untranslated;
        private final List<Match<String>> cues;
        private final List<Match<SpeechKind>> verbs;
        /** {@link #meetingWords()}, once read. */
        private boolean[] meetingWords;
        private final List<Match<String>> nameMatches;
        private PersonMatcher.Found personFound;
        private boolean personSought;
        /** The words of the kind of meeting {@link #conference(int)} chose: from, to; -1 when none. */
        private int meetingFrom = -1;
        private int meetingTo = -1;
        /** The titles written right before the person's name ("bộ trưởng" of "BT Trần Lưu Quang"), once read. */
        private final List<String> personTitles = new ArrayList<>();

        Reading(String question, String text, boolean english, List<Word> words, List<Integer> years,
                List<DateMention> dates, Set<String> untranslated) {
            this.question = question;
            this.text = text;
            this.english = english;
            this.words = words;
            this.years = years;
            this.dates = dates;
            this.date = dates.isEmpty() ? null : dates.getFirst().date();
            this.framed = new boolean[words.size()];
            this.quoted = quoted(text, words);
            // "công dân" typed without marks is no "dặn": a verb inside a name the lexicon knows is part of that name
            this.nameMatches = lexicon.names().find(words);
            this.verbs = outsideQuotes(lexicon.speechVerbs().find(words)).stream()
                    .filter(v -> nameMatches.stream().noneMatch(n -> n.from() <= v.from() && v.to() <= n.to() && n.size() > v.size()))
                    .toList();
            this.cues = withAgentsAsked(outsideQuotes(lexicon.questionCues().find(words))).stream()
                    .filter(c -> !c.value().equals("spoke-act") || !namesAThing(c)).toList();
            this.untranslated = untranslated;
        }

        /**
         * {@code found} with each "người" that an act or a speech verb follows read as asking who ("người chủ
         * trì", "người kết luận"); "người Việt Nam", "bao nhiêu người dự" ask nothing by it.
         */
        private List<Match<String>> withAgentsAsked(List<Match<String>> found) {
            List<Match<String>> out = new ArrayList<>(found);
            for (Match<String> agent : outsideQuotes(lexicon.agentNouns().find(words))) {
                int next = agent.to();
                boolean acts = found.stream().anyMatch(a -> a.from() == next && ACTS.contains(a.value()))
                        || verbs.stream().anyMatch(v -> v.from() == next);
                boolean counted = found.stream().anyMatch(a -> a.to() == agent.from() && a.value().equals("how-many"));
                boolean inside = found.stream().anyMatch(a -> a.from() <= agent.from() && agent.from() < a.to());
                if (acts && !counted && !inside) {
                    out.add(new Match<>(agent.from(), agent.to(), "who"));
                }
            }
            out.sort(Comparator.comparingInt(Match::from));
            return List.copyOf(out);
        }

        /**
         * The texts of the questions this one asks at once, or empty: one per question word when it asks
         * two kinds of thing ("diễn ra ngày nào, ở đâu"), each without the others' words; or one per year
         * when it asks one thing of two meetings ("tổng kết 2023 và 2024 diễn ra ngày nào").
         */
        List<String> partTexts(Intent whole) {
            List<Ask> asks = asks();
            Set<String> kinds = new java.util.LinkedHashSet<>(asks.stream().map(Ask::kind).toList());
            boolean specific = asks.stream().anyMatch(a -> !a.kind().startsWith("what"));
            if (kinds.size() >= 2 && specific) {
                boolean[] context = context();
                List<String> parts = new ArrayList<>();
                for (String kind : kinds) {
                    StringBuilder part = new StringBuilder(text);
                    for (Ask other : asks) {
                        if (other.kind().equals(kind)) {
                            continue;
                        }
                        // another question's words go, the meeting they name stays: "sơ kết 2022 ai chủ trì, ở đâu"
                        blank(part, other.cue().from(), other.cue().to());
                        for (int i = other.clauseFrom(); i < other.clauseTo(); i++) {
                            if (!context[i] && !isInside(other.cue(), i) && !isInOwnClause(asks, kind, i)) {
                                blank(part, i, i + 1);
                            }
                        }
                    }
                    parts.add(part.toString());
                }
                return parts;
            }
            boolean asking = cues.stream().anyMatch(c -> ASKING.contains(meaningOf(c)))
                    || whole.form() == Form.PRESIDED || whole.form() == Form.ATTENDED || whole.form() == Form.SPOKE;
            int first = indexOf(String.valueOf(years.isEmpty() ? 0 : years.getFirst()));
            int second = years.size() == 2 ? indexOf(String.valueOf(years.get(1))) : -1;
            if (years.size() == 2 && asking && first >= 0 && second > first) {
                // "tổng kết 2022 và sơ kết 2023 …": each side without the other's words, split at the "và"
                int and = first + 1;
                while (and < second && !joins(and)) {
                    and++;
                }
                StringBuilder one = new StringBuilder(text);
                blank(one, and < second ? and : second, second + 1);
                StringBuilder two = new StringBuilder(text);
                // the second side takes the first's meeting ("tổng kết 2022 và 2023") unless it names its own
                // ("buổi làm việc … 2023 và hội nghị Mekong 2024")
                int own = and < second ? firstMeetingWord(and + 1, second) : -1;
                int firstSide = own >= 0 ? firstMeetingWord(0, first) : -1;
                blank(two, firstSide >= 0 ? firstSide : first, and < second ? and + 1 : first + 1);
                // each side asks its own question: "chênh nhau" sets the answers against each other, it is not asked of either
                for (Match<String> c : cues) {
                    if (c.value().equals("compare-amount")) {
                        blank(one, c.from(), c.to());
                        blank(two, c.from(), c.to());
                    }
                }
                return List.of(one.toString(), two.toString());
            }
            return whole.form() == Form.COMPARE ? sides().orElse(List.of()) : List.of();
        }

        /**
         * One thing a question asks: its question word, the clause around it (up to a comma, "và" or the
         * end) and what it asks joined with the act its clause names ("who/presided" and "who/attended" are
         * two questions; "Thủ tướng nào" asks who).
         */
        private record Ask(String kind, Match<String> cue, int clauseFrom, int clauseTo) {
        }

        private List<Ask> asks() {
            List<Match<String>> asking = new ArrayList<>(cues.stream().filter(c -> ASKING.contains(meaningOf(c))).toList());
            for (Match<String> t : outsideQuotes(lexicon.titles().find(words))) {
                int after = t.to();
                if (after < words.size() && words.get(after).folded().equals("nao")
                        && asking.stream().noneMatch(c -> c.from() <= after && after < c.to())) {
                    asking.add(new Match<>(t.from(), after + 1, "who"));
                }
            }
            // "…, TTg có dự ko": a last clause asking whether someone took part asks a question of its own
            if (!asking.isEmpty() && endsAskingYesOrNo()) {
                cues.stream().filter(c -> TAKING_PART.contains(c.value()) && isInTheLastClause(c.from())
                                && asking.stream().noneMatch(a -> isInTheLastClause(a.from())))
                        .reduce((first, second) -> second)
                        .ifPresent(c -> asking.add(new Match<>(c.from(), c.to(), "whether")));
            }
            asking.sort(Comparator.comparingInt(Match::from));
            List<Ask> out = new ArrayList<>();
            for (Match<String> c : asking) {
                int from = c.from();
                while (from > 0 && !punctuationBefore(from) && !joins(from - 1)) {
                    from--;
                }
                int to = c.to();
                while (to < words.size() && !punctuationBefore(to) && !joins(to)) {
                    to++;
                }
                int clauseFrom = from;
                int clauseTo = to;
                String act = cues.stream().filter(a -> ACTS.contains(a.value()) && a.from() >= clauseFrom && a.to() <= clauseTo)
                        .map(a -> a.value().equals("spoke-act") ? "spoke" : a.value()).findFirst().orElse("");
                out.add(new Ask(meaningOf(c) + "/" + act, c, clauseFrom, clauseTo));
            }
            return withClausesOfTheirOwn(out);
        }

        /**
         * {@code asks} with each that asks what an earlier one asks, in a clause after it, told apart: "bao nhiêu
         * đại biểu dự, và bao nhiêu tỉnh kết nối?", "who opened it and who closed it?" ask two things.
         */
        private List<Ask> withClausesOfTheirOwn(List<Ask> asks) {
            List<Ask> out = new ArrayList<>();
            for (Ask ask : asks) {
                // a noun that counts ("tổng số cán bộ, công chức là bao nhiêu") asks nothing of its own
                List<Ask> same = out.stream().filter(a -> a.kind().split("#")[0].equals(ask.kind()) && asksOnItsOwn(a.cue()))
                        .toList();
                // "…, ai vậy?" asks the first again: a second question says what it asks of in words of its own,
                // or asks it in other words ("ngày nào, lúc mấy giờ")
                boolean otherWords = same.stream().noneMatch(a -> a.cue().value().equals(ask.cue().value()));
                boolean ownWords = otherWords || ask.clauseTo() - ask.clauseFrom() - (ask.cue().to() - ask.cue().from())
                        >= MIN_OWN_WORDS;
                boolean after = asksOnItsOwn(ask.cue()) && ownWords && !same.isEmpty()
                        && same.stream().allMatch(a -> a.clauseTo() <= ask.clauseFrom());
                out.add(after ? new Ask(ask.kind() + "#" + (same.size() + 1), ask.cue(), ask.clauseFrom(), ask.clauseTo()) : ask);
            }
            return out;
        }

        /** The two different known people the question names, the first named first; empty unless there are two. */
        List<Person> twoPeopleNamed() {
            PersonMatcher.Found first = personNamed();
            if (first == null) {
                return List.of();
            }
            PersonMatcher.Found after = people.find(words.subList(first.to(), words.size()));
            PersonMatcher.Found before = people.find(words.subList(0, first.from()));
            PersonMatcher.Found other = after != null ? after : before;
            if (other == null || other.person().name().equals(first.person().name())) {
                return List.of();
            }
            return after != null ? List.of(first.person(), other.person()) : List.of(other.person(), first.person());
        }

        /**
         * True when the question asks for a total in words a total row is labelled with, two words at least
         * ("tổng số", "tổng cộng", "cả nước"), or "total": "tổng" alone opens "Tổng Lãnh sự quán" as well.
         */
        private boolean asksATotal() {
            List<String> folded = VietnameseText.foldedWords(text);
            for (int i = 0; i + 1 < folded.size(); i++) {
                if (lexicon.isTotalRow(folded.get(i) + " " + folded.get(i + 1))) {
                    return true;
                }
            }
            return folded.contains("total");
        }

        /** True when {@code cue} asks on its own: not a total named ("tổng số cán bộ"), which a later cue asks of. */
        private boolean asksOnItsOwn(Match<String> cue) {
            return words.subList(cue.from(), cue.to()).stream().map(Word::folded).noneMatch(TOTAL_WORD::equals);
        }

        private static boolean isInside(Match<String> m, int i) {
            return m.from() <= i && i < m.to();
        }

        private static boolean isInOwnClause(List<Ask> asks, String kind, int i) {
            return asks.stream().anyMatch(a -> a.kind().equals(kind) && a.clauseFrom() <= i && i < a.clauseTo());
        }

        /**
         * Per word, whether it says which meeting, year or person a question is about rather than what it
         * asks: kinds of meeting, years and the numbers of meetings, names, people and the titles not asked
         * about. These stay in every part of a question that asks several things.
         */
        private boolean[] context() {
            boolean[] out = whichMeeting();
            nameMatches().forEach(m -> java.util.Arrays.fill(out, m.from(), m.to(), true));
            for (Match<String> t : lexicon.titles().find(words)) {
                if (t.to() >= words.size() || !words.get(t.to()).folded().equals("nao")) {
                    java.util.Arrays.fill(out, t.from(), t.to(), true);
                }
            }
            return out;
        }

        /**
         * Per word, whether it says which meeting a question names: a kind of meeting, "hội nghị", "buổi",
         * its number or year and the word before it ("lần thứ 31", "năm 2022"), the person it names.
         */
        private boolean[] whichMeeting() {
            boolean[] out = meetingWords().clone();
            PersonMatcher.Found person = personNamed();
            if (person != null) {
                java.util.Arrays.fill(out, person.from(), person.to(), true);
            }
            for (int i = 0; i < words.size(); i++) {
                String folded = words.get(i).folded();
                out[i] |= words.get(i).isNumber() || folded.equals("lan") || folded.equals("thu")
                        || NUMBER_NOUNS.contains(folded) && i + 1 < words.size() && words.get(i + 1).isNumber();
            }
            return out;
        }

        /** Per word, whether it names a meeting as such: a kind of meeting, "hội nghị", "buổi"; read once. */
        /** The first word in [from, to) that names a meeting, or -1. */
        private int firstMeetingWord(int from, int to) {
            for (int i = from; i < to; i++) {
                if (meetingWords()[i]) {
                    return i;
                }
            }
            return -1;
        }

        private boolean[] meetingWords() {
            if (meetingWords == null) {
                meetingWords = new boolean[words.size()];
                outsideQuotes(lexicon.conferenceCues().find(words))
                        .forEach(c -> java.util.Arrays.fill(meetingWords, c.from(), c.to(), true));
                for (int i = 0; i < words.size(); i++) {
                    String folded = words.get(i).folded();
                    meetingWords[i] |= folded.equals("hoi") || folded.equals("nghi") || folded.equals("buoi");
                }
            }
            return meetingWords;
        }

        /**
         * The texts of a question that asks one thing of two meetings, years or events it names side by side,
         * one per side: "X tham gia HN tổng kết 2024 và HN cửa khẩu 2024 với vai trò gì" asks X's role at each;
         * "sơ kết 2019 và 2023: ngày họp" asks each day, the second side keeping the first's kind of meeting.
         * Empty when it names one, or asks nothing of each beyond comparing them (a summary compares those).
         */
        List<String> meetingSides() {
            boolean[] stop = stops();
            boolean[] named = new boolean[words.size()];
            nameMatches().forEach(n -> java.util.Arrays.fill(named, n.from(), n.to(), true));
            for (int i = 1; i < words.size() - 1; i++) {
                int joinTo = sideJoinEnd(i, named);
                if (joinTo < 0) {
                    continue;
                }
                int leftFrom = leftMention(i, stop);
                int rightTo = rightMention(joinTo, stop);
                if (leftFrom < 0 || rightTo <= joinTo || !asksOfEachSide(leftFrom, rightTo, stop)) {
                    continue;
                }
                boolean rightHasMeeting = firstMeetingWord(joinTo, rightTo) >= 0;
                int leftNumber = lastNumber(leftFrom, i);
                boolean rightOnlyNumbers = !rightHasMeeting && lastNumber(joinTo, rightTo) >= 0;
                if (firstMeetingWord(leftFrom, i) < 0 && !rightHasMeeting && !isYearSide(leftFrom, i)) {
                    continue;
                }
                StringBuilder one = new StringBuilder(text);
                StringBuilder two = new StringBuilder(text);
                blankWords(one, i, rightTo);
                // "sơ kết 2019 và 2023": the second side is the first's meeting in its own year
                blankWords(two, rightOnlyNumbers && leftNumber >= 0 && firstMeetingWord(leftFrom, i) >= 0 ? leftNumber : leftFrom,
                        joinTo);
                if (leftFrom == i) {
                    // a day for its side: the second side goes without it
                    for (int c = words.get(i - 1).end(); c < words.get(i).start(); c++) {
                        two.setCharAt(c, ' ');
                    }
                }
                for (Match<String> c : cues) {
                    // "khác nhau thế nào" compares; neither side asks it
                    boolean comparing = meaningOf(c).equals("compare") || c.value().equals("what")
                            && cues.stream().anyMatch(b -> b.to() == c.from() && meaningOf(b).equals("compare"));
                    if (comparing) {
                        blankWords(one, c.from(), c.to());
                        blankWords(two, c.from(), c.to());
                    }
                }
                // "so sánh số đại biểu HN A và HN B": each side asks how many
                int count = countAsked(0, i);
                return count < 0 ? List.of(one.toString(), two.toString())
                        : List.of(asHowMany(one.toString(), count), asHowMany(two.toString(), count));
            }
            return List.of();
        }

        /**
         * The end of the words joining two sides at word {@code i}: past "và", "and", "hay", "vs", or a
         * comparing cue ("khác gì", "so với"); -1 when none joins there ("Bộ Kế hoạch và Đầu tư" is a name).
         */
        private int sideJoinEnd(int i, boolean[] named) {
            if (named[i] || quoted[i]) {
                return -1;
            }
            if (joinsSides(i)) {
                return i + 1;
            }
            return cues.stream().filter(c -> c.from() == i && meaningOf(c).equals("compare")).findFirst()
                    .map(Match::to).orElse(-1);
        }

        /**
         * The first word of the meeting or year named just before word {@code join}: from its first meeting
         * word (with an "ở", "tại" before it), else from the year and the "năm" before it; {@code join} itself
         * when a day written in digits comes right before it; -1 when none.
         */
        private int leftMention(int join, boolean[] stop) {
            int from = join;
            while (from > 0 && !stop[from - 1] && (from == join || !clauseMarkBefore(from)) && !joinsSides(from - 1)) {
                from--;
            }
            int meeting = firstMeetingWord(from, join);
            if (meeting >= 0 && english) {
                // "10th Consular Conference" read as "lần thứ 10 lãnh sự hội nghị": the meeting word ends its name,
                // which its number or year opens
                for (int i = from; i < meeting; i++) {
                    if (isYearAt(i) || words.get(i).folded().equals("lan") && i + 1 < meeting && words.get(i + 1).folded().equals("thu")) {
                        return i;
                    }
                }
            }
            if (meeting >= 0) {
                return meeting > from && PLACE_WORDS.contains(words.get(meeting - 1).folded()) ? meeting - 1 : meeting;
            }
            for (int i = from; i < join; i++) {
                if (isYearAt(i)) {
                    return i > from && NUMBER_NOUNS.contains(words.get(i - 1).folded()) ? i - 1 : i;
                }
            }
            // "… với BNG ngày 31/1/2023 và tại sơ kết 6T 2024": the day right before the join is the first side
            return isDayBefore(join) ? join : -1;
        }

        /** True when a day the question writes ("ngày 31/1/2023", read apart from the words) comes right before word {@code at}. */
        private boolean isDayBefore(int at) {
            return at > 0 && dates.stream().anyMatch(d -> d.start() >= words.get(at - 1).end() && d.end() <= words.get(at).start());
        }

        /** The end of the meeting or year named from word {@code from}: up to a question word, a verb or a comma. */
        private int rightMention(int from, boolean[] stop) {
            int to = from;
            while (to < words.size() && !stop[to] && (to == from || !clauseMarkBefore(to)) && !joinsSides(to)) {
                to++;
            }
            // without a meeting word it is a year ("và 2023", "và năm 2024") or a place ("và ở lớp bồi dưỡng 2024"),
            // not the rest of a name ("HN NGKT với địa phương và DN năm 2021")
            boolean names = firstMeetingWord(from, to) >= 0 || from < to && lastNumber(from, to) >= 0
                    && (words.get(from).isNumber() || NUMBER_NOUNS.contains(words.get(from).folded())
                    || PLACE_WORDS.contains(words.get(from).folded()));
            return names ? to : -1;
        }

        /** True when word {@code i} joins two sides: "và", "and", "hay", not the "với" of "làm việc với Bộ". */
        private boolean joinsSides(int i) {
            String folded = words.get(i).folded();
            return JOINING.contains(folded) && !folded.equals("voi");
        }

        /** True when words [from, to) name a year: "năm 2022". */
        private boolean isYearSide(int from, int to) {
            for (int i = from; i < to; i++) {
                if (isYearAt(i)) {
                    return true;
                }
            }
            return false;
        }

        /** The last number among words [from, to); -1 when none. */
        private int lastNumber(int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (words.get(i).isNumber()) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * True when the question asks something of each side outside words [from, to): a question word other
         * than a bare "what", a post, a speech verb or a number ("so sánh HN 2022 và 2024" alone asks nothing,
         * "… khác nhau về TTg tham dự" compares who took part).
         */
        private boolean asksOfEachSide(int from, int to, boolean[] stop) {
            boolean outside = false;
            for (Match<String> c : cues) {
                String meaning = meaningOf(c);
                boolean asks = ASKING.contains(meaning) && !meaning.equals("what") || meaning.equals("role");
                outside |= asks && (c.to() <= from || c.from() >= to);
            }
            // "con số 412 ở HN A và ở HN B chỉ điều gì": a number asked about in each
            for (int i = 0; i < words.size() && !outside; i++) {
                outside = (i < from || i >= to) && words.get(i).isNumber() && !isYearAt(i);
            }
            return outside || verbs.stream().anyMatch(v -> v.to() <= from || v.from() >= to);
        }

        /** Blanks words [from, to) of {@code text}. */
        private void blankWords(StringBuilder text, int from, int to) {
            for (int i = words.get(from).start(); i < words.get(to - 1).end(); i++) {
                text.setCharAt(i, ' ');
            }
        }

        /**
         * The two sides of a comparison, split at its last "và", "với", "and": each the question without
         * the comparing words and the other side ("so sánh sơ kết 2019 và 2023": "sơ kết 2019", "2023").
         */
        private Optional<List<String>> sides() {
            boolean[] named = new boolean[words.size()];
            nameMatches().forEach(n -> java.util.Arrays.fill(named, n.from(), n.to(), true));
            int join = -1;
            for (int i = 1; i < words.size() - 1; i++) {
                if (joins(i) && !named[i]) { // not the "và" of "Bộ Kế hoạch và Đầu tư"
                    join = i;
                }
            }
            if (join < 0) {
                return Optional.empty();
            }
            StringBuilder left = new StringBuilder(text);
            StringBuilder right = new StringBuilder(text);
            blank(left, join, words.size());
            blank(right, 0, join + 1);
            for (Match<String> c : cues) {
                if (meaningOf(c).equals("compare") && c.from() < join) {
                    blank(left, c.from(), Math.min(c.to(), join)); // "so" of "so với" with the "với" it joins at
                }
            }
            int at = join;
            int leftFrom = namesOnlyAMeeting(at + 1, words.size()) ? leftMention(at, stops()) : -1;
            if (leftFrom >= 0) {
                // "kim ngạch qua cửa khẩu của Cao Bằng năm 2022 và 2023": the second side asks what the first
                // asks, of its own meeting or year, of the first's kind when it names none
                StringBuilder asked = new StringBuilder(left);
                blankWords(asked, leftFrom, at);
                boolean rightHasKind = outsideQuotes(lexicon.conferenceCues().find(words)).stream().anyMatch(c -> c.from() > at);
                String kindOfLeft = rightHasKind ? "" : outsideQuotes(lexicon.conferenceCues().find(words)).stream()
                        .filter(c -> c.from() >= leftFrom && c.to() <= at).findFirst()
                        .map(c -> text.substring(words.get(c.from()).start(), words.get(c.to() - 1).end()) + " ").orElse("");
                right = new StringBuilder(asked.toString().strip() + " " + kindOfLeft + right.toString().strip());
            } else {
                Optional<List<String>> counted = countedOfEach(join);
                if (counted.isPresent()) {
                    return counted;
                }
            }
            List<String> both = askedOfEach(join).orElse(List.of(left.toString().strip(), right.toString().strip()));
            // "so sánh số đại biểu HN tổng kết 2022 và sơ kết 2023": each side asks how many
            int count = countAsked(0, join);
            return Optional.of(count < 0 ? both : both.stream().map(side -> asHowMany(side, count)).toList());
        }

        /**
         * The sides of a comparison of two counts, each in its own words: "so sánh số đại biểu HN tổng kết
         * 2022 và tọa đàm ở Cần Thơ" asks "số đại biểu HN tổng kết 2022" and "số đại biểu tọa đàm ở Cần Thơ";
         * "… và số đoàn khách năm 2019" asks its own count. Empty when the comparison opens with no count.
         */
        private Optional<List<String>> countedOfEach(int join) {
            int count = countAsked(0, join);
            // "… 2019 so với cuối 2023", "… so với cùng kỳ": a year or a period set against the first is no side of its own
            if (count < 0 || namesOnlyAMeeting(join + 1, words.size()) || !namesAThing(join + 1, words.size())) {
                return Optional.empty();
            }
            int nounEnd = nounStart(count);
            while (nounEnd < join && endsNoCount(nounEnd)) {
                nounEnd++;
            }
            if (nounEnd == nounStart(count) || nounEnd >= join) {
                return Optional.empty();
            }
            // each side asks how many, in the words a how-many question is read by
            String counted = "bao nhiêu " + text.substring(words.get(nounStart(count)).start(), words.get(nounEnd - 1).end());
            // "… và số đoàn khách năm 2019": the second side's count is its own
            int ownCount = countAsked(join + 1, words.size());
            int rightFrom = ownCount >= 0 ? nounStart(ownCount) : join + 1;
            StringBuilder left = new StringBuilder(text);
            blank(left, join, words.size());
            blankWords(left, 0, nounEnd);
            StringBuilder right = new StringBuilder(text);
            blankWords(right, 0, rightFrom);
            for (Match<String> c : cues) {
                // "so với" joins the sides: its "so" ends the first
                if (meaningOf(c).equals("compare") && c.from() < join) {
                    blankWords(left, c.from(), Math.min(c.to(), join));
                }
                if (meaningOf(c).equals("compare") && c.to() > rightFrom) {
                    blankWords(right, Math.max(c.from(), rightFrom), c.to());
                }
            }
            String rightCount = ownCount >= 0 ? "bao nhiêu " : counted + " ";
            // "… tổng kết năm 2022 và năm 2023 của ngành": the second side is of the first's kind when it names none
            List<Match<Lexicon.ConferenceCue>> kinds = outsideQuotes(lexicon.conferenceCues().find(words));
            String kindOfLeft = kinds.stream().anyMatch(c -> c.from() > join) || ownCount >= 0 ? "" : kinds.stream()
                    .filter(c -> c.to() <= join).findFirst()
                    .map(c -> text.substring(words.get(c.from()).start(), words.get(c.to() - 1).end()) + " ").orElse("");
            // "… ở Thái Lan và Indonesia năm 2023": a year that closes the question is of both sides
            int last = words.size() - 1;
            String sharedYear = isYearAt(last) && !isYearSide(nounEnd, join) ? " năm " + words.get(last).text() : "";
            return Optional.of(List.of(counted + " " + left.toString().strip() + sharedYear,
                    rightCount + kindOfLeft + right.toString().strip()));
        }

        /** True when words [from, to) name a meeting, a count or a name of their own: "HN NG 32", "số đoàn khách", "Indonesia". */
        private boolean namesAThing(int from, int to) {
            if (firstMeetingWord(from, to) >= 0 || countAsked(from, to) >= 0) {
                return true;
            }
            for (int i = from; i < to; i++) {
                if (isCapitalised(words.get(i))) {
                    return true;
                }
            }
            return false;
        }

        /** {@code side} with the count the question opens with ("số đại biểu") written as the "bao nhiêu" it asks. */
        private String asHowMany(String side, int count) {
            String asked = text.substring(words.get(count).start(), words.get(nounStart(count)).end());
            String noun = words.get(nounStart(count)).text();
            return side.replaceFirst("(?<![\\p{L}\\p{M}])" + Pattern.quote(asked) + "(?![\\p{L}\\p{M}])",
                    java.util.regex.Matcher.quoteReplacement("bao nhiêu " + noun));
        }

        /** The first word of the noun counted by the "số" or "tổng số" at word {@code count}. */
        private int nounStart(int count) {
            return words.get(count).lower().equals("tổng") ? count + 2 : count + 1;
        }

        /**
         * True when word {@code i} goes on a counted noun ("số ngư dân bị bắt"): no meeting word, number, name,
         * cue, nor a word that says where or whose ("ở", "tại", "của").
         */
        private boolean endsNoCount(int i) {
            Word w = words.get(i);
            return !meetingWords()[i] && !w.isNumber() && !isCapitalised(w) && !PLACE_WORDS.contains(w.folded())
                    && !w.folded().equals("cua") && cues.stream().noneMatch(c -> c.from() <= i && i < c.to());
        }

        /**
         * The word "số" that opens a count asked among words [from, to) — first, or right after the comparing
         * words ("so sánh số đại biểu …") — or -1: "số 1 Tôn Thất Đàm", "số liệu", "chuyển đổi số" count nothing.
         */
        private int countAsked(int from, int to) {
            if (cues.stream().anyMatch(c -> c.value().equals("how-many"))) {
                return -1; // "số nước … là bao nhiêu" asks how many in words of its own
            }
            int i = from;
            while (i < to && isComparing(i)) {
                i++;
            }
            return i + 1 < to && opensACount(i) ? i : -1;
        }

        /** True when word {@code i} is one of the comparing words: "so sánh", "khác nhau". */
        private boolean isComparing(int i) {
            return cues.stream().anyMatch(c -> meaningOf(c).equals("compare") && c.from() <= i && i < c.to());
        }

        /** True when word {@code i} is a "số" (or "tổng số") that a counted noun follows. */
        private boolean opensACount(int i) {
            Word w = words.get(i);
            boolean so = w.lower().equals("số") || w.lower().equals("so") || w.lower().equals("tổng") && i + 1 < words.size()
                    && words.get(i + 1).lower().equals("số");
            if (!so || nounStart(i) >= words.size()) {
                return false;
            }
            Word next = words.get(nounStart(i));
            // "so ket 2023" typed without diacritics is "sơ kết", a kind of meeting
            return !next.isNumber() && !isCapitalised(next) && !NOT_COUNTED_AFTER_SO.contains(next.folded())
                    && !meetingWords()[i] && nameMatches().stream().noneMatch(n -> n.from() == i);
        }

        /**
         * True when words [from, to) name a meeting, a year or a period and nothing else: "2023", "năm 2024",
         * "6 tháng đầu 2022", "ở hội nghị sơ kết 2024" — a side that asks nothing of its own.
         */
        private boolean namesOnlyAMeeting(int from, int to) {
            boolean any = false;
            for (int i = from; i < to; i++) {
                String folded = words.get(i).folded();
                boolean meeting = meetingWords()[i] || words.get(i).isNumber()
                        || NUMBER_NOUNS.contains(folded) && i + 1 < to && words.get(i + 1).isNumber();
                if (!meeting && !PERIOD_WORDS.contains(folded) && !PLACE_WORDS.contains(folded)
                        && !NUMBER_NOUNS.contains(folded)) {
                    return false;
                }
                any |= meeting;
            }
            return any;
        }

        /** Per word, whether it ends a side as a question word or a verb does. */
        private boolean[] stops() {
            boolean[] stop = new boolean[words.size()];
            cues.forEach(c -> java.util.Arrays.fill(stop, c.from(), c.to(), true));
            verbs.forEach(v -> java.util.Arrays.fill(stop, v.from(), v.to(), true));
            return stop;
        }

        /**
         * The sides of a comparison that asks the same thing of each ("so sánh số đại biểu hội nghị tổng kết
         * 2019 và 2022", "… 2021 và 2023 tổ chức ngày nào"): each side's meeting with what is asked; empty when
         * the comparison asks nothing beyond its sides (or only what someone said, which summaries compare).
         */
        private Optional<List<String>> askedOfEach(int join) {
            boolean[] side = whichMeeting();
            boolean[] dropped = new boolean[words.size()];
            lexicon.titles().find(words).forEach(t -> java.util.Arrays.fill(side, t.from(), t.to(), true));
            nameMatches().stream().filter(n -> VietnameseText.fold(n.value()).startsWith("hoi nghi"))
                    .forEach(n -> java.util.Arrays.fill(side, n.from(), n.to(), true));
            cues.stream().filter(c -> meaningOf(c).equals("compare")).forEach(c -> java.util.Arrays.fill(dropped, c.from(), c.to(), true));
            lexicon.frame().find(words).stream().filter(f -> f.value().equals("function"))
                    .forEach(f -> java.util.Arrays.fill(dropped, f.from(), f.to(), true));
            dropped[join] = true;
            StringBuilder shared = new StringBuilder();
            int firstShared = -1;
            for (int i = 0; i < words.size(); i++) {
                if (!side[i] && !dropped[i]) {
                    shared.append(' ').append(words.get(i).text());
                    firstShared = firstShared < 0 ? i : firstShared;
                }
            }
            // it asks of each side when it says what: a question word, or a count ("so sánh số đại biểu …")
            boolean asks = cues.stream().anyMatch(c -> ASKING.contains(meaningOf(c)) && !c.value().equals("what")
                    && !side[c.from()] && !dropped[c.from()])
                    || firstShared >= 0 && words.get(firstShared).folded().equals("so") && firstShared + 1 < words.size()
                    && !side[firstShared + 1]
                    // "XNK 6 tháng 2022 so với cả năm 2021": a thing of each side set against the other, not what was said
                    || firstShared >= 0 && setAgainst(join) && lexicon.speechVerbs().find(words).isEmpty()
                    && cues.stream().noneMatch(c -> ACTS.contains(c.value()));
            if (!asks) {
                return Optional.empty();
            }
            String left = sideWords(side, 0, join);
            String right = sideWords(side, join + 1, words.size());
            // "tổng kết 2019 và 2022": the second side is of the same kind of meeting
            String kindOfLeft = outsideQuotes(lexicon.conferenceCues().find(words)).stream().filter(c -> c.to() <= join)
                    .findFirst().map(c -> sideWords(side, c.from(), c.to()) + " ").orElse("");
            boolean rightHasKind = outsideQuotes(lexicon.conferenceCues().find(words)).stream().anyMatch(c -> c.from() > join);
            return Optional.of(List.of((left + shared).strip(), ((rightHasKind ? "" : kindOfLeft) + right + shared).strip()));
        }

        /**
         * True when word {@code i} joins two sides or clauses: "và", "với", "and", or a "còn" that sets the
         * next clause against the last ("…, còn HN 2024 bao nhiêu?"; "con" alone is as often "con số").
         */
        private boolean joins(int i) {
            Word w = words.get(i);
            return JOINING.contains(w.folded()) || w.lower().equals("còn") || w.folded().equals("con") && punctuationBefore(i);
        }

        /** True when the sides are joined by a comparing cue ("so với", "vs"), not by a plain "và". */
        private boolean setAgainst(int join) {
            return words.get(join).folded().equals("vs") || words.get(join).folded().equals("versus")
                    || cues.stream().anyMatch(c -> meaningOf(c).equals("compare") && c.from() < join && join < c.to());
        }

        private String sideWords(boolean[] side, int from, int to) {
            StringBuilder out = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (side[i]) {
                    out.append(out.isEmpty() ? "" : " ").append(words.get(i).text());
                }
            }
            return out.toString();
        }

        private int indexOf(String word) {
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).lower().equals(word)) {
                    return i;
                }
            }
            return -1;
        }

        /** Blanks words [from, to) of {@code text}, and a "và" or comma just before them. */
        private void blank(StringBuilder text, int from, int to) {
            int start = words.get(from).start();
            if (from > 0 && (words.get(from - 1).folded().equals("va") || words.get(from - 1).folded().equals("and"))) {
                start = words.get(from - 1).start();
            }
            for (int i = start; i < words.get(to - 1).end(); i++) {
                text.setCharAt(i, ' ');
            }
        }

        /** Per word, whether it stands between quotation marks: quoted words are what was said, never cues. */
        private static boolean[] quoted(String text, List<Word> words) {
            boolean[] out = new boolean[words.size()];
            Matcher m = QUOTED.matcher(text);
            while (m.find()) {
                for (int i = 0; i < words.size(); i++) {
                    out[i] |= words.get(i).start() >= m.start() && words.get(i).end() <= m.end();
                }
            }
            return out;
        }

        private <T> List<Match<T>> outsideQuotes(List<Match<T>> matches) {
            return matches.stream().filter(m -> {
                for (int i = m.from(); i < m.to(); i++) {
                    if (quoted[i]) {
                        return false;
                    }
                }
                return true;
            }).toList();
        }

        Intent intent(List<Intent> parts) {
            java.util.Arrays.fill(framed, false);
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                // an English word the glossary lacks says nothing the reports could be searched for; nor does
                // a name no report writes so ("Warsaw"): only an acronym is kept, to be found or not
                boolean acronym = w.text().length() > 1 && w.text().chars().filter(Character::isLetter)
                        .allMatch(Character::isUpperCase);
                framed[i] = untranslated.contains(w.lower()) || english && !acronym && !w.isNumber()
                        && vocabulary != Vocabulary.NONE && !w.accented() && vocabulary.docFrequency(w.folded()) == 0;
            }
            List<Mentions.Leaning> leaning = leaning();
            frameYearsAndNumbers();
            frameDocumentNumbers();
            int ordinal = ordinal();
            Found<ConferenceKind> conference = conference(ordinal);
            PersonMatcher.Found person = personNamed();
            if (person != null && isInAName(person)) {
                person = null; // "Thành phố Hồ Chí Minh" names a city, not the president
            }
            String unknownPerson = "";
            if (person != null && hasOtherSurnameBefore(person)) {
                unknownPerson = nameFrom(person.from() - 1, person.to());
                person = null;
            }
            if (person != null) {
                frame(person.from(), person.to());
            }
            List<NamedTitle> titles = new ArrayList<>();
            unknownPerson = titles(person, titles, unknownPerson);
            if (unknownPerson.isEmpty() && person == null) {
                unknownPerson = capitalisedName();
            }
            Form form = form(person != null ? person.person() : null, titles, !unknownPerson.isEmpty(),
                    conference.value() != null || ordinal != 0);
            frameFor(form);
            frameFunctionWordsBeforeSomeone(person);
            SpeechKind kind = speechKind();
            List<String> names = java.util.stream.Stream.concat(nameMatches().stream().map(Match::value),
                    placeNames().stream()).distinct().toList();
            // typed with diacritics, a word without them is that word: "phát huy" is not "hủy"
            boolean typedAccented = VietnameseText.typedWithDiacritics(question);
            String premise = outsideQuotes(lexicon.premises().find(words)).stream()
                    .filter(m -> !typedAccented || words.subList(m.from(), m.to()).stream().anyMatch(Word::accented))
                    .filter(m -> !isAnAlternative(m.from(), m.to())) // "tăng hay giảm" asks which, it takes neither for granted
                    .map(Match::value).findFirst().orElse("");
            String detail = outsideQuotes(lexicon.seldomGiven().find(words)).stream().map(Match::value).findFirst().orElse("");
            List<String> unit = form == Form.HOW_MANY ? unit() : form == Form.LIST ? listed()
                    : form == Form.WHERE ? venueKind() : form == Form.SPOKE ? partsSpokenIn() : List.of();
            List<List<String>> topic = topic();
            if (form == Form.HOW_MANY && topic.equals(List.of(unit)) && lexicon.hasCountingWords(String.join(" ", unit))) {
                // "hội nghị … có bao nhiêu người?" asks the count alone: "hơn 700 đại biểu" counts people too
                topic = List.of();
            }
            String topicText = topicText();
            int year = years.size() == 1 ? years.getFirst() : 0;
            return new Intent(question, text, english, form, kind, person == null ? null : person.person(),
                    person != null && isAddressed(titledFrom(person.from())), unknownPerson,
                    titles, conference.value(), conference.strength() == 1, ordinal, aboutMeeting(conference.value(), ordinal),
                    year, years, date, numbers(), names, documents(), premise, detail, unit, asksATotal(), form == Form.WHEN ? grain() : DateGrain.ANY, topic,
                    topicText, terms(), span(), 1 + (int) cues.stream().filter(c -> c.value().equals("more")).count(), parts,
                    new Mentions(person == null ? "" : written(titledFrom(person.from()), person.to()),
                            meetingFrom < 0 ? "" : written(meetingFrom, meetingTo), leaning, occasion(), personTitles, asking()));
        }

        /** The words of the question's cues that ask something, as written: not its fillers, agent nouns or page turns. */
        private List<String> asking() {
            return cues.stream().filter(c -> !NOT_ASKING.contains(c.value())).map(c -> written(c.from(), c.to())).toList();
        }

        /**
         * The run of words around the meeting's kind that tells which meeting it is: the place word and
         * "hội nghị" before it, its period, number and year after it ("tại hội nghị sơ kết 6 tháng đầu năm
         * 2019 của BNG"); empty when no kind is named.
         */
        private String occasion() {
            if (meetingFrom < 0) {
                return "";
            }
            return written(occasionFrom(), occasionTo());
        }

        /** Where the run of words naming the meeting ends, with its period, number and year; 0 when no kind is named. */
        private int occasionTo() {
            if (meetingFrom < 0) {
                return 0;
            }
            int to = meetingTo;
            while (to < words.size() && isOfTheOccasion(to)) {
                to++;
            }
            while (to > meetingTo && OCCASION_DANGLING.contains(words.get(to - 1).folded())) {
                to--;
            }
            return to;
        }

        /**
         * Where the run of words naming the meeting starts, with its place word and "hội nghị" before the
         * kind ("o hoi nghi tong ket"); the number of words when no kind is named.
         */
        private int occasionFrom() {
            if (meetingFrom < 0) {
                return words.size();
            }
            int from = meetingFrom;
            while (from > 0 && OCCASION_BEFORE.contains(words.get(from - 1).folded())) {
                from--;
            }
            return from;
        }

        /** True when word {@code at} goes on telling the meeting before it: its period, number, year or ministry. */
        private boolean isOfTheOccasion(int at) {
            String folded = words.get(at).folded();
            String before = words.get(at - 1).folded();
            if (words.get(at).isNumber()) {
                // "6 tháng", "lần thứ 32", "năm 2019", "tổng kết 2022": a count of people ("hơn 700") is no period
                boolean aYearAsked = folded.length() == 4 && years.contains(Integer.parseInt(folded));
                return OCCASION_NUMBERED.contains(before) || aYearAsked
                        || at + 1 < words.size() && words.get(at + 1).folded().equals("thang");
            }
            // "ngành ngoại giao", "Bộ Ngoại giao" belong to the meeting's name; "ngoại giao kinh tế" does not
            boolean ofTheMinistry = folded.equals("ngoai") && OCCASION_OF_THE_MINISTRY.contains(before)
                    || folded.equals("giao") && before.equals("ngoai");
            return OCCASION_AFTER.contains(folded) || ofTheMinistry;
        }

        /**
         * The words by which the question leans on a conversation ("ông ấy", "hội nghị đó", "còn … thì sao",
         * "nguồn nào?"), framed: they point at what the turns before were about, and are not it. A swap's
         * words count only where a turn opens or closes.
         */
        private List<Mentions.Leaning> leaning() {
            List<Mentions.Leaning> out = new ArrayList<>();
            for (Match<String> m : outsideQuotes(lexicon.followUps().find(words))) {
                if (m.value().equals("swap") && m.from() != 0 && m.to() != words.size()) {
                    continue;
                }
                Mentions.Kind kind = Mentions.Kind.valueOf(m.value().toUpperCase(Locale.ROOT));
                if (m.size() > 1 || !kind.asksAboutTheLastAnswer()) {
                    frame(m.from(), m.to()); // "nguồn" alone is a request only when nothing else is asked: "an ninh nguồn nước"
                }
                out.add(new Mentions.Leaning(kind, written(m.from(), m.to())));
            }
            return out;
        }

        /** True when words [from, to) are one of the alternatives a question offers: "tăng hay giảm", "giảm hoặc tăng". */
        private boolean isAnAlternative(int from, int to) {
            return from > 0 && ALTERNATIVES.contains(words.get(from - 1).folded())
                    || to < words.size() && ALTERNATIVES.contains(words.get(to).folded());
        }

        /** Where the title right before word {@code at} starts ("Bộ trưởng" of "Bộ trưởng Sơn"), or {@code at}. */
        private int titledFrom(int at) {
            return lexicon.titles().find(words).stream().filter(t -> t.to() == at).map(Match::from).findFirst().orElse(at);
        }

        /**
         * True when the title at word {@code at} is the object of a speech verb whose subject the question names
         * before it, a body or {@code person}: "Bộ Ngoại giao kiến nghị Thủ tướng", "Sở Ngoại vụ đề xuất Bộ trưởng".
         */
        private boolean isSpokenTo(int at, PersonMatcher.Found person) {
            return verbs.stream().anyMatch(v -> v.to() == at && v.from() > 0
                    && (nameMatches().stream().anyMatch(n -> n.to() == v.from()) || person != null && person.to() == v.from()));
        }

        /**
         * True when the words before {@code at} make who is named there the one spoken to: "báo cáo với …", and
         * "báo cáo PTT …", whose "báo cáo" says to whom without a "với".
         */
        private boolean isAddressed(int at) {
            return at > 0 && ADDRESSING.contains(words.get(at - 1).folded())
                    || at > 1 && words.get(at - 2).folded().equals("bao") && words.get(at - 1).folded().equals("cao");
        }

        /** Words {@code from} to {@code to} as the question as read writes them. */
        private String written(int from, int to) {
            return text.substring(words.get(from).start(), words.get(to - 1).end());
        }

        private record Found<T>(T value, int strength) {
        }

        // --- what the words are -------------------------------------------------------------------

        /** True when most of the question's words that can carry marks carry them: it was typed with diacritics. */
        private boolean isTypedWithMarks() {
            long accented = words.stream().filter(Word::accented).count();
            long letters = words.stream().filter(w -> !w.isNumber() && w.folded().length() > 1).count();
            return accented >= MIN_MARKED_WORDS && accented * 2 >= letters;
        }

        private void frame(int from, int to) {
            for (int i = from; i < to && i < framed.length; i++) {
                framed[i] = true;
            }
        }

        /**
         * True when the question asks what a report says of itself: a credits cue that can ask nothing else ("ai
         * viết", "nơi nhận"), or one that can ("ban hành ngày nào", "lượt xem") in a question that names a report
         * ("bài", "báo cáo", "văn bản"). Without one, the day a directive or a treaty was signed, or the views a
         * video drew, is in passages.
         */
        private boolean asksOfTheReport() {
            boolean reportBound = cues.stream().allMatch(c -> !meaningOf(c).equals("credits") || REPORT_BOUND.contains(c.value()));
            boolean namesAReport = false;
            for (int i = 0; i < words.size() && !namesAReport; i++) {
                String pair = i + 1 < words.size() ? words.get(i).folded() + " " + words.get(i + 1).folded() : "";
                namesAReport = words.get(i).folded().equals("bai") || REPORT_NOUNS.contains(pair);
            }
            return !reportBound || namesAReport || REPORT_NUMBER.matcher(text).find();
        }

        private boolean has(String meaning) {
            return cues.stream().anyMatch(c -> c.value().equals(meaning) || c.value().startsWith(meaning + "-"));
        }

        /** The grain of date a when-question asks for: day, month, year, hour, or any. */
        private DateGrain grain() {
            if (cues.stream().anyMatch(c -> c.value().equals("when-range"))) {
                // "từ ngày nào đến ngày nào" names a day twice; "bắt đầu và kết thúc lúc mấy giờ" an hour twice
                return cues.stream().anyMatch(c -> c.value().equals("when-hour")) ? DateGrain.HOURS : DateGrain.RANGE;
            }
            for (Match<String> c : cues) {
                switch (c.value()) {
                    case "when-day", "credits-issued" -> {
                        return DateGrain.DAY; // "ban hành ngày nào": the day
                    }
                    case "when-month" -> {
                        return DateGrain.MONTH;
                    }
                    case "when-year" -> {
                        return DateGrain.YEAR;
                    }
                    case "when-hour" -> {
                        return DateGrain.HOUR;
                    }
                    case "when-weekday" -> {
                        return DateGrain.WEEKDAY;
                    }
                    default -> {
                    }
                }
            }
            return DateGrain.ANY;
        }

        /**
         * Frames the years, and the word that says a number is a year, month, day or time ("nam 2022" typed
         * without diacritics is "năm 2022").
         */
        private void frameYearsAndNumbers() {
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.isNumber() && w.lower().length() == 4 && years.contains(Integer.parseInt(w.lower()))) {
                    framed[i] = true;
                }
                // "tháng 3/2024": a month of the year named says when, as the year does; no passage need write it
                if (w.isNumber() && isMonthOfAYear(i)) {
                    framed[i] = true;
                }
                boolean counted = w.isNumber() && i > 0 && NUMBER_NOUNS.contains(words.get(i - 1).folded());
                if (counted) {
                    framed[i - 1] = true;
                }
                // "trong năm 2023", "trong 2024": the "trong" of a time, typed without marks or not, is no "trọng"
                int time = counted ? i - 1 : i;
                if (w.isNumber() && time > 0 && words.get(time - 1).lower().equals("trong")) {
                    framed[time - 1] = true;
                }
            }
        }

        /**
         * True when the number at {@code at} is a month of a year the question names ("tháng 8/2021", "tháng 8
         * năm 2021"): a time, as the year is, to search by but not a number or a word a passage must give.
         */
        private boolean isMonthOfAYear(int at) {
            Word w = words.get(at);
            boolean month = at > 0 && words.get(at - 1).folded().equals("thang") && w.lower().length() <= 2
                    && Integer.parseInt(w.lower()) >= 1 && Integer.parseInt(w.lower()) <= 12;
            return month && (isYearAt(at + 1) || at + 2 < words.size() && words.get(at + 1).folded().equals("nam")
                    && isYearAt(at + 2));
        }

        /** True when the word at {@code at} is one of the years the question names. */
        private boolean isYearAt(int at) {
            return at < words.size() && words.get(at).isNumber() && words.get(at).lower().length() == 4
                    && years.contains(Integer.parseInt(words.get(at).lower()));
        }

        /** Frames the letters of a document's number ("35/BC-BNG"): a code, not words to look for. */
        private void frameDocumentNumbers() {
            boolean[] inside = inDocumentNumbers(text, words);
            for (int i = 0; i < words.size(); i++) {
                framed[i] |= inside[i] && !words.get(i).isNumber();
            }
        }

        /**
         * True when cue {@code m} names the national conference on external affairs by its field alone: "hội nghị
         * ngoại vụ" with neither "toàn quốc" nor a number, in reports that never write it, is any meeting on
         * external affairs ("HN ngoại vụ các tỉnh biên giới"), whose words are left to find it by.
         */
        private boolean namesItsFieldOnly(Match<Lexicon.ConferenceCue> m, int ordinal) {
            if (m.value().kind() != ConferenceKind.EXTERNAL_AFFAIRS_CONFERENCE || ordinal != 0 || m.size() != 4
                    || vocabulary == Vocabulary.NONE || vocabulary.docFrequency("hoi nghi ngoai vu") > 0) {
                return false; // reports that write "Hội nghị Ngoại vụ …" have such meetings, of whatever reach
            }
            for (int i = m.to(); i < Math.min(words.size(), m.to() + 3); i++) {
                if (words.get(i).folded().equals("toan") || words.get(i).folded().equals("quoc")) {
                    return false;
                }
            }
            return true;
        }

        /** The number of a numbered meeting ("lần thứ 32"), its words framed; 0 when none. */
        private int ordinal() {
            String folded = String.join(" ", words.stream().map(Word::folded).toList());
            Matcher m = ORDINAL.matcher(folded);
            if (!m.find()) {
                return 0;
            }
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            String written = digits != null ? digits : m.group(3);
            int number = digits != null ? Integer.parseInt(written) : Ordinals.of(written).orElseThrow(); // "lần thứ tư"
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).folded().equals(written)) {
                    framed[i] = true;
                    break;
                }
            }
            return number;
        }

        /**
         * True when the review cue {@code m} names a report ("báo cáo tổng kết", "báo cáo sơ kết") and the question
         * names a meeting by "hội nghị" elsewhere: the report is what was presented there.
         */
        private boolean isAReportPresentedAtAnotherMeeting(Match<Lexicon.ConferenceCue> m) {
            boolean aReport = m.value().kind().isReview() && m.from() >= 2 && words.get(m.from() - 2).folded().equals("bao")
                    && words.get(m.from() - 1).folded().equals("cao");
            if (!aReport) {
                return false;
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                boolean meeting = words.get(i).folded().equals("hoi") && words.get(i + 1).folded().equals("nghi");
                if (meeting && (i + 1 < m.from() - 2 || i >= m.to())) {
                    return true;
                }
            }
            return false;
        }

        /** The kind of meeting named: the strongest cue, its words framed; {@code ordinal} is the meeting's number, or 0. */
        private Found<ConferenceKind> conference(int ordinal) {
            meetingFrom = -1;
            Found<ConferenceKind> best = new Found<>(null, Integer.MAX_VALUE);
            int bestDistance = Integer.MAX_VALUE;
            int year = years.size() == 1 ? indexOf(String.valueOf(years.getFirst())) : -1;
            for (Match<Lexicon.ConferenceCue> m : outsideQuotes(lexicon.conferenceCues().find(words))) {
                if (asksItsNumber(m.to())) {
                    continue; // "theo tinh thần HN Ngoại giao lần thứ mấy": the meeting asked about, not the one asked of
                }
                if (m.value().kind() == ConferenceKind.OTHER && verbs.stream().anyMatch(v -> v.to() == m.from())) {
                    continue; // "TTg yêu cầu tổng kết nghị quyết …": a task asked for, not the meeting asked of
                }
                if (m.value().kind() == ConferenceKind.OTHER && isDocumentWord(m.to() - 1) && asksWhichOne(m.to())) {
                    continue; // "tổng kết nghị quyết nào?", "… số mấy": which document is reviewed, not a meeting
                }
                if (namesItsFieldOnly(m, ordinal)) {
                    continue; // "HN ngoại vụ 7 tỉnh biên giới": a meeting on external affairs, not the national one
                }
                if (isAReportPresentedAtAnotherMeeting(m)) {
                    continue; // "ai trình bày báo cáo tổng kết tại hội nghị lãnh sự": the document, not the meeting
                }
                // "hội nghị ngoại giao văn hóa" names a meeting by its field, which its name says whatever its kind
                // ("Hội nghị sơ kết công tác ngoại giao văn hóa 6 tháng"): the field's words stay words to find it by
                boolean byItsField = m.value().kind() == ConferenceKind.OTHER && m.size() > 2
                        && words.get(m.from()).folded().equals("hoi") && words.get(m.from() + 1).folded().equals("nghi");
                frame(m.from(), byItsField ? m.from() + 2 : m.to());
                // of two kinds named outright, the one next to the year: "tổng kết 2022 và sơ kết 2023"
                int distance = year < 0 ? 0 : Math.min(Math.abs(year - m.from()), Math.abs(year - (m.to() - 1)));
                if (m.value().strength() < best.strength()
                        || m.value().strength() == best.strength() && distance < bestDistance) {
                    best = new Found<>(m.value().kind(), m.value().strength());
                    bestDistance = distance;
                    meetingFrom = m.from();
                    meetingTo = m.to();
                }
            }
            // "sơ kết 6 tháng triển khai Nghị quyết 59": a review of a numbered document, as ingest reads it, is
            // no review of the ministry's half year or year
            boolean review = best.value() != null && best.value().isReview();
            if (review && namesANumberedDocument()) {
                return new Found<>(ConferenceKind.OTHER, best.strength());
            }
            if (best.value() == ConferenceKind.YEAR_END_REVIEW && namesTheFirstHalfNear(meetingFrom, meetingTo)) {
                // "the first-half 2023 review conference", "tổng kết 6 tháng đầu năm": a review of a half year is the mid-year one
                return new Found<>(ConferenceKind.MID_YEAR_REVIEW, best.strength());
            }
            return best.value() == null ? new Found<>(null, 0) : best;
        }

        /** True when "6 tháng đầu" ("06", "sáu") is written within {@link #HALF_YEAR_REACH} words of words [from, to). */
        private boolean namesTheFirstHalfNear(int from, int to) {
            for (int i = Math.max(0, from - HALF_YEAR_REACH); i + 2 < Math.min(words.size(), to + HALF_YEAR_REACH); i++) {
                if (SIX.contains(words.get(i).folded()) && words.get(i + 1).folded().equals("thang")
                        && words.get(i + 2).folded().equals("dau")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when the review the words name is of a resolution, a directive or a conclusion given by its number:
         * a few words after "sơ kết" or "tổng kết" ("sơ kết 6 tháng triển khai Nghị quyết 59"), or right before
         * it, with at most "hội nghị" between ("CT25 tổng kết", "the Directive 25 review conference").
         */
        private boolean namesANumberedDocument() {
            int review = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).folded().equals("ket") && i > 0
                        && (words.get(i - 1).folded().equals("so") || words.get(i - 1).folded().equals("tong"))) {
                    review = i;
                    break;
                }
            }
            if (review < 0) {
                return false;
            }
            for (int i = review + 1; i + 1 < words.size() && i <= review + REVIEWED_DOCUMENT_REACH; i++) {
                int number = words.get(i + 1).folded().equals("so") ? i + 2 : i + 1;
                if (isDocumentWord(i) && number < words.size() && isDocumentNumber(number)) {
                    return true;
                }
            }
            int before = review - 2;
            while (before >= 0 && (words.get(before).folded().equals("nghi") || words.get(before).folded().equals("hoi"))) {
                before--;
            }
            return before >= 1 && isDocumentNumber(before)
                    && (isDocumentWord(before - 1) || before >= 2 && words.get(before - 1).folded().equals("so")
                    && isDocumentWord(before - 2));
        }

        /**
         * The numbered documents the question names, "Chỉ thị 16" for "chi thi 16", "Chỉ thị số 16" or "CT 16":
         * the kind of document as reports write it and its number. "Kết luận" and "quyết định" are verbs and
         * counts too ("kết luận 3 nội dung"), so they name a document only with "số" or a sign after the number
         * ("Kết luận 12-KL/TW").
         */
        private List<String> documents() {
            List<String> out = new ArrayList<>();
            for (int i = 1; i + 1 < words.size(); i++) {
                String kind = DOCUMENT_KINDS.get(words.get(i - 1).folded() + " " + words.get(i).folded());
                if (kind == null) {
                    continue;
                }
                boolean numbered = words.get(i + 1).folded().equals("so");
                int number = numbered ? i + 2 : i + 1;
                if (number >= words.size() || !isDocumentNumber(number) || !words.get(number).folded().matches("\\d+")) {
                    continue;
                }
                int end = words.get(number).end();
                boolean signed = end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '/');
                if (numbered || signed || STRONG_DOCUMENT_KINDS.contains(kind)) {
                    out.add(kind + " " + words.get(number).folded());
                }
            }
            return out.stream().distinct().toList();
        }

        /** True when the word at {@code i} is a number and not a year: "kết luận 2024" is no document. */
        private boolean isDocumentNumber(int i) {
            return words.get(i).isNumber() && !isAYear(words.get(i));
        }

        /** True when {@code w} is written as a year is, "19xx" or "20xx": no count and no document's number. */
        private static boolean isAYear(Word w) {
            return w.folded().matches("(?:19|20)\\d\\d");
        }

        /** True when the words from {@code at} ask which one: "nào", "gì", "số mấy", "số bao nhiêu". */
        private boolean asksWhichOne(int at) {
            String next = at < words.size() ? words.get(at).folded() : "";
            String then = at + 1 < words.size() ? words.get(at + 1).folded() : "";
            return next.equals("nao") || next.equals("gi") || next.equals("so") && (then.equals("may") || then.equals("bao"));
        }

        /** True when the word at {@code i} ends the name of a kind of numbered document: "nghị quyết", "chỉ thị". */
        private boolean isDocumentWord(int i) {
            if (i < 1) {
                return false;
            }
            return DOCUMENT_KINDS.containsKey(words.get(i - 1).folded() + " " + words.get(i).folded());
        }

        /** True when the title at {@code at} follows "năm" (a year, not the name "Nam"): it names a term of office. */
        private boolean namesATerm(int at) {
            return at > 0 && words.get(at - 1).folded().equals("nam") && !words.get(at - 1).text().equals("Nam");
        }

        /** The lexicon's names in the words, found once when the reading starts: it asks for them at many steps. */
        private List<Match<String>> nameMatches() {
            return nameMatches;
        }

        /** The known person the words name, found once: matching names is the costliest step of a reading. */
        private PersonMatcher.Found personNamed() {
            if (!personSought) {
                personFound = people.find(words);
                personSought = true;
            }
            return personFound;
        }

        /** True when word {@code i} is in the question's last clause: no comma or full stop after it. */
        private boolean isInTheLastClause(int i) {
            for (int j = i + 1; j < words.size(); j++) {
                if (punctuationBefore(j)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True when the question asks yes or no whether someone presided, attended or spoke: an act of a
         * meeting, and "không", "ko" or "chưa" last ("TTg có dự không?", "BT Sơn có phát biểu ko").
         */
        private boolean asksWhetherTheyActed() {
            return endsAskingYesOrNo() && cues.stream().anyMatch(c -> TAKING_PART.contains(c.value())) && !has("who");
        }

        /** True when the question ends asking yes or no: "không", "ko", "chưa". */
        private boolean endsAskingYesOrNo() {
            String last = words.isEmpty() ? "" : words.getLast().folded();
            return last.equals("khong") || last.equals("ko") || last.equals("k") || last.equals("chua") || last.equals("hok");
        }

        /** True when the words from {@code at} ask which number a meeting was: "lần thứ mấy", "lần mấy", "thứ mấy". */
        private boolean asksItsNumber(int at) {
            int i = at < words.size() && words.get(at).folded().equals("lan") ? at + 1 : at;
            i = i < words.size() && words.get(i).folded().equals("thu") ? i + 1 : i;
            return i > at && i < words.size() && (words.get(i).folded().equals("may")
                    || words.get(i).folded().equals("bao") && i + 1 < words.size() && words.get(i + 1).folded().equals("nhieu"));
        }

        /** True when the words that name the person are inside a name of the lexicon (a place, an organisation). */
        private boolean isInAName(PersonMatcher.Found person) {
            return nameMatches().stream().anyMatch(n -> n.from() <= person.from() && n.to() >= person.to()
                    && n.size() > person.to() - person.from());
        }

        /** True when the word before the matched name is a surname not in it: "Lê Minh Vũ" is not "Minh Vũ". */
        private boolean hasOtherSurnameBefore(PersonMatcher.Found person) {
            if (person.to() - person.from() >= 3) {
                return false;
            }
            // "Lê Minh Vũ" is not "Minh Vũ", nor "Lê Thị Thu Hằng" "Phạm Thu Hằng": a surname a middle name before
            for (int before = person.from() - 1; before >= Math.max(0, person.from() - 2); before--) {
                if (framed[before] || before < person.from() - 1 && !isTitleCase(words.get(before + 1))) {
                    return false;
                }
                if (lexicon.isSurname(words.get(before), false)
                        && !VietnameseText.fold(person.person().name()).startsWith(words.get(before).folded() + " ")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The titles named without a name, with their qualifiers ("bộ trưởng bộ công an"); a title followed
         * by a surname and given names is an unknown person's, returned. All their words are framed.
         */
        private String titles(PersonMatcher.Found person, List<NamedTitle> titles, String unknown) {
            String found = unknown;
            for (Match<String> m : outsideQuotes(lexicon.titles().find(words))) {
                List<String> group = lexicon.titlesOfGroup(m.value());
                if (!group.isEmpty() && !asksWhichHolder(m.to())) {
                    continue; // "trình Lãnh đạo Bộ": whom a passage names, not a title whose holders are asked for
                }
                frame(m.from(), m.to());
                if (person != null && m.to() <= person.from() && onlyFrameBetween(m.to(), person.from())) {
                    if (saysTheirTitle(m, person)) {
                        personTitles.add(m.value());
                    }
                    continue; // the person's own title
                }
                if (namesATerm(m.from())) {
                    continue; // "Năm Chủ tịch ASEAN 2020" is a country's year in the chair, not a person
                }
                if (nameMatches().stream().anyMatch(n -> n.from() == m.from() && n.size() > m.size())) {
                    continue; // "Đại sứ quán" is the embassy, not an ambassador
                }
                if (isSpokenTo(m.from(), person)) {
                    continue; // "Bộ Ngoại giao kiến nghị Thủ tướng …": the one spoken to, not the speaker
                }
                int after = m.to();
                // "Đại sứ Thái Lan" is a country's ambassador: a name of the lexicon is no person's
                if (found.isEmpty() && person == null && after < words.size() && lexicon.isSurname(words.get(after), true)
                        && startsAName(after) && nameMatches().stream().noneMatch(n -> n.from() == after)) {
                    String name = nameFrom(after, Math.min(words.size(), after + MAX_NAME));
                    // "đại sứ Cao Bằng": a place the reports write is no one they lack
                    String folded = VietnameseText.fold(name);
                    if (name.split(" ").length >= 2 && placeNames().stream().map(VietnameseText::fold)
                            .noneMatch(p -> folded.startsWith(p) && vocabulary.docFrequency(p) > 0)) {
                        found = name;
                        frame(after, after + name.split(" ").length);
                        continue;
                    }
                }
                List<String> qualifier = new ArrayList<>();
                boolean narrowed = after < words.size() && !punctuationBefore(after)
                        && (isQualifierHead(after) || namesAPlace(after));
                boolean[] named = new boolean[words.size()];
                nameMatches().forEach(n -> java.util.Arrays.fill(named, n.from(), n.to(), true));
                for (int i = after; narrowed && i < words.size() && (qualifier.size() < MAX_QUALIFIER || named[i])
                        && qualifies(i) && (i == after || !punctuationBefore(i)); i++) {
                    qualifier.add(words.get(i).folded());
                    framed[i] = true;
                }
                int end = m.to() + qualifier.size();
                // "Đại sứ Việt Nam tại Thái Lan", "ambassador to Germany": where they are posted tells them apart
                int place = end + 1;
                if (place < words.size() && POSTED.contains(words.get(end).folded()) && namesAPlace(place)
                        && !punctuationBefore(place)) {
                    int to = nameMatches().stream().filter(n -> n.from() == place).mapToInt(Match::to).findFirst()
                            .orElse(place + 1);
                    // the place stays a word of the topic: "Đại sứ tại Nhật Bản tên gì" is about Japan's ambassador
                    qualifier.add("tai");
                    for (int i = place; i < to; i++) {
                        qualifier.add(words.get(i).folded());
                    }
                    end = to;
                }
                // "Thủ tướng nào dự?", and "Thủ tướng có dự không?": which holders of the title took part
                boolean asked = end < words.size() && words.get(end).folded().equals("nao") || asksWhetherTheyActed();
                // "ông ấy là Thủ tướng à?": the role the question says someone has
                boolean said = !asked && m.from() > 0 && SAYING_A_ROLE.contains(words.get(m.from() - 1).folded());
                String written = text.substring(words.get(m.from()).start(), words.get(end - 1).end());
                // "lãnh đạo Chính phủ nào dự?": a holder of any title of the group
                for (String title : group.isEmpty() ? List.of(m.value()) : group) {
                    titles.add(new NamedTitle(title, String.join(" ", qualifier), written, asked, said));
                }
            }
            return found;
        }

        /** True when word {@code at} asks "nào", or the one after "Ngoại giao" does ("lãnh đạo Bộ Ngoại giao nào"). */
        private boolean asksWhichHolder(int at) {
            int which = at + 1 < words.size() && words.get(at).folded().equals("ngoai") && words.get(at + 1).folded().equals("giao")
                    ? at + 2 : at;
            return which < words.size() && words.get(which).folded().equals("nao");
        }

        /**
         * True when title {@code m}, written before {@code person}'s name, says which office they hold: not when the
         * question types "TT" (a Thứ trưởng, a Thường trực, in chat a Thủ tướng), nor when the title's last word is
         * the name's surname read twice ("Cục trưởng Đoàn Văn Lực" holds no "trưởng đoàn").
         */
        private boolean saysTheirTitle(Match<String> m, PersonMatcher.Found person) {
            String surname = VietnameseText.fold(person.person().name()).split(" ")[0];
            return Words.of(question).stream().noneMatch(w -> lexicon.isSharedTitleShorthand(w.folded()))
                    && !words.get(m.to() - 1).folded().equals(surname);
        }

        private boolean onlyFrameBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!framed[i]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True when word {@code i} may start a name: not a verb, question word or frame word ("Thủ tướng lưu
         * ý…"), and capitalised when the question is typed with diacritics.
         */
        private boolean startsAName(int i) {
            boolean typedWithMarks = !english && words.stream().anyMatch(Word::accented); // English is read lower case
            return lexicon.speechVerbs().at(words, i).isEmpty() && lexicon.questionCues().at(words, i).isEmpty()
                    && lexicon.frame().at(words, i).isEmpty() && (!typedWithMarks || isCapitalised(words.get(i)));
        }

        /** True when word {@code i} narrows the title before it: not a verb, question word, number or frame word. */
        private boolean qualifies(int i) {
            Word w = words.get(i);
            // "Chủ tịch Quốc hội với Bộ Ngoại giao": a joining word ends the office, typed without diacritics too
            boolean joining = JOINING.contains(w.folded()) || !w.accented() && w.folded().equals("cua");
            return !framed[i] && !joining && !w.isNumber() && lexicon.speechVerbs().at(words, i).isEmpty()
                    && lexicon.questionCues().at(words, i).isEmpty()
                    && lexicon.frame().at(words, i).map(f -> f.value().equals("qualifier")).orElse(true)
                    && lexicon.premises().at(words, i).isEmpty() && lexicon.titles().at(words, i).isEmpty();
        }

        /** True when word {@code i} starts what narrows a title: "bộ", "ủy ban", "tỉnh"… */
        private boolean isQualifierHead(int i) {
            return lexicon.frame().at(words, i).map(f -> f.value().equals("qualifier")).orElse(false);
        }

        /**
         * True when word {@code i} starts a proper name that is no person's: "Thủ tướng Nhật Bản" is Japan's
         * prime minister, not ours.
         */
        private boolean namesAPlace(int i) {
            boolean proper = lexicon.names().at(words, i).map(n -> Character.isUpperCase(n.value().charAt(0))).orElse(false);
            Word w = words.get(i);
            return proper || w.accented() && isCapitalised(w) && !lexicon.isSurname(w, true) && !framed[i];
        }

        /** True when punctuation stands between word {@code i} and the word before it. */
        private boolean punctuationBefore(int i) {
            return i > 0 && PUNCTUATION.matcher(text.substring(words.get(i - 1).end(), words.get(i).start())).find();
        }

        /** True when a mark other than a bracket stands before word {@code i}: "HN ngoại vụ 21 (2023)" is one mention. */
        private boolean clauseMarkBefore(int i) {
            return i > 0 && CLAUSE_MARK.matcher(text.substring(words.get(i - 1).end(), words.get(i).start())).find();
        }

        /** The name that starts at word {@code from}: the words up to {@code limit} that are no other kind of word. */
        private String nameFrom(int from, int limit) {
            List<String> name = new ArrayList<>();
            for (int i = from; i < limit && i < words.size() && (i == from || qualifies(i)) && !words.get(i).isNumber(); i++) {
                name.add(words.get(i).text());
            }
            return String.join(" ", name);
        }

        /**
         * A person's name typed with capitals and diacritics that no report has ("Nguyễn Quốc Cường"): a
         * capitalised surname with capitalised given names, none of it a name the lexicon knows.
         */
        private String capitalisedName() {
            boolean[] named = new boolean[words.size()];
            nameMatches().forEach(n -> java.util.Arrays.fill(named, n.from(), n.to(), true));
            for (int i = 0; i + 1 < words.size(); i++) {
                Word w = words.get(i);
                // a name never runs into a body's name the lexicon knows: "Đoàn BNG" is the ministry's Youth Union
                if (!framed[i] && !named[i] && w.accented() && isCapitalised(w) && lexicon.isSurname(w, false)
                        && isCapitalised(words.get(i + 1)) && !framed[i + 1] && !named[i + 1]) {
                    int end = i + 1;
                    while (end < words.size() && end - i < MAX_NAME && isCapitalised(words.get(end)) && !framed[end]
                            && !named[end]) {
                        end++;
                    }
                    frame(i, end);
                    return String.join(" ", words.subList(i, end).stream().map(Word::text).toList());
                }
            }
            return "";
        }

        /**
         * The names of places and bodies the question writes with capitals and the lexicon lacks ("điểm cầu
         * Quảng Trị", "tỉnh Cao Bằng"): two or more capitalised words in a row that name no person, title,
         * meeting or name of the lexicon, and are not the capital that starts the question ("Tại", "Ai").
         */
        private List<String> placeNames() {
            boolean[] taken = meetingWords().clone();
            nameMatches().forEach(n -> java.util.Arrays.fill(taken, n.from(), n.to(), true));
            lexicon.titles().find(words).forEach(t -> java.util.Arrays.fill(taken, t.from(), t.to(), true));
            PersonMatcher.Found person = personNamed();
            if (person != null) {
                java.util.Arrays.fill(taken, person.from(), person.to(), true);
            }
            List<String> found = new ArrayList<>();
            for (int i = 0; i < words.size(); ) {
                int end = i;
                while (end < words.size() && !taken[end] && isCapitalised(words.get(end)) && !words.get(end).isNumber()
                        && Syllables.looksLikeOne(words.get(end).folded()) && !isUpperCase(words.get(end))
                        && (end == i || words.get(end).start() - words.get(end - 1).end() == 1)) {
                    end++;
                }
                int from = i == 0 && end > 0 && startsTheQuestion(words.get(0)) ? 1 : i;
                // a run that starts with a family name is a person's name, known or not
                if (end - from >= 2 && !lexicon.isSurname(words.get(from), false)) {
                    found.add(String.join(" ", words.subList(from, end).stream().map(Word::text).toList()));
                }
                i = Math.max(end, i + 1);
            }
            return found;
        }

        /** True when {@code first} is a word of the question's frame, capitalised only because it comes first. */
        private boolean startsTheQuestion(Word first) {
            List<Word> one = List.of(first);
            return lexicon.frame().at(one, 0).isPresent() || lexicon.questionCues().at(one, 0).isPresent()
                    || lexicon.isFunctionWord(first.folded()) || lexicon.speechVerbs().at(one, 0).isPresent();
        }

        private static boolean isUpperCase(Word w) {
            return w.text().length() > 1 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT));
        }

        private static boolean isCapitalised(Word w) {
            return Character.isUpperCase(w.text().charAt(0));
        }

        // --- what it asks -------------------------------------------------------------------------

        private Form form(Person person, List<NamedTitle> titles, boolean unknownPerson, boolean namesAMeeting) {
            boolean someone = person != null || !titles.isEmpty() || unknownPerson;
            boolean whichPerson = asksWhichOf(lexicon.titles().find(words));
            boolean whichOnes = asksWhichOnes();
            if (has("compare")) {
                // "so sánh vai trò của X ở A và B": where they took part, and as what, is the comparison
                return has("role") && person != null ? Form.MEETINGS_OF : Form.COMPARE;
            }
            // "ai gửi email tóm tắt họp báo?": the e-mail sent is a summary, who sent it is what is asked
            boolean creditsOfTheReport = cues.stream().anyMatch(c -> c.value().equals("credits")) && asksOfTheReport();
            if (has("summary") && !creditsOfTheReport) {
                return Form.SUMMARY;
            }
            if (has("credits") && asksOfTheReport()) {
                return Form.CREDITS; // "ai viết bài …", "báo cáo số mấy, ai ký": the report, not its content
            }
            if (has("credits-signed")) {
                return Form.WHO; // "ai ký hiệp định …": who signed what a passage tells of
            }
            if (has("credits-issued")) {
                return Form.WHEN; // "Chỉ thị 25 ban hành ngày nào", "RCEP ký ngày nào": a day its passages give
            }
            if (person != null && !has("who") && !whichPerson && asksWhichOccasions() && !saysSomethingAfterAVerb()) {
                // "X phát biểu ở những buổi nào", "X xuất hiện ở những báo cáo nào, với vai trò gì": their meetings
                return Form.MEETINGS_OF;
            }
            if (has("when") && grain() == DateGrain.YEAR && date != null && years.isEmpty() && whichOnes) {
                return Form.LIST; // "những hội nghị nào diễn ra ngày 5/7, vào năm nào": each of that day, dated in full
            }
            if (has("when")) {
                return Form.WHEN;
            }
            if (has("how-many")) {
                return Form.HOW_MANY;
            }
            if (has("which-report")) {
                return Form.WHICH_REPORT;
            }
            if (has("asked")) {
                return Form.ASKED; // "phóng viên báo nào hỏi về …": a turn of a briefing, not the report's credits
            }
            if (has("where")) {
                return Form.WHERE;
            }
            if (has("role-every") && person != null && !namesAMeeting && years.isEmpty()) {
                return Form.MEETINGS_OF; // "X giữ những chức vụ gì qua các năm": each meeting, with the role they held there
            }
            if (has("role") && person != null && years.size() >= 2 && !namesAMeeting && !has("who") && verbs.isEmpty()) {
                return Form.MEETINGS_OF; // "X giữ chức gì năm 2018 và năm 2023": the posts they held at the meetings of those years
            }
            if (has("role") && person != null && !has("who") && !has("which-meeting") && verbs.isEmpty()) {
                return Form.ROLE; // "X làm gì" is their post; "X đề nghị ngành làm gì" is what they asked
            }
            if (has("who") || whichPerson) {
                if (has("presided")) {
                    return Form.PRESIDED;
                }
                if (has("attended")) {
                    return Form.ATTENDED;
                }
                // "ai nhắc tới bản sắc 'cây tre Việt Nam'": words in quotation marks are words someone said
                if (saysSomethingAfterAVerb() || quotesSomething()) {
                    return Form.WHO_SAID;
                }
                return has("spoke") ? Form.SPOKE : Form.WHO;
            }
            // "HN nào có X phát biểu?": where they spoke, when the question gives nothing they said
            if (someone && asksWhetherTheyActed()) {
                // "TTg có dự HN tổng kết 2022 không?": yes, with who did, or the records' silence
                return has("presided") ? Form.PRESIDED : has("attended") ? Form.ATTENDED : Form.SPOKE;
            }
            if (person != null && has("which-meeting") && (verbs.isEmpty() || !saysSomethingAfterAVerb())) {
                return Form.MEETINGS_OF;
            }
            if (has("list") || whichOnes || asksNamesOfACount() || countedNoun().isPresent()) {
                return Form.LIST;
            }
            if (someone && !verbs.isEmpty() && (has("what") || has("role") || !namesAMeeting
                    || verbs.stream().anyMatch(v -> v.from() == 0))) {
                return Form.SAID_BY;
            }
            if (someone && !words.isEmpty() && words.getFirst().folded().equals("theo")) {
                return Form.SAID_BY; // "Theo Phó Thủ tướng, nhiệm vụ trung tâm là gì?": what they said
            }
            if (has("which-meeting")) {
                return Form.WHICH_MEETING;
            }
            return Form.FACT;
        }

        /** True when a title is followed by "nào": "Thứ trưởng nào …?" asks who. */
        private boolean asksWhichOf(List<Match<String>> titles) {
            return titles.stream().anyMatch(t -> whichAfter(t.to()));
        }

        /**
         * True when "nào" follows word {@code at} directly or after the name that narrows a title: "Trưởng Ban
         * Đối ngoại Trung ương nào", "Bộ trưởng Bộ Công an nào" ask which holder as "Thủ tướng nào" does.
         */
        private boolean whichAfter(int at) {
            for (int i = at; i < words.size() && i <= at + MAX_QUALIFIER + 2; i++) {
                if (words.get(i).folded().equals("nao")) {
                    return true;
                }
                int word = i;
                // "Thủ tướng yêu cầu tổng kết nghị quyết nào": what the title's holder asked for, not which holder
                boolean asksOrJoins = lexicon.questionCues().at(words, i).isPresent()
                        || lexicon.frame().at(words, i).map(f -> f.value().equals("function")).orElse(false)
                        || verbs.stream().anyMatch(v -> v.from() == word);
                if (i > at && punctuationBefore(i) || asksOrJoins) {
                    return false;
                }
            }
            return false;
        }

        /**
         * True when the question asks the names of a group it counts: "tên 12 lãnh sự danh dự", "Ban Chấp hành
         * khóa VIII gồm 21 người tên gì", "danh sách 12 doanh nghiệp" ask for a list of {@link #MIN_NAMED_GROUP} or more.
         */
        private boolean asksNamesOfACount() {
            boolean name = false;
            boolean count = false;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                name |= w.folded().equals("ten") && !framed[i]
                        || w.folded().equals("sach") && i > 0 && words.get(i - 1).folded().equals("danh");
                count |= w.isNumber() && w.folded().matches("\\d{1,4}") && !isAYear(w)
                        && Integer.parseInt(w.folded()) >= MIN_NAMED_GROUP && !framed[i];
            }
            return name && count;
        }

        /**
         * The noun a question counts and then asks which of: "12 tổ chức nào", "30 doanh nghiệp lớn … là doanh
         * nghiệp nào" ask the names of the 12, of the 30; later, the first word of the noun after the count is
         * the word before "nào".
         */
        private Optional<List<String>> countedNoun() {
            for (int i = 0; i + 1 < words.size(); i++) {
                Word w = words.get(i);
                boolean count = w.isNumber() && w.folded().matches("\\d{1,4}") && !isAYear(w) && !framed[i]
                        && Integer.parseInt(w.folded()) >= MIN_COUNTED_GROUP;
                if (!count) {
                    continue;
                }
                // "12 tổ chức nào": which of a count, asked at once
                for (int j = i + 2; j <= i + 1 + MAX_UNIT && j < words.size() && !punctuationBefore(j); j++) {
                    if (words.get(j).folded().equals("nao")) {
                        return Optional.of(Canonical.words(words.subList(i + 1, j)));
                    }
                }
                String noun = words.get(i + 1).folded();
                for (int j = i + 2; j + 1 < words.size(); j++) {
                    if (words.get(j).folded().equals(noun) && words.get(j + 1).folded().equals("nao")
                            && lexicon.frame().at(words, j).isEmpty()) {
                        return Optional.of(Canonical.words(words.subList(j, j + 1)));
                    }
                    if (j + 2 < words.size() && words.get(j).folded().equals(noun)
                            && words.get(j + 1).folded().equals(words.get(i + 2).folded())
                            && words.get(j + 2).folded().equals("nao")) {
                        return Optional.of(Canonical.words(words.subList(j, j + 2)));
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * What a list question names the members of, folded in the reports' words: the noun between
         * "những"/"các" and "nào" ("những chuyên ngành nào"), the counted noun asked of ("4 cơ chế … cơ chế
         * nào"), or the noun after "tên"/"danh sách" ("danh sách các tập thể được khen thưởng"); empty if none.
         */
        private List<String> listed() {
            Optional<List<String>> counted = countedNoun();
            if (counted.isPresent()) {
                return counted.get();
            }
            int opens = whichOnes(MAX_UNIT + 1);
            if (opens >= 0) {
                return Canonical.words(words.subList(opens + 1, closingWhich(opens, MAX_UNIT + 1)));
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                String f = words.get(i).folded();
                boolean names = f.equals("ten") || f.equals("sach") && i > 0 && words.get(i - 1).folded().equals("danh");
                if (names) {
                    int from = i + 1;
                    while (from < words.size() && (words.get(from).isNumber()
                            || Set.of("cac", "nhung", "cua").contains(words.get(from).folded()))) {
                        from++;
                    }
                    int to = from;
                    while (to < words.size() && to < from + MAX_UNIT && !punctuationBefore(to) && !words.get(to).isNumber()
                            && lexicon.frame().at(words, to).isEmpty() && lexicon.questionCues().at(words, to).isEmpty()) {
                        to++;
                    }
                    if (to > from) {
                        return Canonical.words(words.subList(from, to));
                    }
                }
            }
            return List.of();
        }

        /** True when "những" or "các" opens a phrase that "nào" closes: "những huyện nào" asks for a list. */
        private boolean asksWhichOnes() {
            return whichOnes(WHICH_ONES_REACH) >= 0;
        }

        /**
         * True when the question asks for occasions or reports in the plural: "những buổi nào", "những lần
         * nào", "những báo cáo nào", or opens with them ("Các sự kiện do X chủ trì là gì?").
         */
        private boolean asksWhichOccasions() {
            // "X dự những hội nghị tổng kết ngành ngoại giao nào": an occasion's name may be long
            int opener = whichOnes(OCCASIONS_REACH);
            boolean opens = words.size() > 2 && (words.getFirst().folded().equals("cac") || words.getFirst().folded().equals("nhung"))
                    && words.stream().anyMatch(w -> w.folded().equals("gi") || w.folded().equals("nao"));
            int from = opener >= 0 ? opener : opens ? 0 : -1;
            return from >= 0 && from + 1 < words.size() && namesAnOccasion(from + 1);
        }

        /** True when word {@code i} opens the name of an occasion ("buổi", "lần", "sự kiện"), or of a report asked with a role. */
        private boolean namesAnOccasion(int i) {
            boolean meeting = lexicon.frame().at(words, i).map(f -> f.value().equals("meeting")).orElse(false)
                    || meetingWords()[i];
            // "những bài nào có X" asks for the reports; "… với vai trò gì" for the meetings they took part in, as what
            return meeting || has("role") && cues.stream().anyMatch(c -> c.from() <= i && i < c.to() && c.value().equals("which-report"));
        }

        /**
         * Where "những" or "các" opens a phrase that "nào" closes at most {@code reach} words later ("những
         * huyện nào"): the index of the "những"/"các", or -1.
         */
        private int whichOnes(int reach) {
            for (int i = 0; i < words.size(); i++) {
                String f = words.get(i).folded();
                if ((f.equals("nhung") || f.equals("cac")) && closingWhich(i, reach) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The "nào" or "gì" that closes the phrase word {@code i} opens, 2 to {@code reach} words on, not past
         * punctuation ("những huyện nào", "những nhiệm vụ gì"); or -1.
         */
        private int closingWhich(int i, int reach) {
            for (int j = i + 2; j <= i + reach && j < words.size(); j++) {
                String f = words.get(j).folded();
                if ((f.equals("nao") || f.equals("gi") && words.get(i).folded().equals("nhung")) && !punctuationBefore(j)) {
                    return j;
                }
            }
            return -1;
        }

        /** True when nothing of the same phrase follows word {@code i - 1}: the end, a comma, a function word or a cue. */
        private boolean endsAPhrase(int i) {
            return i >= words.size() || punctuationBefore(i) || lexicon.isFunctionWord(words.get(i).folded())
                    || lexicon.frame().at(words, i).isPresent() || lexicon.questionCues().at(words, i).isPresent();
        }

        /** True when word {@code i} is part of a speech verb: "phát biểu, thảo luận" says nothing yet. */
        private boolean isVerbAt(int i) {
            return verbs.stream().anyMatch(v -> v.from() <= i && i < v.to());
        }

        /** True when the question quotes two words or more ("'cây tre Việt Nam'", "“dĩ bất biến”"). */
        private boolean quotesSomething() {
            int inside = 0;
            for (boolean q : quoted) {
                inside += q ? 1 : 0;
            }
            return inside >= 2;
        }

        /** True when a speech verb (or "phát biểu") is followed by words that are not all frame: a quote. */
        private boolean saysSomethingAfterAVerb() {
            // "phát biểu ở HN NVNONN lần 3": the name after "hội nghị" names the meeting, it is not what was said
            boolean[] meetingName = new boolean[words.size()];
            for (Match<String> n : nameMatches()) {
                if (n.from() > 0 && meetingWords()[n.from() - 1]) {
                    java.util.Arrays.fill(meetingName, n.from(), n.to(), true);
                }
            }
            // "phát biểu chỉ đạo tai hoi nghi tong ket nganh ngoai giao": the words naming the meeting are not said
            if (meetingFrom >= 0) {
                java.util.Arrays.fill(meetingName, occasionFrom(), occasionTo(), true);
            }
            // nor is the part of it asked who spoke in ("phát biểu bế mạc")
            cues.stream().filter(c -> c.value().equals("spoke-act")).forEach(c -> java.util.Arrays.fill(meetingName, c.from(), c.to(), true));
            for (Match<SpeechKind> v : verbs) {
                int content = 0;
                for (int i = v.to(); i < words.size(); i++) {
                    if (!framed[i] && !isVerbAt(i) && lexicon.frame().at(words, i).isEmpty() && !meetingName[i]
                            && !lexicon.isFunctionWord(words.get(i).folded()) && !meetingWords()[i]
                            && lexicon.questionCues().at(words, i).isEmpty()) {
                        content++;
                    }
                }
                if (content >= 2) {
                    return true;
                }
            }
            return false;
        }

        /** Frames the words that say what the question asks, now that its form is known. */
        private void frameFor(Form form) {
            for (Match<String> c : cues) {
                // what a meeting question asks ("chủ trì", "dự") is what its answering sentence says: not frame
                boolean act = ACTS.contains(c.value());
                // "khai mạc", "kết luận": the part of the meeting the answering sentence tells, whatever is asked
                boolean part = c.value().equals("spoke-act");
                // "video … đạt bao nhiêu lượt xem": views of something a passage reports are words to find
                boolean reported = c.value().equals("credits-views") && form != Form.CREDITS;
                // "X tham gia HN A với vai trò gì": how they took part is what is asked, not a word to find
                if (!part && !reported && (!act || form == Form.MEETINGS_OF || form == Form.WHO_SAID || form == Form.ROLE)) {
                    // "Chỉ thị 25 ban hành ngày nào": the issuing is what the answering sentence says, the day is asked
                    int from = c.from();
                    while (c.value().equals("credits-issued") && form != Form.CREDITS && from < c.to()
                            && !WHEN_WORDS.contains(words.get(from).folded())) {
                        from++;
                    }
                    frame(from, c.to());
                }
            }
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).lower().length() == 1 && !words.get(i).isNumber()) {
                    framed[i] = true; // a lone letter ("o" for "ở") says nothing
                }
            }
            List<Match<Lexicon.ConferenceCue>> kinds = lexicon.conferenceCues().find(words);
            for (int i = 0; i + 1 < words.size(); i++) {
                int next = i + 1;
                // "trong bài tổng kết 2022", "bài về hội nghị …": the report of a meeting, not a word to find
                if (words.get(i).folded().equals("bai") && (kinds.stream().anyMatch(k -> k.from() == next)
                        || words.get(next).folded().equals("ve"))) {
                    framed[i] = true;
                }
            }
            for (Match<String> f : outsideQuotes(lexicon.frame().find(words))) {
                boolean frames = switch (f.value()) {
                    case "event" -> form == Form.WHEN || form == Form.WHERE;
                    case "qualifier" -> false; // "ngoại giao", "tỉnh": content unless they narrow a title
                    // "nội dung chính của …" asks for the main points; "tài chính", "Bộ Chính trị" are words of their own
                    case "modifier" -> f.size() > 1 || endsAPhrase(f.to());
                    // "trong", "sau" in a question typed with its marks are "in", "after", not "trọng", "sáu"
                    case "function-when-marked" -> isTypedWithMarks();
                    default -> true;
                };
                if (frames) {
                    frame(f.from(), f.to());
                }
            }
            if (form == Form.SAID_BY || form == Form.WHO_SAID || form == Form.SPOKE) {
                verbs.forEach(v -> frame(v.from(), v.to()));
            }
            if (form == Form.WHO_SAID && quotesSomething()) {
                // "Ai nêu hình ảnh 'cây tre Việt Nam' tại …": the words quoted are what was said, the rest frames them
                for (int i = 0; i < words.size(); i++) {
                    framed[i] |= !quoted[i];
                }
            }
            if (form == Form.CREDITS) {
                for (int i = 0; i < words.size(); i++) {
                    // "bài", "bài viết", "báo cáo": the report itself; typed without marks only "bai" is surely "bài"
                    framed[i] |= ARTICLE_WORDS.contains(words.get(i).lower()) || words.get(i).lower().equals("bai");
                }
            }
        }

        /**
         * Frames a function word typed without its marks right before the person or a title ("… quan trọng
         * ma PTT Trần Lưu Quang nêu", "của TTg"): before someone, "ma" is "mà", not a word to find.
         */
        private void frameFunctionWordsBeforeSomeone(PersonMatcher.Found person) {
            List<Integer> starts = new ArrayList<>(lexicon.titles().find(words).stream().map(Match::from).toList());
            if (person != null) {
                starts.add(person.from());
            }
            for (int start : starts) {
                // not the "vị" of "cương vị Chủ tịch": a word the reports write with the one before it
                boolean paired = start > 1 && vocabulary.docFrequency(words.get(start - 2).folded() + " "
                        + words.get(start - 1).folded()) > 0;
                if (start > 0 && lexicon.isFunctionWord(words.get(start - 1).folded()) && !paired) {
                    framed[start - 1] = true;
                }
            }
        }

        /**
         * The kind of statement asked about: of the speech verb "gì" follows ("Kết luận diễn đàn, Thứ trưởng đề nghị
         * gì?" asks what he requested, at the close), else of the first that is not "say".
         */
        private SpeechKind speechKind() {
            List<Match<SpeechKind>> kinds = verbs.stream().filter(v -> v.value() != SpeechKind.SAY).toList();
            return kinds.stream().filter(v -> cues.stream().anyMatch(c -> c.from() == v.to() && meaningOf(c).equals("what")))
                    .findFirst().or(() -> kinds.stream().findFirst()).map(Match::value).orElse(null);
        }

        private boolean aboutMeeting(ConferenceKind kind, int ordinal) {
            return kind != null || ordinal != 0 || lexicon.frame().find(words).stream()
                    .anyMatch(f -> f.value().equals("event") || f.value().equals("meeting") && isMeetingNoun(f));
        }

        private boolean isMeetingNoun(Match<String> f) {
            String folded = String.join(" ", words.subList(f.from(), f.to()).stream().map(Word::folded).toList());
            return folded.equals("hoi nghi") || folded.equals("cuoc hop") || folded.equals("su kien") || folded.equals("buoi");
        }

        /** The words a how-many question counts: after "bao nhiêu" or "mấy", in the reports' wording. */
        private List<String> unit() {
            for (Match<String> c : cues) {
                if (c.value().equals("how-many")) {
                    String last = words.get(c.to() - 1).folded();
                    if (c.size() > 1 && lexicon.unitForms(last).size() > 1 && !last.equals("may")) {
                        return List.of(last); // "bao lâu": a duration
                    }
                    String first = words.get(c.from()).folded();
                    if (c.size() > 1 && lexicon.unitForms(first).size() > 1 && !first.equals("may")) {
                        return List.of(first); // "dài bao nhiêu": a length
                    }
                    if (c.size() > 1 && last.equals("may")) {
                        // "Nghị quyết số mấy": the number after the noun; "lần thứ mấy": the number after "thứ"
                        String before = words.get(c.to() - 2).folded();
                        if (before.equals("so") && c.from() >= 1) {
                            List<String> noun = Canonical.words(words.subList(Math.max(0, c.from() - MAX_UNIT), c.from()));
                            return noun;
                        }
                        return List.of(before);
                    }
                    boolean mayNoun = c.size() > 1 && words.get(c.from()).folded().equals("may");
                    if (mayNoun && c.size() > 2) {
                        // "mấy nhiệm vụ": the cue names what it counts
                        List<String> unit = Canonical.words(words.subList(c.from() + 1, c.to()));
                        return unit.subList(0, Math.min(MAX_UNIT, unit.size()));
                    }
                    int next = c.to() < words.size() ? words.get(c.to()).start() : text.length();
                    if (text.substring(words.get(c.to() - 1).end(), next).strip().startsWith("%")) {
                        return List.of("phan tram"); // "bao nhiêu % sinh viên": a share
                    }
                    List<Word> after = new ArrayList<>();
                    // "mấy bài học": a one-word noun the cue names may go on in the words after it, as after "bao nhiêu"
                    int start = mayNoun ? c.from() + 1 : c.to();
                    // "bao nhieu o hoi nghi tong ket": the meeting's run ends what is counted, its "o" is "ở"
                    int end = occasionFrom() >= c.to() ? occasionFrom() : words.size();
                    for (int i = start; i < end && after.size() < MAX_UNIT + 2 && !punctuationBefore(i); i++) {
                        if (lexicon.frame().at(words, i).map(f -> f.value().equals("function")).orElse(false)
                                || lexicon.questionCues().at(words, i).isPresent() || lexicon.names().at(words, i).isPresent()
                                || i > c.to() && isCapitalised(words.get(i))) {
                            break; // a unit is a common noun: "bao nhiêu phiếu | Việt Nam", "how much did | Japan"
                        }
                        after.add(words.get(i));
                    }
                    if (after.isEmpty()) {
                        // "có kinh phí bao nhiêu": the amount named right before the question word
                        Optional<String> named = lexicon.amountNouns().find(words).stream()
                                .filter(a -> a.to() == c.from()).map(Match::value).findFirst();
                        if (named.isPresent()) {
                            return List.of(named.get());
                        }
                    }
                    if (after.isEmpty() && c.from() > 0 && AMOUNT_VERBS.contains(words.get(c.from() - 1).folded())) {
                        // "Tỷ lệ hồ sơ trực tuyến là bao nhiêu?", "kim ngạch năm 2018 đạt bao nhiêu": what is
                        // counted leads the question
                        for (int i = 0; i < c.from(); i++) {
                            Optional<Match<String>> amount = lexicon.amountNouns().at(words, i);
                            if (amount.isPresent()) {
                                return List.of(amount.get().value());
                            }
                        }
                    }
                    return asIndexed(after);
                }
            }
            return List.of();
        }

        /**
         * True when the words of a part of a meeting name a thing, not someone's speaking: "chỉ đạo của Tổng Bí
         * thư" (his directions), "Ban Chỉ đạo" (a committee), "theo chỉ đạo", "các kết luận".
         */
        private boolean namesAThing(Match<String> part) {
            String before = part.from() > 0 ? words.get(part.from() - 1).folded() : "";
            String after = part.to() < words.size() ? words.get(part.to()).folded() : "";
            return after.equals("cua") || NOUN_BEFORE_A_PART.contains(before);
        }

        /**
         * The parts of a meeting a who-spoke question asks who spoke in ("khai mạc", "chỉ đạo", "kết luận"),
         * folded, in the order asked; empty when it asks who spoke at all.
         */
        private List<String> partsSpokenIn() {
            return cues.stream().filter(c -> c.value().equals("spoke-act"))
                    .map(c -> String.join(" ", words.subList(c.from(), c.to()).stream().map(Word::folded).toList()))
                    .distinct().toList();
        }

        /** The kind of building or room a where question asks which one of ("tại khách sạn nào"), folded; or empty. */
        private List<String> venueKind() {
            for (Match<String> c : cues) {
                if (!c.value().equals("where")) {
                    continue;
                }
                List<String> cue = words.subList(c.from(), c.to()).stream().map(Word::folded).toList();
                Optional<List<String>> kind = lexicon.venueKinds().keySet().stream()
                        .filter(k -> java.util.Collections.indexOfSubList(cue, k) >= 0).findFirst();
                if (kind.isPresent()) {
                    return kind.get();
                }
            }
            return List.of();
        }

        /**
         * The unit in the reports' words: the lexicon's phrase the words start with ("địa phương" is
         * "tỉnh"), else their first two words when the reports write them together, else the first.
         */
        private List<String> asIndexed(List<Word> after) {
            List<Canonical.Segment> segments = Canonical.segments(after);
            if (segments.isEmpty()) {
                return List.of();
            }
            Canonical.Segment first = segments.getFirst();
            if (first.to() - first.from() > 1 || segments.size() == 1) {
                return first.words().subList(0, Math.min(MAX_UNIT, first.words().size()));
            }
            List<String> unit = Canonical.words(after.subList(0, segments.get(1).to()));
            List<String> two = unit.subList(0, Math.min(MAX_UNIT, unit.size()));
            // "phần trăm" is one unit whether or not the reports write it in words (they write "%")
            boolean together = vocabulary == Vocabulary.NONE || vocabulary.docFrequency(String.join(" ", two)) > 0
                    || lexicon.unitForms(String.join(" ", two)).size() > 1;
            if (together && vocabulary != Vocabulary.NONE && bindsToTheNext(segments)) {
                // "bao nhiêu năm | quan hệ" counts years; "bao nhiêu phiếu giới thiệu" counts all three words
                List<String> three = Canonical.words(after.subList(0, segments.get(2).from() + 1));
                return vocabulary.docFrequency(String.join(" ", three)) > 0 ? three : unit.subList(0, 1);
            }
            return together ? two : unit.subList(0, 1);
        }

        /**
         * True when the second of the unit's words makes a word with the third more often than with the
         * first, in the reports: "năm | quan hệ", "phiếu | giới thiệu", but "đại biểu | dự".
         */
        private boolean bindsToTheNext(List<Canonical.Segment> segments) {
            if (segments.size() < 3 || segments.get(1).words().size() != 1 || segments.get(2).words().isEmpty()) {
                return false;
            }
            String second = segments.get(1).words().getFirst();
            String withFirst = segments.get(0).words().getLast() + " " + second;
            String withNext = second + " " + segments.get(2).words().getFirst();
            return vocabulary.docFrequency(withNext) > vocabulary.docFrequency(withFirst);
        }

        /**
         * The numbers the question gives, as the reports' text writes them: "8,83" and "1.200" are one number
         * each (in English "8.83" and "1,200", whose separators are the other way round).
         */
        private List<String> numbers() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (!words.get(i).isNumber() || framed[i] || isMonthOfAYear(i)) {
                    continue;
                }
                StringBuilder number = new StringBuilder(words.get(i).lower().replaceFirst("^0+(?=\\d)", ""));
                while (i + 1 < words.size() && words.get(i + 1).isNumber()) {
                    String between = text.substring(words.get(i).end(), words.get(i + 1).start());
                    if (!between.equals(".") && !between.equals(",")) {
                        break;
                    }
                    char separator = english ? (between.equals(".") ? ',' : '.') : between.charAt(0);
                    number.append(separator).append(words.get(++i).lower());
                }
                out.add(number.toString());
            }
            return out;
        }

        /**
         * The unframed words, in runs of adjacent ones, in the reports' wording. A paraphrase counts as a
         * whole when any of its words is unframed: "được bầu" is "trúng cử", though "được" alone is frame.
         */
        private List<List<String>> topic() {
            List<List<String>> runs = new ArrayList<>();
            List<String> run = new ArrayList<>();
            for (Canonical.Segment segment : Canonical.segments(words)) {
                boolean open = false;
                for (int i = segment.from(); i < segment.to(); i++) {
                    open |= !framed[i];
                }
                if (!run.isEmpty() && clauseMarkBefore(segment.from())) {
                    runs.add(run); // "chỉ đạo, kết luận": two things, each found on its own
                    run = new ArrayList<>();
                }
                if (open) {
                    run.addAll(segment.words());
                } else if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
            return runs;
        }

        /** The run of years the question names, first and last, or empty. */
        private List<Integer> span() {
            Matcher m = SPAN.matcher(VietnameseText.fold(text));
            if (!m.find()) {
                return List.of();
            }
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            return from < to ? List.of(from, to) : List.of();
        }

        /** The unframed words as written, runs separated by ", ". */
        private String topicText() {
            List<String> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (int i = 0; i <= words.size(); i++) {
                if (i < words.size() && !framed[i]) {
                    run.append(run.isEmpty() ? "" : " ").append(words.get(i).text());
                } else if (!run.isEmpty()) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
            }
            return String.join(", ", runs);
        }

        /**
         * The words to search for: every word but the question words, with the other forms of the
         * paraphrases and names it uses, so that "khen ngợi" finds "biểu dương" and "HĐBA" finds "Hội đồng
         * Bảo an".
         */
        private List<String> terms() {
            Set<String> out = new LinkedHashSet<>();
            boolean[] question = new boolean[words.size()];
            for (Match<String> c : cues) {
                boolean asks = !ACTS.contains(c.value());
                for (int i = c.from(); asks && i < c.to(); i++) {
                    question[i] = true;
                }
            }
            for (int i = 0; i < words.size(); i++) {
                // the "dài" of "dài bao nhiêu" is what the passage must say, not how the question asks
                if (!question[i] || lexicon.isMeasureWord(words.get(i).folded())) {
                    out.add(words.get(i).lower());
                }
            }
            // the report's usual form of a paraphrase the question words otherwise, and the forms of a name
            // the reports write; a form no passage has would only cost a term
            for (Match<String> p : lexicon.paraphrases().find(words)) {
                String used = String.join(" ", words.subList(p.from(), p.to()).stream().map(Word::folded).toList());
                if (!used.equals(VietnameseText.fold(p.value()))) {
                    lexicon.paraphrasesOf(p.value()).stream().filter(this::inReports)
                            .forEach(form -> out.addAll(List.of(form.split(" "))));
                }
            }
            for (Match<String> n : nameMatches()) {
                lexicon.formsOf(n.value()).stream().filter(this::inReports)
                        .forEach(form -> Words.of(form).forEach(w -> out.add(w.lower())));
            }
            return out.stream().limit(MAX_TERMS).toList();
        }

        /** True when some passage has {@code form}, or when there is no index to ask. */
        private boolean inReports(String form) {
            return vocabulary == Vocabulary.NONE || vocabulary.docFrequency(VietnameseText.fold(form)) > 0;
        }
    }
}
