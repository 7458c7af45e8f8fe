package vn.baocao.answer.extractive;

import java.util.EnumSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.text.Cardinals;
import vn.baocao.lexicon.PhraseTable;
import vn.baocao.lexicon.Word;
import vn.baocao.lexicon.Words;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.search.NamedMeetings;
import vn.baocao.search.NamedTitle;

/**
 * What a sentence must satisfy to answer a question at all, beyond covering its words: retrieval
 * ranks on evidence, but an answer about another conference, another person or another council is
 * wrong however many words it shares with the question.
 *
 * <ul>
 *   <li>A question that says "tổng kết" or "sơ kết" is about that kind of conference; with a year, about
 *       the one reviewing that year ("tổng kết năm 2023" is held in January 2024).</li>
 *   <li>A question that names a year is not answered from a review of another year, unless the passage
 *       names the year asked, or the review was held in it and no meeting reviews that year.</li>
 *   <li>A question that names a day is answered from the meeting held that day, or a passage naming it.</li>
 *   <li>A question that names a person, or a title ("Thủ tướng"), is answered from sentences about
 *       someone it names: the sentence or its passage mentions them.</li>
 *   <li>A question about a numbered meeting ("lần thứ 32") is answered from its reports, or from a
 *       passage that names its number.</li>
 *   <li>A question that wants one fact of a meeting it names outright, which the reports have, is
 *       answered from that meeting's reports — a number or a day of another report is another event's —
 *       or from a sentence that tells of the numbered meeting asked (a press briefing's account of it).</li>
 *   <li>A number the question gives ("6 nhiệm vụ") must be in the sentence's passage or its report's
 *       metadata.</li>
 *   <li>For a question that wants one fact (who, when, where, how many), a name it gives ("Hội đồng
 *       Nhân quyền") and a rare word of its topic must be in the sentence's passage: they are what the
 *       question is about, and a number or name from a passage without them answers about something else.</li>
 * </ul>
 *
 * <p>One per question, on one thread: it keeps what it read of each passage for the passage's other sentences.
 */
final class Constraints implements Predicate<Candidate> {
    private static final Set<Form> ONE_FACT = EnumSet.of(Form.WHO, Form.WHO_SAID, Form.WHEN, Form.WHERE, Form.HOW_MANY);

    /** A day of a month: "25/8", "ngày 25". */
    private static final Pattern A_DAY = Pattern.compile("(?iu)\\b\\d{1,2}/\\d{1,2}\\b|ngày \\d{1,2}\\b");
    private final ConferenceKind kind;
    /** True when the question asks when or where: only a sentence naming a meeting dates or places it. */
    private final boolean ofTheSentence;
    /** The question's topic as keys, for a meeting its name calls by the kind asked. */
    private final List<String> topicKeys;
    /** The names the question gives of bodies and places: no subject a meeting is named by. */
    private final List<String> givenNames;
    private final List<List<String>> topic;
    private final int year;
    private final Person person;
    private final List<NamedTitle> titles;
    private final List<String> rarePhrases;
    private final List<String> numbers;
    /** The mark of a point of a list opening a sentence: "2. ", "3) ". */
    private static final Pattern POINT_MARK = Pattern.compile("\\s*(\\d{1,2})[.)]\\s");
    /** The topic word after each number of the question: the noun it counts. */
    private final Map<String, String> counted;
    /** How far a count's noun may follow its word: "ba nội dung" counts "dung" of "nội dung". */
    private static final int COUNTED_REACH = 2;
    /** Each name the question requires, as the ways it may be written, each its folded pairs of syllables. */
    private final List<List<List<String>>> names;
    /**
     * The number of a meeting a sentence names: "Hội nghị lần thứ 21", "Diễn đàn … lần thứ hai" — not "lần thứ hai
     * đảm nhiệm", a second time of anything.
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:hội nghị|hội thảo|diễn đàn|đại hội|lễ hội|cuộc họp)(?:\\s+[\\p{L}\\p{N}–-]+){0,14}?\\s+lần thứ\\s+(\\d{1,3}(?!\\d)|\\p{L}+)");
    private final int ordinal;
    /** The reports of the meeting the question names outright, for a one-fact question; empty: no such meeting. */
    private final Set<String> meetingReports;
    private final java.time.MonthDay date;
    private final Pattern yearNamed;
    /** True when some meeting of the reports reviews the year asked. */
    private final boolean yearReviewed;
    /** Each candidate passage's {@link CandidateFinder#context}, folded once for all its sentences. */
    private final Map<Passage, Weights.Texts> contexts = new IdentityHashMap<>();
    /** Each venue of a candidate's report, folded once. */
    private final Map<String, Weights.Texts> venues = new java.util.HashMap<>();
    /** Each candidate passage's own text, folded once. */
    private final Map<Passage, Weights.Texts> texts = new IdentityHashMap<>();

