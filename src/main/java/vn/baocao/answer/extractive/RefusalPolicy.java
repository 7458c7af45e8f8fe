package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.baocao.answer.Refusal;
import vn.baocao.answer.Refusal.Reason;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.Syllables;
import vn.baocao.lexicon.Word;
import vn.baocao.lexicon.Words;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Mentions;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.DateGrain;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.search.NamedMeetings;
import vn.baocao.search.NamedTitle;
import vn.baocao.search.TermStatistics;
import vn.baocao.text.Dates;
import vn.baocao.text.Sentences;
import vn.baocao.text.VietnameseText;

/**
 * When the offline composer refuses, and what it then tells the user: every threshold and every rule
 * of refusal is here, so that a refusal always has one named reason.
 *
 * <p>The default is to answer from evidence. A question is refused when it names something no report
 * has (a person, a meeting, a year, a number or a name: {@link Reason#NOT_IN_CORPUS}), takes for granted
 * what no passage says ({@link Reason#FALSE_PREMISE}), or no sentence carries its topic
 * ({@link Reason#NO_EVIDENCE}). Thread-safe: its one mutable field caches facts of the reports.
 */
final class RefusalPolicy {
    /** Questions longer than this are refused rather than truncated: a wall of text is not a question. */
    static final int MAX_QUESTION_CHARS = 1000;
    /** The least share of the topic's weight the answering sentence must cover, counting its passage a little. */
    private static final double MIN_COVERAGE = 0.45;
    /** The least share of the topic's weight beyond its report's title and meeting the sentence itself must cover. */
    private static final double MIN_FOCUS = 0.3;
    /**
     * The same, for a question anchored to a person, a title, a meeting or a year: only sentences of what it
     * names are candidates, so a paraphrase sharing fewer of its words is still about what was asked.
     */
    private static final double MIN_COVERAGE_ANCHORED = 0.35;
    private static final double MIN_FOCUS_ANCHORED = 0.25;
    /** The least share of a topic's words a meeting's name must have to be the meeting the topic names. */
    private static final double MEETING_NAME_SHARE = 0.6;
    /** The year a meeting's name ends with: "… giữa nhiệm kỳ năm 2024". */
    private static final Pattern OF_A_YEAR = Pattern.compile("\\s+(?:năm\\s+)?(?:19|20)\\d{2}$");
    /** Pairs of words a question must share with a meeting's name to call that meeting by it. */
    private static final int MIN_NAME_KEYS = 2;
    /** A word in this share of the passages or more says nothing about what a question asks. */
    private static final double COMMON_SHARE = 0.25;
    /**
     * The least coverage and focus of a sentence that says what the question asks for (the person asked
     * about speaking, a number of the unit asked): who said it, or how many, is half of what it asks.
     */
    private static final double MIN_COVERAGE_SAYING = 0.25;
    private static final double MIN_FOCUS_SAYING = 0.18;
    /** A phrase in at most this share of the passages (and at least one) is what a one-fact question is about. */
    private static final double RARE_SHARE = 0.02;
    private static final int RARE_MIN = 2;
    /** A name in at most this share of the passages is what a one-fact question that gives it is about. */
    private static final double NAMED_SHARE = 0.1;
    /** The words, folded, that say someone chaired a meeting: "chủ trì", "chủ tọa". */
    private static final Set<String> CHAIRING = Set.of("chu tri", "chu toa");
    /** A sentence whose subject is a pronoun for someone named before: "Ông nhắc nhở …", "Bà cho biết …". */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?:Ông|Bà)\\s+\\p{Ll}");
    /** More meetings than this fit a question and it is too vague to answer from their records. */
    static final int MAX_MEETINGS = 3;
    /** The most things a report lists one by one ("Thứ nhất, … Thứ mười hai"); a larger count is a figure. */
    private static final int MAX_LISTED = 12;
    /** The most passages of a report read to see whether it writes a place a question names. */
    private static final int MAX_PASSAGES_READ = 60;
    /** Meetings offered instead of one the reports do not have, at most. */
    private static final int NEAREST = 4;

    /** The folded words that ask who chaired, attended or spoke ("chủ trì", "dự"), read once from the lexicon. */
    private static final Set<String> ASKING_WHO_TOOK_PART = java.util.stream.Stream.of("presided", "attended", "spoke", "spoke-act")
            .flatMap(meaning -> Lexicon.get().cueWords(meaning).stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final TermStatistics terms;
    private final ConferenceRecords records;
    /** The facts of the reports last asked about; recomputed when the index gives another list of reports. */
    private volatile ReportFacts facts;

    RefusalPolicy(TermStatistics terms, ConferenceRecords records) {
        this.terms = terms;
        this.records = records;
    }

    /** The least number of passages a rare phrase may be in: {@link #RARE_SHARE} of them, and at least two. */
    double rarePhraseLimit() {
        return Math.max(RARE_MIN, RARE_SHARE * terms.passageCount());
    }

    /** The most passages a name may be in and still say what a one-fact question is about. */
    double namedThingLimit() {
        return Math.max(RARE_MIN, NAMED_SHARE * terms.passageCount());
    }

    /**
     * True when the question says what it is about beyond its frame: a topic word in fewer than
     * {@link #COMMON_SHARE} of the passages ("ngoại giao" in every report of the ministry is frame).
     */
    boolean hasTopic(Weights weights) {
        return hasTopicBesides(weights, Set.of());
    }

    /** As {@link #hasTopic(Weights)}, not counting the words {@code besides} (what a meeting question asks: "chủ trì"). */
    boolean hasTopicBesides(Weights weights, Set<String> besides) {
        Lexicon lexicon = Lexicon.get();
        // a word or a pair of words in few passages: "kinh" and "tế" are everywhere, "giao kinh" is not
        return weights.terms().anyMatch(t -> java.util.Arrays.stream(t.split(" "))
                .noneMatch(w -> besides.contains(w) || lexicon.isFunctionWord(w))
                && weights.docFrequency(t) > 0 && weights.docFrequency(t) < COMMON_SHARE * terms.passageCount()
                || t.indexOf(' ') < 0 && !besides.contains(t) && !lexicon.isFunctionWord(t) && weights.docFrequency(t) == 0);
    }

    /**
     * Of {@code meetings}, the one the question's distinctive topic words name by its name, if clearly one;
     * else all. Words that ask who took part ("chủ trì", "dự") name no meeting, though a name may hold them.
     */
    List<Meeting> namedByName(Intent intent, List<Meeting> meetings) {
        if (meetings.size() < 2) {
            return meetings;
        }
        List<String> all = NamedMeetings.keys(intent.topic());
        List<String> distinctive = NamedMeetings.distinctive(all, terms);
        // the words the question names the meeting with tell it apart however common they are: "hội nghị tổng
        // kết ngoại giao 2024" is the sector's review, not the review of overseas Vietnamese work of that year
        String occasion = " " + String.join(" ", Terms.syllables(intent.mentions().occasion())) + " ";
        List<String> keys = all.stream().filter(key -> distinctive.contains(key) || occasion.contains(" " + key + " "))
                .filter(key -> java.util.Arrays.stream(key.split(" ")).noneMatch(ASKING_WHO_TOOK_PART::contains)).toList();
        return NamedMeetings.narrowed(meetings, keys);
    }

    /**
     * True when the question's topic, but for the words {@code asking} what it asks (folded), is the name of
     * {@code meeting}: most of its words are in the meeting's name or its reports' titles ("buổi gặp mặt
     * nguyên Đại sứ dịp Tết").
     */
    boolean namesTheMeeting(Intent intent, Meeting meeting, Set<String> asking) {
        StringBuilder names = new StringBuilder(meeting.conference().name());
        meeting.reports().forEach(r -> names.append(" . ").append(r.title()));
        Set<String> named = new java.util.HashSet<>(Terms.syllables(names.toString()));
        // the words that ask ("người chủ trì là ai") and function words typed without accents ("la", "hay") count
        // only for a meeting whose name has them ("hưu trí")
        List<String> topic = intent.topicWords().stream()
                .filter(w -> named.contains(w) || !asking.contains(w) && !Lexicon.get().isFunctionWord(w)).toList();
        return !topic.isEmpty() && topic.stream().filter(named::contains).count() >= MEETING_NAME_SHARE * topic.size();
    }

    /**
     * True when {@code c} carries enough of the question's topic to be its evidence; less is enough from a
     * sentence that says what the question asks for (the person asked about speaking, a number of the unit
     * asked, the day its report's meeting was held).
     */
    boolean isEvidence(Candidate c, Intent intent) {
        if (!writesThePlacesNamed(c, intent)) {
            return false;
        }
        // a number of the unit asked, in a sentence that says nothing else the question does, counts something else
        if (intent.form() == Form.HOW_MANY && !intent.unit().isEmpty() && !saysWhatIsCounted(c, intent)) {
            return false;
        }
        if (c.coverage() >= MIN_COVERAGE && c.focus() >= MIN_FOCUS) {
            return true;
        }
        // "Văn bản nào mang số 1325/BC-BNG?": the number names the report, whatever its sentences say
        if (intent.form() == Form.WHICH_REPORT && !intent.numbers().isEmpty()
                && intent.numbers().stream().allMatch(n -> isNumbered(c.passage().report().credits().number(), n))) {
            return true;
        }
        // what the question asks, there: the person asked about speaking, a number of the unit asked
        boolean theirWords = intent.form() == Form.SAID_BY && intent.person() != null && c.speaker() != null
                && MeetingFinder.isNamed(intent.person(), c.speaker()); // the role a report gave them then may differ
        // anchored, less is enough; but what someone said is only ever their own words
        boolean asksTheirWords = intent.form() == Form.SAID_BY && intent.person() != null;
        if (isAnchored(intent) && (!asksTheirWords || theirWords)
                && c.coverage() >= MIN_COVERAGE_ANCHORED && c.focus() >= MIN_FOCUS_ANCHORED) {
            return true;
        }
        boolean countsIt = intent.form() == Form.HOW_MANY && !intent.unit().isEmpty()
                && HowManyShape.counts(c.sentence(), intent.unit());
        if ((theirWords || countsIt) && c.coverage() >= MIN_COVERAGE_SAYING && c.focus() >= MIN_FOCUS_SAYING) {
            return true;
        }
        // the day of the meeting asked about, in its report: the meeting's name is in the title, not the sentence
        java.time.LocalDate held = c.passage().report().date();
        return intent.form() == Form.WHEN && intent.aboutMeeting() && held != null && c.coverage() >= MIN_COVERAGE
                && DaysInText.statesDay(c.sentence(), held);
    }

    /**
     * True when {@code c}'s report — its passages, title or meeting — writes a place the question names, in one
     * of its forms: a province or a country asked about ("đoàn làm việc với lãnh đạo tỉnh Cao Bằng") is what
     * the answer must be about, and a report of another place answers another question.
     */
    private boolean writesThePlacesNamed(Candidate c, Intent intent) {
        Lexicon lexicon = Lexicon.get();
        // a capitalised name the lexicon lacks counts when some passage writes it ("Cao Bằng"), not when none does
        // ("Tết Giáp Thìn" of a report on "Xuân Giáp Thìn")
        List<String> places = intent.names().stream().filter(n -> lexicon.isPlace(n)
                || Character.isUpperCase(n.charAt(0)) && !lexicon.isName(n) && writtenIn(n) > 0).toList();
        if (places.isEmpty()) {
            return true;
        }
        // places of one kind named together are offered or set side by side ("Cao Bằng hay Quảng Trị", "so sánh …
        // Hội An và … Quảng Ngãi"): one is enough; of two kinds, each narrows the other ("đoàn Niu Di-lân làm việc
        // với tỉnh Cao Bằng"): both must be written
        boolean oneKind = places.stream().map(lexicon::isPlace).distinct().count() == 1;
        java.util.function.Predicate<String> writesThem = text -> {
            String words = asWords(text);
            java.util.function.Predicate<String> written = name -> Stream.concat(Stream.of(name), lexicon.formsOf(name).stream())
                    .anyMatch(form -> words.contains(asWords(form)));
            return oneKind ? places.stream().anyMatch(written) : places.stream().allMatch(written);
        };
        // the sentence's own passage and its report's title most often write it; the rest of the report is read
        // only when they do not
        ReportInfo report = c.passage().report();
        StringBuilder text = new StringBuilder(CandidateFinder.metadata(report)).append(" . ").append(c.passage().text());
        if (writesThem.test(text.toString())) {
            return true;
        }
        for (int ordinal = 0; ordinal < MAX_PASSAGES_READ; ordinal++) {
            Optional<Passage> passage = records.passage(report, ordinal);
            if (passage.isEmpty()) {
                break;
            }
            text.append(" . ").append(passage.get().text());
        }
        return writesThem.test(text.toString());
    }

    /**
     * True when {@code c}, with its report's title and meeting, writes something the question says of what
     * it counts besides the unit itself: a word or pair of its topic that few passages have. "Bộ Ngoại giao
     * hiện có bao nhiêu cán bộ, công chức?" is not answered by "khảo sát 350 cán bộ ngoại giao trẻ", which
     * counts others. A question anchored to a meeting, a year or a person has said what it counts of by that.
     */
    private boolean saysWhatIsCounted(Candidate c, Intent intent) {
        if (isAnchored(intent)) {
            return true;
        }
        Set<String> unit = new HashSet<>(intent.unit());
        Lexicon lexicon = Lexicon.get();
        // the topic's words and its pairs as it writes them ("công chức", whose "chức" every "tổ chức" has)
        List<String> said = new ArrayList<>();
        for (List<String> run : intent.topic()) {
            List<String> terms = new ArrayList<>(run);
            terms.addAll(Terms.bigramSet(run));
            for (String term : terms) {
                List<String> words = List.of(term.split(" "));
                if (!unit.containsAll(words) && words.stream().noneMatch(lexicon::isFunctionWord)) {
                    said.add(term);
                }
            }
        }
        List<String> telling = said.stream().filter(t -> terms.docFrequency(t) < COMMON_SHARE * terms.passageCount()).toList();
        if (telling.isEmpty()) {
            // only words every report has ("Bộ Ngoại giao"): the sentence itself must write most of its pairs
            List<String> pairs = said.stream().filter(t -> t.indexOf(' ') > 0).toList();
            List<String> asked = pairs.isEmpty() ? said : pairs;
            Weights.Texts own = Weights.Texts.of(withoutUnit(Terms.syllables(c.sentence()), intent.unit()));
            return asked.isEmpty() || 2 * asked.stream().filter(own::contains).count() > asked.size();
        }
        // the sentence as it is read: with its report's title and meeting ("Tham dự có hơn 250 đại biểu")
        Weights.Texts read = Weights.Texts.of(withoutUnit(
                Terms.syllables(c.sentence() + " . " + CandidateFinder.metadata(c.passage().report())), intent.unit()));
        return telling.stream().anyMatch(read::contains);
    }

    /**
     * {@code syllables} without the unit's words where they stand together: the "bộ ngoại" of "350 cán bộ
     * ngoại giao" is no "Bộ Ngoại giao" once "cán bộ" is the unit.
     */
    private static List<String> withoutUnit(List<String> syllables, List<String> unit) {
        List<String> out = new ArrayList<>(syllables.size());
        for (int i = 0; i < syllables.size(); i++) {
            if (!unit.isEmpty() && i + unit.size() <= syllables.size() && syllables.subList(i, i + unit.size()).equals(unit)) {
                out.add("|"); // keeps the words on either side of the unit from making a pair
                i += unit.size() - 1;
            } else {
                out.add(syllables.get(i));
            }
        }
        return out;
    }

    /**
     * True when {@code c} may say what a question asks someone said: any sentence when it asks no one's
     * words, else their words, or a saying whose speaker was not read in a passage that names them
     * ("Hoàng Nam dự hội nghị" says nothing they said). Weighed or not, a question about someone's words
     * is answered with nothing else.
     */
    boolean mayBeTheirWords(Candidate c, Intent intent) {
        if (intent.form() != Form.SAID_BY || intent.person() == null || intent.personAddressed()) {
            return true;
        }
        if (c.speaker() != null) {
            return MeetingFinder.isNamed(intent.person(), c.speaker());
        }
        // no speaker read ("Phó Thủ tướng nhấn mạnh …"): a saying in a passage that names them may be theirs
        // "Ông nhắc nhở …": a report goes on with a pronoun for the one it quotes
        boolean saying = !Lexicon.get().speechVerbs().find(Words.of(c.sentence())).isEmpty()
                || PRONOUN_SUBJECT.matcher(c.sentence()).lookingAt();
        return saying && (MeetingFinder.isAmong(c.passage().people(), intent.person()) || namesThem(c.passage().text(), intent.person()));
    }

    /**
     * True when one passage writes every two-syllable word of {@code name}, though not side by side: "Hội
     * nghị tổng kết công tác ngoại vụ" is a "Hội nghị Ngoại vụ" of the question's words.
     */
    private boolean writtenApart(String name) {
        List<String> syllables = VietnameseText.foldedWords(name);
        if (syllables.size() < 4) {
            return false;
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < syllables.size(); i += 2) {
            pairs.add(syllables.get(i) + " " + syllables.get(i + 1));
        }
        if (syllables.size() % 2 == 1) {
            pairs.add(syllables.get(syllables.size() - 2) + " " + syllables.getLast());
        }
        return terms.passagesWithAll(pairs) > 0;
    }

    /** True when {@code sentence} writes the name of {@code person}, accents aside. */
    private static boolean namesThem(String sentence, Person person) {
        return writesPhrase(sentence, person.name());
    }

    /** True when {@code text} writes {@code phrase} as whole words, accents and case aside. */
    private static boolean writesPhrase(String text, String phrase) {
        return asWords(text).contains(asWords(phrase));
    }

    /** {@code text}'s folded words between single spaces, a space at each end, so a phrase in it is whole words. */
    private static String asWords(String text) {
        return " " + String.join(" ", VietnameseText.foldedWords(text)) + " ";
    }

    /** True when the question names whose words, which meeting or which year it is about. */
    private static boolean isAnchored(Intent intent) {
        return intent.person() != null || !intent.titles().isEmpty() || intent.namesAMeeting() || intent.year() != 0;
    }

    /**
     * The refusal for a question that names what no report has: a person, a numbered meeting, a meeting
     * of a kind and year, a year, a number, a name or a foreign word; empty when it names none of these.
     */
    Optional<Refusal> notInCorpus(Intent intent) {
        // a name the reports write though ingest read no person in it ("nhà nghiên cứu Lê Hồng Nhung") is there
        if (!intent.unknownPerson().isEmpty()
                && writtenIn(intent.unknownPerson()) == 0) {
            return refuse(Reason.NOT_IN_CORPUS, "Các báo cáo hiện có không nhắc đến " + intent.unknownPerson() + ".");
        }
        for (String name : intent.names()) {
            // a proper name ("Bộ Y tế", "WHO"), not a common noun of the lexicon ("hội nghị", "6 tháng")
            // a name the question capitalises that the lexicon lacks may be a publisher's, which only metadata has
            boolean proper = Character.isUpperCase(name.charAt(0)) && Lexicon.get().isName(name);
            if (proper && Lexicon.get().formsOf(name).stream().allMatch(form -> terms.docFrequency(form) == 0)
                    && !writtenApart(name)) {
                return refuse(Reason.NOT_IN_CORPUS, "Các báo cáo hiện có không nhắc đến " + name + ".");
            }
            // a capitalised name the lexicon lacks ("điểm cầu Quảng Bình") that no passage and no byline writes,
            // nor its words after the first ("Tết Giáp Thìn" of a report on "Xuân Giáp Thìn")
            boolean unlisted = Character.isUpperCase(name.charAt(0)) && !Lexicon.get().isName(name)
                    && name.contains(" ");
            String tail = name.substring(name.indexOf(' ') + 1);
            if (unlisted && writtenIn(name) == 0 && (!tail.contains(" ") || writtenIn(tail) == 0)
                    && !VietnameseText.foldedWords(name).stream().allMatch(this::creditsHave)) {
                return refuse(Reason.NOT_IN_CORPUS, "Các báo cáo hiện có không nhắc đến " + name + ".");
            }
        }
        for (NamedTitle title : intent.titles()) {
            // "Năm Chủ tịch ASEAN" is in the reports though no person holds the title
            // an office of a body or place the reports never write: some word of what narrows it is in no passage
            // or a country's ("Đại sứ Lào"), whose name the reports may well write of something else,
            boolean unwritten = java.util.Arrays.stream(title.qualifier().split("\\s+"))
                    .filter(w -> !w.isEmpty()).anyMatch(w -> terms.docFrequency(w) == 0)
                    // or where they are posted ("Đại sứ Việt Nam tại Thái Lan"), a country the reports may write of otherwise
                    || intent.names().stream().filter(n -> Lexicon.get().isPlace(n))
                            .map(n -> VietnameseText.fold(n).toLowerCase(java.util.Locale.ROOT))
                            .anyMatch(place -> title.qualifier().equals(place) || title.qualifier().endsWith("tai " + place))
                    // or an office no passage writes at all
                    || writtenIn(title.title()) == 0;
            // "Đại sứ quán Việt Nam tại Ai Cập" writes where an ambassador is posted though it names no ambassador
            boolean postingWritten = title.qualifier().contains("tai ") && terms.docFrequency(title.qualifier()) > 0;
            if (!title.qualifier().isEmpty() && records.knownPeople().stream().noneMatch(title::fits) && unwritten
                    && writtenIn(title.written()) == 0 && !postingWritten) {
                return refuse(Reason.NOT_IN_CORPUS, "Các báo cáo hiện có không nhắc đến " + title.written() + ".");
            }
        }
        for (String word : intent.topicWords()) {
            // a lower-case word no syllable is shaped like is chat's loanword ("file", "online"), not a name
            if (!Syllables.looksLikeOne(word) && !word.chars().allMatch(Character::isDigit)
                    && terms.docFrequency(word) == 0 && !creditsHave(word) && !aParaphraseIsWritten(word)
                    && writtenAsAName(intent.text(), word)) {
                return refuse(Reason.NOT_IN_CORPUS, "Các báo cáo hiện có không nhắc đến “" + word + "”.");
            }
        }
        for (String document : intent.documents()) {
            // written "Chỉ thị 25-CT/TW" or "Chỉ thị số 25"
            String[] kindAndNumber = document.split(" (?=\\d+$)");
            if (writtenIn(document) == 0 && writtenIn(kindAndNumber[0] + " số " + kindAndNumber[1]) == 0) {
                return refuse(Reason.NOT_IN_CORPUS, "Các báo cáo hiện có không nhắc đến " + document + ".");
            }
        }
        for (String number : intent.numbers()) {
            // "3 điểm cần lưu tâm", "6 nhiệm vụ": a small count of things a report lists as "Thứ nhất, …, Thứ ba"
            boolean aCountOfListed = number.matches("\\d{1,2}") && Integer.parseInt(number) <= MAX_LISTED;
            // "Hội thảo Biển Đông lần thứ 16" may write its number only in its title
            if (terms.docFrequency(number) == 0 && !numbersAReport(number) && !aCountOfListed
                    && !facts().titleNumbers().contains(number)) {
                return refuse(Reason.NOT_IN_CORPUS, "Các báo cáo hiện có không có con số " + number + " nào như câu hỏi nêu.");
            }
        }
        Optional<Refusal> meeting = meetingNotInCorpus(intent);
        if (meeting.isPresent()) {
            return meeting;
        }
        for (int year : intent.years()) {
            if (!hasYear(year)) {
                return refuse(Reason.NOT_IN_CORPUS, "Các báo cáo hiện có không có thông tin về năm " + year
                        + "; các năm có trong báo cáo: " + yearsCovered() + ".");
            }
        }
        return Optional.empty();
    }

    /** The words of {@code text}, lower case with their diacritics, joined by single spaces. */
    private static String lowerWords(String text) {
        return String.join(" ", Words.of(VietnameseText.normalize(text)).stream()
                .map(Word::lower).toList());
    }

    /** True when {@code folded}, a word of {@code text}, is written there with a capital: a name or an acronym. */
    static boolean writtenAsAName(String text, String folded) {
        return Words.of(text).stream()
                .anyMatch(w -> w.folded().equals(folded) && Character.isUpperCase(w.text().codePointAt(0)));
    }

    /**
     * The refusal for a question about a meeting no report covers: a numbered conference no report has
     * (and no passage mentions), or a review of a year no meeting reviews, for a question about the
     * meeting itself (who chaired, when, where) or one no passage mentions at all.
     */
    private Optional<Refusal> meetingNotInCorpus(Intent intent) {
        boolean numbered = intent.conferenceOrdinal() != 0;
        boolean reviewOfAYear = intent.kindOutright() && intent.year() != 0;
        if (!numbered && !reviewOfAYear) {
            return namedMeetingOfAnotherYear(intent);
        }
        List<Meeting> fitting = records.meetings(reports -> MeetingFinder.fits(reports.getFirst(), intent));
        if (!fitting.isEmpty()) {
            return Optional.empty();
        }
        if (numbered ? mentionsNumber(intent) : mentionsReview(intent) && !isAboutTheMeetingItself(intent)) {
            return Optional.empty();
        }
        String asked = MeetingNames.asked(intent);
        List<Meeting> sameKind = records.meetings().stream()
                .filter(m -> intent.conferenceKind() == null || m.conference().kind() == intent.conferenceKind()).toList();
        List<Meeting> offered = nearest(sameKind.isEmpty() ? records.meetings() : sameKind, intent.year());
        String instead = offered.isEmpty() ? "" : " Các báo cáo có: " + offered.stream()
                .map(m -> m.conference().name() + Dates.inBrackets(m.date())).collect(Collectors.joining("; ")) + ".";
        return refuse(Reason.NOT_IN_CORPUS, "Các báo cáo hiện có không có " + asked + "." + instead);
    }

    /**
     * The refusal for a meeting named by its name and a year it was not held in ("hội nghị trưởng cơ quan đại
     * diện giữa nhiệm kỳ năm 2022" when the reports have 2024's): the one meeting whose name the question's
     * distinctive words clearly carry was held in another year, and no passage of its name speaks of the
     * year asked.
     */
    private Optional<Refusal> namedMeetingOfAnotherYear(Intent intent) {
        int year = intent.year();
        // "ngoại giao kinh tế năm 2024" is a field of work; "hội nghị ngoại giao kinh tế năm 2024" a meeting
        if (year == 0 || !intent.aboutMeeting() || intent.conferenceKind() != null && intent.conferenceKind() != ConferenceKind.OTHER) {
            return Optional.empty();
        }
        List<String> keys = NamedMeetings.distinctive(NamedMeetings.keys(intent.topic()), terms).stream()
                .filter(key -> key.indexOf(' ') > 0).toList();
        List<Meeting> meetings = records.meetings();
        if (keys.size() < MIN_NAME_KEYS || meetings.size() < 2) {
            return Optional.empty();
        }
        List<Meeting> named = NamedMeetings.narrowed(meetings, keys);
        if (named.size() != 1 || NamedMeetings.keysOfName(named.getFirst().conference(), keys) < MIN_NAME_KEYS) {
            return Optional.empty();
        }
        Meeting meeting = named.getFirst();
        List<String> carried = keys.stream().filter(k -> NamedMeetings.keysOfName(meeting.conference(), List.of(k)) > 0).toList();
        boolean ofThatYear = yearOf(meeting) == year || meeting.conference().periodYear() == year
                || carried.stream().anyMatch(k -> terms.passagesWithAll(List.of(k, String.valueOf(year))) > 0);
        if (ofThatYear) {
            return Optional.empty();
        }
        String name = meeting.conference().name();
        return refuse(Reason.NOT_IN_CORPUS, "Các báo cáo hiện có không có " + OF_A_YEAR.matcher(name).replaceAll("") + " năm "
                + year + ". Các báo cáo có: " + name + Dates.inBrackets(meeting.date()) + ".");
    }

    /**
     * True when some passage says "lần thứ N" of the kind named: the meeting is in the reports though its
     * record may lack the number (a report of a meeting not numbered by ingest), or a meeting of that kind
     * numbered one apart is held and a passage says "Hội nghị lần thứ N".
     */
    private boolean mentionsNumber(Intent intent) {
        int n = intent.conferenceOrdinal();
        // a meeting of no kind of its own is named many ways ("hội thảo", "diễn đàn", "đại hội"): its number is enough
        boolean anyKind = intent.conferenceKind() == null || intent.conferenceKind() == ConferenceKind.OTHER;
        if (MeetingNames.numbered(n).stream().anyMatch(number -> anyKind ? terms.docFrequency(number) > 0
                : terms.passagesWithAll(List.of(cueOf(intent.conferenceKind()), number)) > 0)) {
            return true;
        }
        // the report of one of a series recalls the one before it or the next by number alone: "Hội nghị lần thứ 20
        // diễn ra năm 2019" in the report of the 21st Hội nghị Ngoại vụ
        boolean seriesHeld = records.meetings().stream().anyMatch(m -> m.conference().kind() == intent.conferenceKind()
                && m.conference().ordinal() > 0 && Math.abs(m.conference().ordinal() - n) == 1);
        return seriesHeld && terms.passagesWithAll(List.of("hoi nghi", "lan thu " + n)) > 0;
    }

    /** True when some passage names the review and its year together ("tổng kết công tác năm 2018"). */
    private boolean mentionsReview(Intent intent) {
        return terms.passagesWithAll(List.of(cueOf(intent.conferenceKind()), String.valueOf(intent.year()))) > 0;
    }

    private static boolean isAboutTheMeetingItself(Intent intent) {
        return switch (intent.form()) {
            case PRESIDED, ATTENDED, SPOKE, WHEN, WHERE, SUMMARY -> true;
            default -> intent.topic().isEmpty();
        };
    }

    /** The folded word that names a kind of meeting in text. */
    static String cueOf(ConferenceKind kind) {
        return switch (kind) {
            case YEAR_END_REVIEW -> "tong ket";
            case MID_YEAR_REVIEW -> "so ket";
            case DIPLOMATIC_CONFERENCE -> "hoi nghi ngoai giao";
            case EXTERNAL_AFFAIRS_CONFERENCE -> "hoi nghi ngoai vu";
            case WORKING_SESSION -> "lam viec";
            case OTHER -> "hoi nghi";
        };
    }

    /** The meetings nearest {@code year} (the latest when it is 0), in date order. */
    private static List<Meeting> nearest(List<Meeting> meetings, int year) {
        return meetings.stream()
                .sorted(Comparator.comparingInt((Meeting m) -> Math.abs(yearOf(m) - (year == 0 ? 9999 : year))))
                .limit(NEAREST)
                .sorted(Comparator.comparing((Meeting m) -> m.date() == null ? java.time.LocalDate.MAX : m.date()))
                .toList();
    }

    private static int yearOf(Meeting m) {
        return m.conference().periodYear() > 0 ? m.conference().periodYear() : m.date() == null ? 0 : m.date().getYear();
    }

    /** True when some report's author or publisher has {@code word} (folded): "CLO" names a publisher, not text. */
    /** How many passages write {@code text}, its diacritics and case aside. */
    private int writtenIn(String text) {
        return terms.docFrequency(VietnameseText.fold(text).toLowerCase(java.util.Locale.ROOT));
    }

    /** True when the reports write another form of {@code word}'s paraphrase class: "FDI" as "đầu tư trực tiếp nước ngoài". */
    private boolean aParaphraseIsWritten(String word) {
        return Lexicon.get().paraphrases().find(Words.of(word)).stream()
                .flatMap(m -> Lexicon.get().paraphrasesOf(m.value()).stream())
                .anyMatch(form -> writtenIn(form) > 0);
    }

    private boolean creditsHave(String word) {
        return facts().creditWords().contains(word);
    }

    /** True when {@code number} is the number of an official report ("3127" of "3127/BC-BNG"). */
    private boolean numbersAReport(String number) {
        return facts().documentNumbers().stream().anyMatch(n -> isNumbered(n, number));
    }

    /**
     * What the reports say of themselves that the rules ask about per question, read once per list of
     * reports (the index gives one list per commit): the years meetings review, the words of authors and
     * publishers, the numbers of official reports, and the numbers of titles and of numbered meetings.
     */
    private record ReportFacts(List<ReportInfo> of, Set<Integer> reviewedYears, Set<String> creditWords,
                               List<String> documentNumbers, Set<String> titleNumbers) {
        static ReportFacts of(List<ReportInfo> reports) {
            Set<Integer> years = new HashSet<>();
            Set<String> words = new HashSet<>();
            List<String> numbers = new ArrayList<>();
            Set<String> inTitles = new HashSet<>();
            for (ReportInfo r : reports) {
                if (r.conference() != null && r.conference().periodYear() > 0) {
                    years.add(r.conference().periodYear());
                }
                if (r.conference() != null && r.conference().ordinal() > 0) {
                    inTitles.add(String.valueOf(r.conference().ordinal()));
                }
                VietnameseText.foldedWords(r.title()).stream().filter(w -> w.chars().allMatch(Character::isDigit))
                        .forEach(inTitles::add);
                words.addAll(VietnameseText.foldedWords(r.credits().author() + " " + r.credits().publisher()));
                if (!r.credits().number().isEmpty()) {
                    numbers.add(r.credits().number());
                }
            }
            return new ReportFacts(reports, Set.copyOf(years), Set.copyOf(words), List.copyOf(numbers), Set.copyOf(inTitles));
        }
    }

    private ReportFacts facts() {
        List<ReportInfo> reports = records.reports();
        ReportFacts known = facts;
        if (known == null || known.of() != reports) {
            known = ReportFacts.of(reports);
            facts = known;
        }
        return known;
    }

    /** True when a report numbered {@code documentNumber} ("3127/BC-BNG") is the one {@code number} names. */
    static boolean isNumbered(String documentNumber, String number) {
        return documentNumber.equals(number) || documentNumber.startsWith(number + "/") || documentNumber.startsWith(number + "-");
    }

    /**
     * The ids of the reports of the meetings a question names outright (by kind or number, and whatever
     * else it says of them, the words of their names included); empty when it names none outright or
     * none fits — a question about a meeting is answered from its reports.
     */
    Set<String> reportsOfTheMeetingNamed(Intent intent) {
        if (!intent.kindOutright() && intent.conferenceOrdinal() == 0) {
            return Set.of();
        }
        List<Meeting> fitting = namedByName(intent, records.meetings(reports -> MeetingFinder.fits(reports.getFirst(), intent)));
        return fitting.stream().flatMap(m -> m.reports().stream()).map(ReportInfo::id).collect(Collectors.toSet());
    }

    /** True when some meeting of the reports reviews {@code year} (its period is that year). */
    boolean someMeetingReviews(int year) {
        return facts().reviewedYears().contains(year);
    }

    /** True when some report is dated in {@code year} or reviews it, or some passage mentions it. */
    private boolean hasYear(int year) {
        return records.reports().stream().anyMatch(r -> r.date() != null && r.date().getYear() == year
                || r.conference() != null && r.conference().periodYear() == year)
                || terms.docFrequency(String.valueOf(year)) > 0;
    }

    private String yearsCovered() {
        Set<Integer> years = new java.util.TreeSet<>();
        for (ReportInfo r : records.reports()) {
            if (r.date() != null) {
                years.add(r.date().getYear());
            }
        }
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * The refusal for a question that takes an event for granted ("X phản đối điều gì") when none of
     * {@code where} — the passages it points to — says it; empty when one does or it takes nothing for granted.
     */
    Optional<Refusal> falsePremise(Intent intent, List<String> where) {
        if (intent.premise().isEmpty()) {
            return Optional.empty();
        }
        // with their diacritics, as reports write them: folded, "hoãn" (postponed) would be "hoàn" (completed)
        List<String> forms = Lexicon.get().premiseForms(intent.premise()).stream().map(RefusalPolicy::lowerWords).toList();
        // said of what the question is about: in a sentence with a word of its topic ("kim ngạch … giảm"), not
        // anywhere in a passage that speaks of something else falling
        Set<String> premiseWords = forms.stream().flatMap(f -> VietnameseText.foldedWords(f).stream()).collect(Collectors.toSet());
        // the topic's telling words: "công" of "công dân" is in most passages ("công tác") and tells nothing
        List<String> topical = intent.topicWords().stream()
                .filter(w -> !premiseWords.contains(w) && !Lexicon.get().isFunctionWord(w) && !w.chars().allMatch(Character::isDigit))
                .toList();
        List<String> telling = topical.stream().filter(w -> terms.docFrequency(w) < COMMON_SHARE * terms.passageCount()).toList();
        List<String> about = telling.isEmpty() ? topical : telling;
        // of the place the question names, when it names one: "Angola … giảm" is no fall of trade with South Africa
        // in any of the ways reports write it: "Indonesia" is "In-đô-nê-xi-a" there
        List<List<String>> places = intent.names().stream().filter(Lexicon.get()::isPlace)
                .map(n -> Lexicon.get().formsOf(n).stream().map(f -> " " + String.join(" ", VietnameseText.foldedWords(f)) + " ").toList())
                .toList();
        boolean said = where.stream().flatMap(t -> Sentences.split(t).stream())
                .flatMap(sentence -> java.util.Arrays.stream(sentence.split(";")))
                .filter(clause -> about.isEmpty() || VietnameseText.foldedWords(clause).stream().anyMatch(about::contains))
                .filter(clause -> places.isEmpty() || places.stream().anyMatch(written -> written.stream()
                        .anyMatch((" " + String.join(" ", VietnameseText.foldedWords(clause)) + " ")::contains)))
                .map(clause -> " " + lowerWords(clause) + " ")
                .anyMatch(t -> forms.stream().anyMatch(f -> t.contains(" " + f + " ")));
        if (said) {
            return Optional.empty();
        }
        String who = intent.person() != null ? intent.person().name()
                : !intent.titles().isEmpty() ? VietnameseText.capitalized(intent.titles().getFirst().title()) : "ai";
        String at = intent.namesAMeeting() ? " tại " + MeetingNames.asked(intent) : "";
        return refuse(Reason.FALSE_PREMISE, "Các báo cáo không nói " + who + " " + intent.premise() + " điều gì" + at
                + ": câu hỏi giả định một việc mà không báo cáo nào nêu.");
    }

    /**
     * The refusal for a question that puts a person at a meeting the reports do not have them at
     * ("Thủ tướng làm việc với Bộ Ngoại giao ngày 31/1?" when a deputy did): the question names both, the
     * meeting is in the reports, and the person neither took part nor spoke there, nor is the subject of a
     * sentence of a retrieved passage of its reports. Empty otherwise.
     */
    Optional<Refusal> notAtTheMeeting(Intent intent, Supplier<List<Passage>> retrieved) {
        // a year alone names no meeting here: "kết quả năm 2022 với Phó Thủ tướng" is about the year's results
        if (intent.person() == null || !namesAMeetingOutright(intent)) {
            return Optional.empty();
        }
        List<Meeting> named = records.meetings(reports -> MeetingFinder.fits(reports.getFirst(), intent));
        if (named.isEmpty() || named.stream().anyMatch(m -> MeetingFinder.involves(m, intent.person()))) {
            return Optional.empty();
        }
        // a report of the meeting with them as the subject of a sentence ("… Nguyễn Đức Long giới thiệu mô hình …")
        // has them there; named inside another's words ("chỉ đạo của Tổng Bí thư …") it does not
        Set<String> reportsOfTheMeeting = named.stream().flatMap(m -> m.reports().stream()).map(ReportInfo::id)
                .collect(Collectors.toSet());
        // retrieved only now: most questions are settled before, and retrieval is the cost of an answer
        if (retrieved.get().stream().anyMatch(p -> reportsOfTheMeeting.contains(p.report().id())
                && isASubjectIn(p, intent.person()))) {
            return Optional.empty();
        }
        String who = intent.person().titled();
        List<String> where = records.meetings().stream().filter(m -> MeetingFinder.involves(m, intent.person()))
                .map(m -> m.conference().name() + Dates.inBrackets(m.date())).limit(NEAREST).toList();
        String elsewhere = where.isEmpty() ? "" : " Các báo cáo ghi nhận " + intent.person().name() + " tại: "
                + String.join("; ", where) + ".";
        return refuse(Reason.FALSE_PREMISE, "Các báo cáo không ghi nhận " + who + " tham dự hay phát biểu tại "
                + MeetingNames.asked(intent) + "." + elsewhere);
    }

    /**
     * The refusal for a question that takes for granted that someone chaired a meeting whose records name
     * its chairs, and not them: "Vì sao Hoàng Nam chủ trì hội nghị tổng kết 2024?" of a meeting he attended
     * at a connection point. Empty when it asks who chaired, or asks whether, or the records name no chair.
     */
    Optional<Refusal> notTheChair(Intent intent) {
        List<String> said = intent.terms().stream().map(t -> VietnameseText.fold(t).toLowerCase(java.util.Locale.ROOT)).toList();
        // a session of the meeting ("điều hành phiên nào") has chairs of its own
        boolean takesItForGranted = Terms.bigramSet(said).stream().anyMatch(CHAIRING::contains) && !said.contains("phien");
        if (intent.person() == null || !takesItForGranted || intent.form() == Form.PRESIDED) {
            return Optional.empty();
        }
        List<Meeting> named = meetingsNamed(intent);
        List<Person> chairs = named.stream().flatMap(m -> m.participations().stream())
                .filter(p -> p.part() == Participation.Part.CHAIRED).map(Participation::person)
                .distinct().toList();
        if (named.size() != 1 || chairs.isEmpty() || chairs.stream().anyMatch(c -> MeetingFinder.isNamed(c, intent.person()))) {
            return Optional.empty();
        }
        Meeting meeting = named.getFirst();
        return refuse(Reason.FALSE_PREMISE, "Các báo cáo không ghi nhận " + intent.person().titled() + " chủ trì "
                + meeting.conference().name() + Dates.inBrackets(meeting.date()) + "; chủ trì là "
                + chairs.stream().map(Person::titled)
                .collect(Collectors.joining(", ")) + ".");
    }

    /**
     * The refusal for a question that says the person it names held a title no report gives them ("ông ấy là
     * Thủ tướng à?" of a Deputy Prime Minister, "Bộ trưởng Trần Lưu Quang làm việc với BNG ngày nào?"), with the
     * roles the reports do give them: as the index knows them, and as each of the {@code passages} retrieved
     * writes them — a role held once ("Thủ tướng Nguyễn Xuân Phúc" in 2020) is in the reports of its time. Empty
     * when a report gives them one of the titles said, or the question says no title of them.
     */
    Optional<Refusal> notTheirRole(Intent intent, Supplier<List<Passage>> passages) {
        List<NamedTitle> said = Stream.concat(intent.titles().stream().filter(NamedTitle::said),
                intent.mentions().personTitles().stream().map(t -> new NamedTitle(t, "", t, false, true))).toList();
        // "văn bản nào có ông Hoàng Nam là giám đốc sở": a report the role describes is looked for, not taken for granted
        if (intent.person() == null || said.isEmpty() || intent.form() == Form.WHICH_REPORT) {
            return Optional.empty();
        }
        String name = intent.person().name();
        // most titles said are theirs in the passages retrieved: every meeting's roles are read only when not
        List<Person> retrieved = passages.get().stream().flatMap(p -> p.people().stream()).filter(p -> p.name().equals(name)).toList();
        if (said.stream().anyMatch(t -> retrieved.stream().anyMatch(t::fits))) {
            return Optional.empty();
        }
        List<Person> recorded = Stream.of(records.knownPeople().stream(), records.meetings().stream()
                        .flatMap(m -> m.participations().stream()).map(Participation::person),
                        retrieved.stream()).flatMap(s -> s)
                .filter(p -> p.name().equals(name)).distinct().toList();
        List<String> roles = recorded.stream().map(Person::office).filter(r -> !r.isEmpty()).distinct().limit(NEAREST).toList();
        if (roles.isEmpty() || said.stream().anyMatch(t -> recorded.stream().anyMatch(t::fits))) {
            return Optional.empty();
        }
        return refuse(Reason.FALSE_PREMISE, "Các báo cáo không ghi " + name + " là " + Lines.capitalized(said.getFirst().written())
                + "; các báo cáo ghi " + name + " là: " + String.join("; ", roles) + ".");
    }

    /** True when {@code intent} names a meeting by its kind outright, its number or its day. */
    private static boolean namesAMeetingOutright(Intent intent) {
        return intent.kindOutright() || intent.conferenceOrdinal() != 0 || intent.date() != null;
    }

    /**
     * The meetings a question names: by kind, number or day; or by its year and words, the one meeting of that year
     * whose name carries them ("hội nghị lãnh sự 2024"); empty when it names none.
     */
    private List<Meeting> meetingsNamed(Intent intent) {
        if (namesAMeetingOutright(intent)) {
            return records.meetings(reports -> MeetingFinder.fits(reports.getFirst(), intent));
        }
        if (intent.year() == 0 || !intent.aboutMeeting()) {
            return List.of();
        }
        List<String> keys = NamedMeetings.keys(intent.topic());
        List<Meeting> ofTheYear = records.meetings().stream().filter(m -> MeetingFinder.isOfYear(m, intent.year())).toList();
        List<Meeting> narrowed = NamedMeetings.narrowed(ofTheYear, keys);
        boolean byItsWords = narrowed.size() == 1 && NamedMeetings.keysOfName(narrowed.getFirst().conference(), keys) > 0;
        return byItsWords ? narrowed : List.of();
    }

    /**
     * True when some sentence of {@code passage} names {@code person} as one who acts there, not as one
     * whose words or orders another cites ("chỉ đạo của Tổng Bí thư …", "theo Thủ tướng …").
     */
    private static boolean isASubjectIn(Passage passage, Person person) {
        if (!MeetingFinder.isAmong(passage.people(), person)) {
            return false; // it names them nowhere: no sentence to read
        }
        for (String sentence : Sentences.split(passage.text())) {
            for (Mentions.Mention m : Mentions.find(sentence, passage.people())) {
                if (MeetingFinder.isNamed(m.person(), person)
                        && !CandidateFinder.isCited(sentence, m.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a reporter's turn, read with its answer, carries enough of the question's weight to be the
     * question asked about: as much as evidence must carry.
     */
    boolean answersWhoAsked(double coverage) {
        return coverage >= MIN_COVERAGE;
    }

    /**
     * The refusal for a question asking a detail of a meeting that reports seldom give ("ai dẫn chương trình",
     * "thời tiết hôm đó") when no passage writes any form of it; empty when it asks none or some passage has it.
     */
    Optional<Refusal> detailNotGiven(Intent intent) {
        if (intent.detail().isEmpty() || Lexicon.get().seldomGivenForms(intent.detail()).stream()
                .anyMatch(form -> terms.docFrequency(VietnameseText.fold(form)) > 0)) {
            return Optional.empty();
        }
        String about = intent.namesAMeeting() ? " của " + MeetingNames.asked(intent) : "";
        return refuse(Reason.NO_EVIDENCE, "Các báo cáo hiện có không nêu " + intent.detail() + about
                + ", nên tôi không trả lời để tránh suy đoán.");
    }

    /** The refusal when no sentence carries the question's topic: it says what was asked and not found. */
    Refusal noEvidence(Intent intent) {
        String what = switch (intent.form()) {
            case WHEN -> intent.grain() == DateGrain.HOUR || intent.grain() == DateGrain.HOURS ? "giờ" : "ngày diễn ra";
            case WHERE -> intent.unit().isEmpty() ? "địa điểm"
                    : "tên " + Lexicon.get().venueKinds().getOrDefault(intent.unit(), String.join(" ", intent.unit()));
            case HOW_MANY -> "con số được hỏi";
            case WHO, PRESIDED, ATTENDED, SPOKE -> "người được hỏi";
            default -> "";
        };
        String about = intent.namesAMeeting() ? " của " + MeetingNames.asked(intent) : "";
        String topic = intent.topicText().isEmpty() ? "" : " (" + intent.topicText() + ")";
        if (intent.form() == Form.SAID_BY && intent.person() != null && !intent.personAddressed()) {
            // what is missing is their words: "Hoàng Nam phát biểu gì" of someone who only attended
            String at = intent.namesAMeeting() ? " tại " + MeetingNames.asked(intent) : "";
            return new Refusal(Reason.NO_EVIDENCE, "Các báo cáo hiện có không ghi lại lời nào của " + intent.person().name()
                    + at + " về điều được hỏi, nên tôi không trả lời để tránh suy đoán.");
        }
        if (what.isEmpty()) {
            return new Refusal(Reason.NO_EVIDENCE, "Các báo cáo hiện có không có đoạn nào nói về điều này" + topic + about
                    + ", nên tôi không trả lời để tránh suy đoán.");
        }
        return new Refusal(Reason.NO_EVIDENCE, "Các báo cáo hiện có không nêu " + what + topic + about
                + ", nên tôi không trả lời để tránh suy đoán.");
    }


    private static Optional<Refusal> refuse(Reason reason, String message) {
        return Optional.of(new Refusal(reason, message));
    }
}