    Constraints(Intent intent, Weights weights, RefusalPolicy policy) {
        // "which report mentions the 30th conference?": the meeting is what the report says, not what it is about
        boolean mentionOnly = intent.form() == Form.WHICH_REPORT;
        this.kind = intent.kindOutright() && !mentionOnly ? intent.conferenceKind() : null;
        this.ofTheSentence = intent.form() == Form.WHEN || intent.form() == Form.WHERE;
        this.topicKeys = NamedMeetings.keys(intent.topic());
        this.givenNames = intent.names();
        this.topic = intent.topic();
        this.year = mentionOnly ? 0 : intent.year();
        this.person = intent.person();
        this.titles = intent.titles();
        this.rarePhrases = ONE_FACT.contains(intent.form()) ? weights.rarePhrases(policy.rarePhraseLimit()) : List.of();
        this.names = ONE_FACT.contains(intent.form()) ? namedThings(intent.names(), weights, policy) : List.of();
        this.numbers = intent.numbers().stream().map(Constraints::asWords).toList();
        this.counted = countedNouns(intent);
        this.ordinal = intent.conferenceOrdinal();
        this.meetingReports = ONE_FACT.contains(intent.form()) && !mentionOnly ? policy.reportsOfTheMeetingNamed(intent) : Set.of();
        this.date = intent.date();
        // a year on its own, not the end of a term ("nhiệm kỳ 2023-2025" is not of 2023)
        this.yearReviewed = year != 0 && policy.someMeetingReviews(year);
        this.yearNamed = year == 0 ? null : Pattern.compile("(?<![\\d\\-–])" + year + "(?![\\d\\-–])");
    }

    /**
     * The pairs of each name the question gives that says what it is about: a name some passages have
     * and not a frame of every report ("Việt Nam"); a pair outside the question's topic is not weighed
     * and so never required.
     */
    private static List<List<List<String>>> namedThings(List<String> names, Weights weights, RefusalPolicy policy) {
        List<List<List<String>>> things = new ArrayList<>();
        for (String name : names) {
            List<String> pairs = List.copyOf(Terms.bigramSet(Terms.syllables(name)));
            int rarest = pairs.stream().mapToInt(weights::docFrequency).min().orElse(0);
            // a country no passage names ("bao nhiêu đại biểu đến từ Hoa Kỳ") is a count the reports do not give
            if ((rarest > 0 || Lexicon.get().isPlace(name)) && rarest <= policy.namedThingLimit()) {
                // a passage may write it as its abbreviation: "HĐBA" for "Hội đồng Bảo an"
                things.add(Lexicon.get().formsOf(name).stream().map(Constraints::writtenAs).toList());
            }
        }
        return things;
    }

    /** The folded pairs of syllables {@code form} is written with; its one syllable when it has one. */
    private static List<String> writtenAs(String form) {
        List<String> syllables = Terms.syllables(form);
        return syllables.size() == 1 ? syllables : List.copyOf(Terms.bigramSet(syllables));
    }

    /** A number as a sentence's words have it: "8,83" is the words "8" and "83", side by side. */
    private static String asWords(String number) {
        String[] parts = number.split("[.,]");
        return parts.length == 2 ? parts[0] + " " + parts[1] : parts[parts.length - 1];
    }

    @Override
    public boolean test(Candidate c) {
        return isOfTheConference(c) && isOfTheYear(c) && isOfTheNumber(c) && isOfTheDay(c)
                && (meetingReports.isEmpty() || meetingReports.contains(c.passage().report().id())
                        || ordinal != 0 && tellsOfTheNumberedMeeting(c.sentence()))
                && isAboutTheAsked(c)
                && hasAll(c, rarePhrases) && numbers.stream().allMatch(n -> hasNumber(c, n))
                && names.stream().allMatch(forms -> forms.stream().anyMatch(pairs -> hasAll(c, pairs) || isHeldAt(c, pairs)));
    }

    /**
     * True when {@code c}'s report is of a meeting held at the place whose folded pairs are {@code pairs}: "hội nghị
     * ở Cần Thơ có bao nhiêu biên bản ghi nhớ" asks of every passage of that meeting, not only those naming the city.
     */
    private boolean isHeldAt(Candidate c, List<String> pairs) {
        String place = c.passage().report().place();
        if (place.isEmpty()) {
            return false;
        }
        Weights.Texts venue = venues.computeIfAbsent(place, Weights.Texts::of);
        return pairs.stream().allMatch(venue::contains);
    }

    /**
     * True when {@code c} is of another report than the meeting named outright's, let in only by telling of
     * that numbered meeting itself: the meeting's own reports, when they answer, come before it.
     */
    boolean isAnotherReportsAccount(Candidate c) {
        return !meetingReports.isEmpty() && !meetingReports.contains(c.passage().report().id());
    }

    /**
     * True when the sentence's passage gives the number, in figures or, for a small count, in words before
     * the noun the question counts ("năm nhiệm vụ" for "5 nhiệm vụ").
     */
    private boolean hasNumber(Candidate c, String number) {
        if (hasAll(c, List.of(number)) && !onlyAsItsMark(c.sentence(), number)) {
            return true;
        }
        String noun = counted.get(number);
        java.util.Optional<String> word = number.matches("\\d{1,2}") ? Cardinals.folded(Integer.parseInt(number))
                : java.util.Optional.empty();
        Weights.Texts context = contexts.computeIfAbsent(c.passage(), p -> Weights.Texts.of(CandidateFinder.context(p)));
        // "3 điểm cần lưu tâm" counts what the passage lists as "Thứ nhất, …, Thứ ba", or names three times
        boolean listed = noun != null && word.isPresent() && Integer.parseInt(number) >= 2
                && (context.contains("thu " + word.get()) || timesIn(c.sentence(), noun) >= Integer.parseInt(number));
        return noun != null && word.isPresent() && (context.hasClose(word.get() + " " + noun, COUNTED_REACH) || listed);
    }

    /**
     * True when {@code number} is in {@code sentence} only as the mark of its point in a list ("2. Hoàn thành kho dữ
     * liệu…"): "2 nhiệm vụ chưa hoàn thành" is not that point.
     */
    static boolean onlyAsItsMark(String sentence, String number) {
        Matcher mark = POINT_MARK.matcher(sentence);
        return mark.lookingAt() && mark.group(1).equals(number)
                && !Pattern.compile("(?<![\\d.,])" + Pattern.quote(number) + "(?![\\d.,]\\d)").matcher(sentence.substring(mark.end())).find();
    }

    /**
     * How many times {@code sentence} has the folded word {@code noun}: "… là nhiệm vụ trọng yếu; … là nhiệm
     * vụ trung tâm; … là nhiệm vụ quan trọng" names three tasks.
     */
    private static long timesIn(String sentence, String noun) {
        return Terms.syllables(sentence).stream().filter(noun::equals).count();
    }

    /** Each number of the question followed by a word of its topic, and that word: what it counts. */
    private static Map<String, String> countedNouns(Intent intent) {
        // in the topic's order, across runs: a framed word between ("3 nội dung": "nội") splits a run
        Map<String, String> counted = new java.util.HashMap<>();
        List<String> words = intent.topicWords();
        for (int i = 0; i + 1 < words.size(); i++) {
            counted.putIfAbsent(words.get(i), words.get(i + 1));
        }
        return counted;
    }

    /**
     * The kind of meeting asked about outright: its reports, or a passage of a report about a meeting of no
     * kind of its own that names that kind.
     */
    private boolean isOfTheConference(Candidate candidate) {
        Conference c = candidate.passage().report().conference();
        if (kind == null) {
            return true;
        }
        if (c == null) {
            // a report about no meeting speaks of the kind asked only where its passage names it
            return textOf(candidate).contains(RefusalPolicy.cueOf(kind));
        }
        if (c.kind() != kind && ordinal != 0 && c.ordinal() != ordinal && namesTheNumberedMeeting(candidate)) {
            return true; // "Hội nghị Ngoại giao lần thứ 32 … từ ngày 25 đến ngày 27/8" in a press briefing's passage
        }
        if (c.kind() == kind) {
            // a numbered meeting is the one asked whatever year the question also names ("HNNG 27 … năm 2013")
            return year == 0 || c.periodYear() == 0 || c.periodYear() == year || ordinal != 0 && c.ordinal() == ordinal
                    || heldOnTheDayAsked(candidate, c);
        }
        // a meeting of no kind of its own is held to the kind asked by its name calling it so ("sơ kết tổng đài
        // bảo hộ công dân"), or by its passage naming it
        // a meeting asked of by its field ("hội nghị ngoại giao văn hóa") is any whose name says that field
        return kind == ConferenceKind.OTHER && NamedMeetings.namedByARunOf(c, topic)
                || c.kind() == ConferenceKind.OTHER && (NamedMeetings.calledByKind(c, kind, topicKeys)
                || NamedMeetings.calledByKindAndSubject(c, kind, topic, givenNames)
                || textOf(candidate).contains(RefusalPolicy.cueOf(kind)));
    }

    /** {@code candidate}'s passage text, folded once for all its sentences. */
    private Weights.Texts textOf(Candidate candidate) {
        return texts.computeIfAbsent(candidate.passage(), p -> Weights.Texts.of(p.text()));
    }

    /** True when {@code c} was held on the day asked, as {@link MeetingFinder#heldOnTheDayAsked} rules. */
    private boolean heldOnTheDayAsked(Candidate candidate, Conference c) {
        return MeetingFinder.heldOnTheDayAsked(c, candidate.passage().report().date(), date, year);
    }

    /**
     * A year asked about: a review of another year (January 2023's review of 2022) speaks of that year,
     * unless the passage names the year asked, or the review was held in it and no meeting reviews that year.
     */
    private boolean isOfTheYear(Candidate c) {
        Conference conference = c.passage().report().conference();
        if (year == 0 || conference == null || conference.periodYear() == 0 || conference.periodYear() == year
                || heldOnTheDayAsked(c, conference)) {
            return true;
        }
        // a year no meeting reviews yet is the one a review held in it sets tasks for ("tổng kết năm 2024,
        // triển khai nhiệm vụ năm 2025", held in January 2025)
        java.time.LocalDate held = c.passage().report().date();
        // what a leader asked of a year, naming no kind of meeting, is set out by the review of the year before
        // held early in it ("TTg giao mấy nhiệm vụ trong năm 2023": the review of 2022, held 10/1/2023)
        boolean setsTheYearsTasks = kind == null && (person != null || !titles.isEmpty()) && held != null
                && held.getYear() == year && conference.periodYear() == year - 1;
        // a passage is of the year its own words or a heading above it name ("II. KẾT QUẢ … NĂM 2023")
        boolean named = yearNamed != null && (yearNamed.matcher(c.passage().text()).find()
                || yearNamed.matcher(c.passage().section()).find());
        return named || !yearReviewed && held != null && held.getYear() == year || setsTheYearsTasks;
    }

    /** A day asked about ("ngày 5/7"): the meeting held that day, or a passage that names the day. */
    private boolean isOfTheDay(Candidate c) {
        if (date == null) {
            return true;
        }
        java.time.LocalDate held = c.passage().report().date();
        return held != null && java.time.MonthDay.from(held).equals(date)
                || DaysInText.statesDay(c.passage().text(), date.atYear(2000));
    }

    /**
     * True when the candidate names the numbered meeting asked of another report's: its passage does, or
     * for when and where its sentence itself, which alone then dates or places that meeting ("… theo tinh
     * thần Hội nghị Ngoại giao 30" in a 2019 report does not hold it in 2019).
     */
    private boolean namesTheNumberedMeeting(Candidate candidate) {
        List<String> sentences = ofTheSentence ? List.of(candidate.sentence()) : vn.baocao.text.Sentences.split(candidate.passage().text());
        return sentences.stream().anyMatch(this::tellsOfTheNumberedMeeting);
    }

    /**
     * True when {@code sentence} names the numbered meeting asked and tells of its holding: a day or a word
     * of holding it ("tổ chức Hội nghị Ngoại giao lần thứ 32 từ ngày 25 …"), not a mere mention ("theo tinh
     * thần của Hội nghị Ngoại giao 30").
     */
    private boolean tellsOfTheNumberedMeeting(String sentence) {
        Weights.Texts words = Weights.Texts.of(sentence);
        if (MeetingNames.numbered(ordinal).stream().noneMatch(words::contains)) {
            return false;
        }
        return A_DAY.matcher(sentence).find() || Lexicon.get().frame().find(vn.baocao.lexicon.Words.of(sentence)).stream()
                .anyMatch(f -> f.value().equals("event"));
    }

    /**
     * A numbered meeting asked about ("lần thứ 32"): its report, or a passage that names the number — and for its
     * day or place, not a sentence that names only other numbers of the series ("Hội nghị lần thứ 21 tổ chức từ
     * ngày 19 …", recalled in the report of the 22nd).
     */
    private boolean isOfTheNumber(Candidate c) {
        if (ordinal == 0) {
            return true;
        }
        if (ofTheSentence && namesOnlyOtherNumbers(c.sentence())) {
            return false;
        }
        Conference conference = c.passage().report().conference();
        return conference != null && conference.ordinal() == ordinal
                || MeetingNames.numbered(ordinal).stream().anyMatch(number -> hasAll(c, List.of(number)));
    }

    /** True when {@code sentence} names a meeting's number ("lần thứ 21", "lần thứ hai"), and never the one asked. */
    private boolean namesOnlyOtherNumbers(String sentence) {
        Matcher numbered = NUMBERED.matcher(sentence);
        boolean other = false;
        while (numbered.find()) {
            String n = numbered.group(1);
            java.util.Optional<Integer> number = Character.isDigit(n.charAt(0)) ? java.util.Optional.of(Integer.parseInt(n))
                    : vn.baocao.text.Ordinals.of(vn.baocao.text.VietnameseText.fold(n));
            if (number.isEmpty()) {
                continue;
            }
            if (number.get() == ordinal) {
                return false;
            }
            other = true;
        }
        return other;
    }

    private boolean isAboutTheAsked(Candidate c) {
        if (person != null) {
            return c.mentions(person) || person.equals(c.speaker()) || names(c.passage().people(), person);
        }
        if (titles.isEmpty()) {
            return true;
        }
        return c.mentions().stream().anyMatch(m -> fitsATitle(m.person()))
                || c.passage().people().stream().anyMatch(this::fitsATitle)
                || namesTheOffice(c.sentence());
    }

    /**
     * True when {@code sentence} names an office asked about by its title alone, holder unnamed ("Đại sứ,
     * Trưởng Phái đoàn … kiến nghị"), with the words that narrow it: the office is who the sentence is about.
     */
    private boolean namesTheOffice(String sentence) {
        List<Word> words = Words.of(sentence);
        Set<String> folded = new java.util.HashSet<>(Terms.syllables(sentence));
        // a title that begins a longer name is not the office ("Đại sứ quán" is the embassy)
        List<PhraseTable.Match<String>> names = Lexicon.get().names().find(words);
        return Lexicon.get().titles().find(words).stream()
                .filter(m -> names.stream().noneMatch(n -> n.from() == m.from() && n.size() > m.size()))
                .map(PhraseTable.Match::value)
                .anyMatch(title -> titles.stream().anyMatch(t -> t.title().equals(title)
                        && java.util.Arrays.stream(t.qualifier().split(" ")).filter(q -> !q.isEmpty()).allMatch(folded::contains)));
    }

    private boolean fitsATitle(Person p) {
        return titles.stream().anyMatch(t -> t.fits(p));
    }

    private static boolean names(List<Person> people, Person person) {
        return people.stream().anyMatch(p -> p.name().equals(person.name()));
    }

    /** True when the sentence's passage (or its report's metadata) has every one of {@code terms}. */
    private boolean hasAll(Candidate c, List<String> terms) {
        if (terms.isEmpty()) {
            return true;
        }
        Weights.Texts where = contexts.computeIfAbsent(c.passage(), p -> Weights.Texts.of(CandidateFinder.context(p)));
        return terms.stream().allMatch(where::contains);
    }
}
