package vn.baocao.chat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.baocao.answer.Refusal;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.Word;
import vn.baocao.lexicon.Words;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.search.Mentions;
import vn.baocao.search.NamedTitle;
import vn.baocao.text.VietnameseText;

/**
 * Reads a message of a conversation against its {@link Focus}, from the message's one reading: words that
 * point back ("ông ấy", "hội nghị đó", "năm đó") get what they point to; a question that leaves out whom
 * or which meeting it asks about ("ai chủ trì?", "nói gì về ngoại giao kinh tế?") gets the focus's; a swap
 * ("còn năm 2024 thì sao?", "thế còn Thủ tướng?") asks the last question again of what it names; a request
 * about the last answer ("nguồn nào?", "trích nguyên văn", "nói rõ hơn", "tóm tắt lại") is one. A complete
 * question is answered as it stands.
 */
final class TurnReading {
    /**
     * The most topic words a question that names no one and no meeting may have and still lean on the focus:
     * "ai dự và chỉ đạo", "kết nối mấy tỉnh thành", "có trao khen thưởng không".
     */
    private static final int MAX_LEANING_TOPIC_WORDS = 3;
    /** The most topic words a request for more may name ("nói rõ hơn mục tiêu"): more is a question of its own. */
    private static final int MAX_MORE_ABOUT_WORDS = 3;
    /** The forms whose answer is a person: a person in focus is not put into them. */
    private static final Set<Form> ASKS_WHO = EnumSet.of(Form.WHO, Form.WHO_SAID, Form.SPOKE, Form.PRESIDED, Form.ATTENDED);
    /** The most topic words a question of what was said ("nói gì về …") may have and still be of the one in focus. */
    private static final int MAX_TOPIC_WORDS_OF_THEIRS = 4;
    /** The most topic words a bare question of the last one's topic may have: "bao nhiêu phiếu?". */
    private static final int MAX_BARE_TOPIC_WORDS = 1;
    /** What a bare question may ask of the last one's topic; when, where and who chaired ask of the meeting. */
    private static final Set<Form> ASKS_ON_THE_TOPIC = EnumSet.of(Form.FACT, Form.LIST, Form.WHO, Form.HOW_MANY);
    /** How many words of the last answer's quote stand for it in "ai nói câu đó?". */
    private static final int QUOTED_WORDS = 12;
    /**
     * The most topic words a swap ("còn quy chế?") may give for its topic to be asked of the meeting when the
     * last question's frame has nothing on it: more, and it is a name or a question of its own.
     */
    private static final int MAX_REFRAMED_TOPIC_WORDS = 4;
    /** Two capitalised words in a row: a name ("Nguyen Thi Thanh Ha"), not a topic. */
    private static final Pattern PROPER_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+");
    /** The most topic words a swap may give ("còn ngoại giao kinh tế?"); more, and it asks a question of its own. */
    private static final int MAX_SWAP_TOPIC_WORDS = 4;
    /** What a question asks that is not about one meeting: it never gets the focus's meeting added. */
    private static final Set<Form> NOT_OF_ONE_MEETING = EnumSet.of(Form.MEETINGS_OF, Form.WHICH_MEETING,
            Form.WHICH_REPORT, Form.COMPARE);
    /** Words that make a pointing back plural: "hai hội nghị đó", "các hội nghị này", "cả 2 lần". */
    private static final Set<String> MANY = Set.of("hai", "2", "cac", "nhung", "ca");
    /** What a question may ask of the last answer's subject without naming it: "ở hội nghị nào?", "báo cáo nào?". */
    private static final Set<Form> ASKED_OF_THE_LAST_ANSWER = EnumSet.of(Form.WHICH_MEETING, Form.WHICH_REPORT);

    private TurnReading() {
    }

    /** What {@code message}, read as {@code turn}, asks in a conversation whose focus is {@code focus} (null: none yet). */
    static Turn read(String message, Intent turn, Focus focus) {
        return read(message, turn, focus, List::of);
    }

    /**
     * As {@link #read(String, Intent, Focus)}, with the {@code conferences} the reports have, asked for only
     * by a swap to a year: one whose review of the focus's kind no report has ("còn năm 2022?" after the 2023
     * mid-year review) asks of that year's only review instead, and the reply's "Hiểu là" line shows it.
     */
    static Turn read(String message, Intent turn, Focus focus, Supplier<List<Conference>> conferences) {
        return read(message, turn, focus, conferences, null);
    }

    /**
     * As {@link #read(String, Intent, Focus, Supplier)}, reading the last answer with {@code reader} (null: not
     * read) for the numbered document "chỉ thị đó" points back to when the last question named none.
     */
    static Turn read(String message, Intent turn, Focus focus, Supplier<List<Conference>> conferences,
                     Function<String, Intent> reader) {
        if (focus == null) {
            return Turn.asIs(message);
        }
        Mentions mentions = turn.mentions();
        // "nói rõ hơn đi": a particle is no topic
        boolean namesNothing = !namesSomeone(turn) && !Focus.namesAMeeting(turn) && turn.topicWords().size() <= 1;
        if (namesNothing) {
            // "ảnh trong bài này lấy từ nguồn nào?" asks of the article in focus, not of the last answer's sources
            var requests = mentions.has(Mentions.Kind.REPORT) ? List.of(Turn.Request.QUOTE, Turn.Request.MORE)
                    : List.of(Turn.Request.SOURCES, Turn.Request.QUOTE, Turn.Request.MORE);
            for (var request : requests) {
                if (mentions.has(Mentions.Kind.valueOf(request.name()))) {
                    boolean citedNothing = focus.answer().citations().isEmpty();
                    if (citedNothing && request == Turn.Request.SOURCES && !focus.meeting().isEmpty()) {
                        // "nguồn?" after a refusal about a meeting: where the reports of that meeting come from
                        return Turn.leaning(written("nguồn bài về " + focus.meeting() + "?", plain(message, turn)));
                    }
                    // "nguồn nào?" after a refusal of nothing in particular: it cited nothing, and saying so is the answer
                    return new Turn(citedNothing ? Turn.Request.NOTHING_CITED : request, focus.question(), false);
                }
            }
        }
        if (!namesSomeone(turn) && !Focus.namesAMeeting(turn) && mentions.has(Mentions.Kind.QUOTE)
                && !focus.answer().citations().isEmpty()) {
            // "trích nguyên văn đoạn về biên giới": the sentences of the last answer's sources on that
            return new Turn(Turn.Request.QUOTE, focus.question(), false, turn.topicWords());
        }
        if (!namesSomeone(turn) && !Focus.namesAMeeting(turn) && mentions.has(Mentions.Kind.MORE)
                && turn.topicWords().size() <= MAX_MORE_ABOUT_WORDS && !focus.answer().citations().isEmpty()
                && focus.answer().next() == null) {
            // "nói rõ hơn mục tiêu": what the last answer's sources say of that
            return new Turn(Turn.Request.MORE, focus.question(), false, turn.topicWords());
        }
        if (namesNothing && mentions.has(Mentions.Kind.SUMMARY)) {
            String what = focus.meeting().isEmpty() ? focus.question() : focus.meeting();
            return Turn.leaning(summaryOf(what));
        }
        boolean plain = plain(message, turn);
        // "còn sơ kết 2023 thì phương châm là gì?": a meeting, a topic and words that ask make a question of its own
        boolean ownQuestion = Focus.namesAMeeting(turn) && !turn.topicText().isEmpty() && !mentions.asking().isEmpty();
        if (mentions.has(Mentions.Kind.SWAP) && asksNothingOfItsOwn(turn) && !ownQuestion) {
            Swap swapped = swapped(turn, focus, conferences);
            if (swapped != null) {
                return Turn.swapped(swapped.question(), swapped.instead(), swapped.insteadWhen());
            }
            if (turn.topic().isEmpty()) {
                return Turn.leaning(focus.question()); // "còn thì sao?": asked again
            }
            return pointedBack(message, turn, focus, plain, true, reader);
        }
        if (namesNothing && mentions.leaning().isEmpty() && ASKED_OF_THE_LAST_ANSWER.contains(turn.form())) {
            // "ở hội nghị nào?" after "Thủ tướng dùng hình ảnh cây gì …?": the last question, asked on
            return Turn.leaning(withoutEnd(focus.reading().text()) + ", " + turn.text());
        }
        return pointedBack(message, turn, focus, plain, false, reader);
    }

    /**
     * The word before {@code pointing} in {@code text}, with the space after it, when it makes the pointing
     * back plural ("hai " of "hai hội nghị đó", "2 " of "2 lần đó"); empty when there is none.
     */
    private static String countBefore(String text, String pointing) {
        int at = text.indexOf(pointing);
        if (at <= 0) {
            return "";
        }
        String before = text.substring(0, at);
        String word = before.strip().replaceAll(".*\\s", "");
        boolean many = MANY.contains(VietnameseText.fold(word));
        return before.endsWith(" ") && many ? word + " " : "";
    }

    /**
     * The numbered document of the kind {@code pointing} names ("chỉ thị" of "chỉ thị đó") that the last
     * question named, else the last answer ({@code reader} reads it; null: not read); when neither did, the
     * kind alone, which is still what is asked of.
     */
    private static String documentPointedTo(Focus focus, String pointing, Function<String, Intent> reader) {
        List<String> words = VietnameseText.foldedWords(pointing);
        String kind = String.join(" ", words.subList(0, Math.max(1, words.size() - 1))) + " ";
        List<String> named = new java.util.ArrayList<>(focus.reading().documents());
        if (reader != null && named.stream().noneMatch(d -> VietnameseText.fold(d).startsWith(kind))) {
            named.addAll(reader.apply(focus.answer().text()).documents());
        }
        return named.stream().filter(d -> VietnameseText.fold(d).startsWith(kind)).findFirst()
                .orElse(withoutLastWord(pointing));
    }

    /** True when {@code message} was typed without diacritics; an English turn is read in Vietnamese words, and composed with their marks. */
    private static boolean plain(String message, Intent turn) {
        return !VietnameseText.typedWithDiacritics(message) && !turn.english();
    }

    /** "Tóm tắt …": the words that ask for a summary of {@code what}. */
    private static String summaryOf(String what) {
        return "Tóm tắt " + what;
    }

    /**
     * The turn with its pointing words replaced by what they point to and, when it leaves out whom or which
     * meeting it asks about, the focus's added; the message as it stands when it needs neither. A {@code swap}
     * whose topic has no place in the last question is asked of the focus's meeting.
     */
    private static Turn pointedBack(String message, Intent turn, Focus focus, boolean plain, boolean swap,
                                    Function<String, Intent> reader) {
        String text = withoutSwapWords(turn).replaceAll(" ([?.!])", "$1");
        boolean person = false;
        boolean meeting = false;
        boolean leaned = swap; // "còn bảo hộ công dân?": of the meeting in focus
        // what the focus puts in, for the reply's "Hiểu là" line: "Phạm Minh Chính, Hội nghị tổng kết năm 2024"
        List<String> understood = new java.util.ArrayList<>();
        for (Mentions.Leaning l : turn.mentions().leaning()) {
            String instead = switch (l.kind()) {
                // "thế còn TTg, ông ấy yêu cầu gì?": the pronoun is of the one the turn names, not of the focus
                case PERSON -> namedBefore(turn, text, l.written()) ? "" : focus.person();
                // "hai hội nghị đó" after the 2019 and the 2023 mid-year reviews: both
                case MEETING -> focus.meetings().size() >= 2 && !countBefore(text, l.written()).isEmpty()
                        ? String.join(" và ", focus.meetings()) : focus.meeting();
                // "bài đó" is the article about the meeting, not the meeting: "ảnh trong bài đó ai chụp"
                case REPORT -> focus.meeting().isEmpty() ? "" : withoutLastWord(l.written()) + " về " + focus.meeting();
                case YEAR -> focus.year() == 0 ? "" : "năm " + focus.year();
                // "câu đó" → câu “…”, "ai nói vậy" → ai nói “…”: the noun or verb stays, the quote stands for "đó"
                case STATEMENT -> quoteOf(focus).isEmpty() ? "" : withoutLastWord(l.written()) + " " + quoteOf(focus);
                case TOPIC -> longestRun(focus.reading().topicText());
                // "chỉ thị đó" after an answer quoting "… Chỉ thị 25 về …": Chỉ thị 25
                case DOCUMENT -> documentPointedTo(focus, l.written(), reader);
                default -> "";
            };
            if (!instead.isEmpty() && text.contains(l.written())) {
                String count = l.kind() == Mentions.Kind.MEETING && focus.meetings().size() >= 2
                        ? countBefore(text, l.written()) : "";
                text = text.replace(count + l.written(), written(instead, plain));
                person |= l.kind() == Mentions.Kind.PERSON;
                meeting |= l.kind() == Mentions.Kind.MEETING || l.kind() == Mentions.Kind.REPORT;
                leaned = true;
                understood.add(switch (l.kind()) {
                    case PERSON -> focus.person();
                    case MEETING -> VietnameseText.capitalized(instead);
                    case REPORT -> VietnameseText.capitalized(focus.meeting());
                    default -> instead;
                });
            }
        }
        String elsewhere = "";
        boolean ofSomeone = leaned || !Focus.namesAMeeting(turn) && turn.topicWords().size() <= MAX_TOPIC_WORDS_OF_THEIRS;
        // "nói gì về …?", "chức vụ?" ask of the one in focus; "ai kết luận?" asks who, so it is of no one yet
        boolean ofTheirs = (asksWhatWasSaid(turn) || turn.form() == Form.ROLE) && !ASKS_WHO.contains(turn.form());
        if (!person && !namesSomeone(turn) && ofSomeone && ofTheirs && !focus.person().isEmpty()
                && !NOT_OF_ONE_MEETING.contains(turn.form())) {
            text = written(focus.person(), plain) + " " + text; // the one in focus
            leaned = true;
            understood.addFirst(focus.person());
        }
        if (!swap && !leaned && carriesTheTopic(turn, focus)) {
            // "cho ai?" after "có trao khen thưởng không?": given whom the awards
            String topic = longestRun(focus.reading().topicText());
            text = withoutEnd(text) + " về " + written(topic, plain) + "?";
            leaned = true;
            understood.add("về " + topic);
        }
        // "yêu cầu gì qua các năm?" asks of every meeting, not of the one in focus
        boolean elliptical = turn.topicWords().size() <= MAX_LEANING_TOPIC_WORDS && !turn.mentions().has(Mentions.Kind.ACROSS);
        // "khi nào?" asks the meeting's day; "ông ấy làm Phó Thủ tướng từ năm nào?" asks the day of something he did
        // "chỉ thị đó ban hành năm nào?" asks the day of a document, not of the meeting that named it
        boolean ofAnotherEvent = (turn.form() == Form.WHEN || turn.form() == Form.WHERE) && !turn.topic().isEmpty()
                && (person || namesSomeone(turn)) || (turn.form() == Form.WHEN || turn.form() == Form.WHERE)
                && (turn.mentions().has(Mentions.Kind.DOCUMENT) || !turn.documents().isEmpty());
        if (!meeting && !Focus.namesAMeeting(turn) && !focus.meeting().isEmpty() && !NOT_OF_ONE_MEETING.contains(turn.form())
                && !ofAnotherEvent && (leaned || elliptical)) {
            // without marks "tai" would be a word to find; the lone "o" of "ở" frames it as "tại" does
            String at = (plain ? " o " : " tại ") + written(focus.meeting(), plain);
            String asked = withoutEnd(text);
            // "còn PTT Trần Lưu Quang nói gì về biên giới?" of a meeting he was not at: what he said where he was
            elsewhere = turn.person() != null ? written(text, plain) : "";
            // "thủ tướng có dự không?": the meeting goes before the "không" that makes it a yes-or-no question
            text = asked.endsWith(" không") ? asked.substring(0, asked.length() - " không".length()) + at + " không?"
                    : asked + at + "?";
            leaned = true;
            understood.add(VietnameseText.capitalized(focus.meeting()));
        }
        // a question typed without diacritics stays without them, as the reader reads such words best; a swap
        // asks anew, and its question says best what it asks
        String question = written(text, plain);
        if (leaned && !elsewhere.isEmpty()) {
            return Turn.leaning(question, swap || understood.isEmpty() ? question : String.join(", ", understood),
                    elsewhere, EnumSet.of(Refusal.Reason.FALSE_PREMISE));
        }
        return !leaned ? Turn.asIs(message)
                : swap || understood.isEmpty() ? Turn.leaning(question) : Turn.leaning(question, String.join(", ", understood));
    }


    /**
     * A swap's question, and the one asked instead when the reports do not have what the swap carried over
     * where it swaps to: the last question's person at the meeting swapped in, or its meeting for the person
     * swapped in; empty when the swap carried neither.
     */
    private record Swap(String question, String instead, Set<Refusal.Reason> insteadWhen) {
    }

    /**
     * The last question asked again of what the swap names — its year, kind of meeting, person or topic in
     * place of the last one's — or null when the swap names nothing to put in.
     */
    private static Swap swapped(Intent turn, Focus focus, Supplier<List<Conference>> conferences) {
        Intent last = focus.reading();
        String base = withoutSwapWords(last);
        boolean changed = false;
        String renamed = occasionSwappedIn(turn, last, base, conferences);
        if (!renamed.isEmpty()) {
            base = renamed;
            changed = true;
        } else if (!turn.years().isEmpty()) {
            int asked = turn.years().getFirst();
            String year = String.valueOf(asked);
            String both = bothMeetingsIn(base, focus);
            // "còn 2021?" after a question of the 2019 and the 2023 reviews: of the 2021 one alone
            base = !both.isEmpty() ? replaced(base, both, written(Focus.meetingOf(last.conferenceKind(), asked, 0),
                    !VietnameseText.typedWithDiacritics(both)))
                    : last.years().isEmpty() ? withoutEnd(base) + " năm " + year + "?"
                    : base.replace(String.valueOf(last.years().getFirst()), year);
            changed = true;
            boolean kindNamed = turn.conferenceKind() != null && turn.kindOutright();
            ConferenceKind kind = last.conferenceKind();
            Optional<ConferenceKind> instead = kindNamed || (kind == null || !kind.isReview()) ? Optional.empty()
                    : onlyOtherReviewOf(conferences.get(), kind, asked);
            if (instead.isPresent()) {
                String was = Focus.meetingOf(kind, asked, 0);
                base = contains(base, was) ? replaced(base, was, Focus.meetingOf(instead.get(), asked, 0))
                        : last.mentions().meeting().isEmpty() ? base
                        : base.replace(last.mentions().meeting(), instead.get() == ConferenceKind.YEAR_END_REVIEW ? "tổng kết" : "sơ kết");
            }
        }
        String kind = turn.mentions().meeting();
        if (renamed.isEmpty() && !kind.isEmpty() && turn.conferenceKind() != last.conferenceKind()) {
            String was = last.mentions().meeting();
            base = was.isEmpty() ? withoutEnd(base) + " tại hội nghị " + kind + "?" : base.replace(was, kind);
            if (!turn.conferenceKind().isReview() && turn.years().isEmpty() && !last.years().isEmpty()) {
                // "còn buổi làm việc của PTT Quang?": a working session is told by who held it, not by the last year
                String year = String.valueOf(last.years().getFirst());
                base = base.replace(" năm " + year, "").replace(" " + year, "");
            }
            changed = true;
        }
        if (last.conferenceKind() == ConferenceKind.WORKING_SESSION && turn.conferenceKind() != null
                && turn.conferenceKind() != ConferenceKind.WORKING_SESSION) {
            // "còn HN tổng kết 2022?" after "buổi làm việc của PTT Quang với BNG …": the session's parties were its name
            base = withoutTheSessionsParties(base, last);
        }
        if (renamed.isEmpty() && turn.conferenceOrdinal() != 0 && last.conferenceOrdinal() != 0) {
            base = base.replace(String.valueOf(last.conferenceOrdinal()), String.valueOf(turn.conferenceOrdinal()));
            changed = true;
        }
        boolean occasionSwapped = changed; // its year, kind or number
        String who = whoIn(turn);
        String instead = "";
        boolean personDropped = false;
        boolean topicReframed = false;
        String lastWho = whoIn(last);
        if (!who.isEmpty()) {
            base = lastWho.isEmpty() || !contains(base, lastWho) ? who + " " + base : replaced(base, lastWho, who);
            changed = true;
            // "thế còn PTT Quang?" after what another said at the mid-year review: what he said where he was
            // "ai nói vậy?" then "còn PTT Quang?" asks whether he said it too: not where he said something else
            instead = occasionSwapped || ASKS_WHO.contains(last.form()) ? "" : withoutOccasion(base, last);
        } else if (occasionSwapped && !lastWho.isEmpty() && namesAConnectionPoint(turn) && last.conferenceKind() != null) {
            // "còn điểm cầu Cao Bằng năm 2022?" after what the one at Quảng Trị's point held in 2024: who was at
            // that point then, when the one in focus was not there
            int year = turn.years().isEmpty() ? last.year() : turn.years().getFirst();
            String meeting = Focus.meetingOf(last.conferenceKind(), year, last.conferenceOrdinal());
            boolean plain = !VietnameseText.typedWithDiacritics(base);
            instead = written("ai dự " + meeting + " tại " + turn.topicText() + "?", plain);
        } else if (occasionSwapped && asksWhatWasSaid(last) && !lastWho.isEmpty() && contains(base, lastWho)) {
            // "còn năm 2024?" after what the minister said in 2022: what the 2024 meeting said, by whoever said it
            instead = tidied(replaced(base, lastWho, " "));
            personDropped = true;
        }
        // "còn sơ kết 2023 thì phương châm là gì?": another meeting and another topic, both swapped in
        boolean topicSwappedToo = occasionSwapped && who.isEmpty() && instead.isEmpty() && !namesAConnectionPoint(turn);
        if ((!changed || topicSwappedToo) && !turn.topicText().isEmpty()) {
            // the words that name the meeting are no topic to swap ("ngoại giao" of "tổng kết ngành NG 2022")
            String occasion = last.mentions().occasion();
            // "đánh giá … thế nào" asks how something was assessed: the verb of saying is no topic to swap out
            String was = longestRunIn(last.topicText(), base, run -> !contains(occasion, run) && !isAVerbOfSaying(run));
            boolean saidOnly = Arrays.stream(last.topicText().split(", ")).allMatch(r -> isAVerbOfSaying(r.strip()));
            if (was.isEmpty() && !last.topicText().isEmpty() && !saidOnly && !topicSwappedToo) {
                return null; // the last question's topic is not where it can be swapped: the turn is asked on its own
            }
            String now = swappedIn(turn);
            base = was.isEmpty() ? withoutEnd(base) + " về " + now + "?" : replaced(base, withTheWordsBefore(base, was, now), now);
            // "còn quy chế?": a swap and its topic alone, not a name no report has ("còn bà Nguyen Thi Thanh Ha?")
            // nor a question of its own ("nước nào bỏ phiếu chống vậy", "sao hn đó bị dời lịch vậy")
            boolean bareSwap = !turn.mentions().leaning().isEmpty()
                    && turn.mentions().leaning().stream().allMatch(l -> l.kind() == Mentions.Kind.SWAP)
                    && asksNothingOfItsOwn(turn)
                    && turn.topicWords().size() <= MAX_REFRAMED_TOPIC_WORDS && !PROPER_NAME.matcher(turn.topicText()).find();
            if (bareSwap && !was.isEmpty() && !fitsAnotherTopic(last.text(), was, occasion)) {
                // the last question's frame was made for its own topic ("ví như gì trong …", "phục vụ những ai"):
                // when the reports have nothing for the new one in it, what the meeting said of the new one is asked
                instead = assessedAt(focus.meeting(), now, !VietnameseText.typedWithDiacritics(base));
                topicReframed = !instead.isEmpty();
            }
            changed = true;
        }
        // without the person, the meeting swapped to is still asked of: a refusal for no words of theirs there is
        // reason enough; without the meeting, only their not being there is ("thế còn Thủ tướng?" of a meeting
        // in focus asks of that meeting)
        // a new topic reframed: only for want of words on it there, never past a false premise the swap kept
        Set<Refusal.Reason> when = topicReframed ? EnumSet.of(Refusal.Reason.NO_EVIDENCE)
                : personDropped ? EnumSet.of(Refusal.Reason.FALSE_PREMISE, Refusal.Reason.NO_EVIDENCE)
                : EnumSet.of(Refusal.Reason.FALSE_PREMISE);
        return changed ? new Swap(base, instead.equals(base) ? "" : instead, when) : null;
    }

    /**
     * True when {@code question} is framed so that another topic fits where {@code topic}, one of its runs,
     * stands: after "về" ("yêu cầu gì về ngoại giao kinh tế"), or with nothing after it but how it went
     * ("ngoại giao kinh tế thế nào") and the meeting ({@code occasion}); not a frame made for the topic
     * ("được ví như gì trong …", "theo hướng nào", "phục vụ những ai trong …").
     */
    private static boolean fitsAnotherTopic(String question, String topic, String occasion) {
        int at = question.toLowerCase(Locale.ROOT).indexOf(topic.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return false;
        }
        List<String> before = VietnameseText.foldedWords(question.substring(0, at));
        if (!before.isEmpty() && before.getLast().equals("ve")) {
            return true;
        }
        String after = question.substring(at + topic.length());
        if (!occasion.isEmpty() && contains(after, occasion)) {
            after = replaced(after, occasion, " ");
        }
        return Lexicon.get().asksHowItWent(VietnameseText.foldedWords(after));
    }

    /** What {@code meeting} assessed of {@code topic}, as a question ("Hội nghị sơ kết … đánh giá gì về ngoại giao kinh tế?"); empty without a meeting. */
    private static String assessedAt(String meeting, String topic, boolean plain) {
        return meeting.isEmpty() ? "" : VietnameseText.capitalized(written(meeting, plain)) + " "
                + written("đánh giá gì về", plain) + " " + topic + "?";
    }

    /** True when all {@code turn} names besides its meeting is a connection point: "điểm cầu Cao Bằng", "ở Quảng Trị". */
    private static boolean namesAConnectionPoint(Intent turn) {
        String topic = VietnameseText.fold(turn.topicText());
        String names = VietnameseText.fold(String.join(" ", turn.names()));
        return topic.startsWith("diem cau ") || !names.isEmpty() && topic.equals(names);
    }

    /**
     * {@code base}, the last question, with the words that named its meeting ("o hoi nghi so ket 6 thang dau
     * nam 2023") replaced by the review or numbered conference the swap names with what it keeps of the
     * last ("còn tổng kết 2024?": its year and kind; "còn năm 2019?": its year, the last's kind); empty when
     * the last named no such meeting in so many words, or the swap changes none of kind, year or number.
     */
    private static String occasionSwappedIn(Intent turn, Intent last, String base, Supplier<List<Conference>> conferences) {
        String occasion = last.mentions().occasion();
        ConferenceKind was = last.conferenceKind();
        if (occasion.isEmpty() || was == null || !contains(base, occasion) || last.years().size() > 1) {
            return "";
        }
        boolean kindNamed = turn.conferenceKind() != null && turn.kindOutright() && turn.conferenceKind() != was;
        ConferenceKind kind = kindNamed ? turn.conferenceKind() : was;
        int year = turn.years().isEmpty() ? last.year() : turn.years().getFirst();
        int ordinal = turn.conferenceOrdinal() != 0 ? turn.conferenceOrdinal() : kindNamed ? 0 : last.conferenceOrdinal();
        boolean numbered = kind == ConferenceKind.DIPLOMATIC_CONFERENCE || kind == ConferenceKind.EXTERNAL_AFFAIRS_CONFERENCE;
        // a review is told by its year, a numbered conference by its number
        boolean swapsIt = kindNamed || (kind.isReview() ? year != last.year() : numbered && ordinal != last.conferenceOrdinal());
        if (!kind.isReview() && !numbered || !swapsIt) {
            return "";
        }
        if (kind.isReview() && !(turn.conferenceKind() != null && turn.kindOutright())) {
            // "còn năm 2022?" after the 2023 mid-year review: 2022's only review; "còn sơ kết 2022?" is that one
            kind = onlyOtherReviewOf(conferences.get(), kind, year).orElse(kind);
        }
        String meeting = reviewOrNumbered(kind, kind.isReview() ? year : 0, numbered ? ordinal : 0);
        if (meeting.isEmpty()) {
            return "";
        }
        String first = occasion.strip().split("\\s+")[0];
        String place = Set.of("tai", "o").contains(VietnameseText.fold(first)) ? first + " " : "";
        if (place.isEmpty() && Character.isUpperCase(first.charAt(0))) {
            meeting = VietnameseText.capitalized(meeting); // "Hội nghị tổng kết năm 2022 …" stays capitalised
        }
        String out = replaced(base, occasion, " " + place + written(meeting, !VietnameseText.typedWithDiacritics(occasion)) + " ");
        if (year != last.year() && last.year() != 0) {
            // the last year said again outside the meeting's words ("hội nghị sơ kết giữa năm 2019"): gone too
            out = out.replaceAll("(?iu)(\\b(năm|nam)\\s+)?\\b" + last.year() + "\\b", " ");
        }
        return tidied(out);
    }

    /** How a question names the review of {@code year} or the conference numbered {@code ordinal}; empty for a review of no year. */
    private static String reviewOrNumbered(ConferenceKind kind, int year, int ordinal) {
        return kind.isReview() && year == 0 ? "" : Focus.meetingOf(kind, year, ordinal);
    }

    /**
     * {@code was} with the words before it in {@code text} that {@code now} starts with: "công tác Đảng"
     * in place of "ngoại vụ địa phương" in "về công tác ngoại vụ địa phương" replaces "công tác" too.
     */
    private static String withTheWordsBefore(String text, String was, String now) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(was.toLowerCase(Locale.ROOT));
        String before = VietnameseText.fold(text.substring(0, at)).strip();
        String[] words = now.strip().split("\\s+");
        for (int k = words.length - 1; k >= 1; k--) {
            String lead = VietnameseText.fold(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)));
            if (before.equals(lead) || before.endsWith(" " + lead)) {
                String[] typed = text.substring(0, at).strip().split("\\s+");
                return String.join(" ", java.util.Arrays.copyOfRange(typed, typed.length - k, typed.length)) + " " + was;
            }
        }
        return was;
    }

    /**
     * {@code question} without the words that named the working session {@code last} asked of by its parties: "của
     * phó thủ tướng Trần Lưu Quang với Bộ Ngoại giao", or either half of it.
     */
    private static String withoutTheSessionsParties(String question, Intent last) {
        String out = question;
        String who = last.mentions().person();
        if (!who.isEmpty()) {
            for (String of : List.of("của ", "cua ")) {
                out = contains(out, of + who) ? replaced(out, of + who, " ") : out;
            }
        }
        for (String host : last.names()) {
            for (String with : List.of("với ", "voi ")) {
                out = contains(out, with + host) ? replaced(out, with + host, " ") : out;
            }
        }
        return tidied(out);
    }

    /** {@code question} without the meeting and the years {@code last}, which it was asked from, names. */
    private static String withoutOccasion(String question, Intent last) {
        String out = question;
        String occasion = last.mentions().occasion();
        if (!occasion.isEmpty() && contains(out, occasion)) {
            out = replaced(out, occasion, " ");
        }
        for (int year : last.years()) {
            out = out.replaceAll("(?iu)(\\b(năm|nam)\\s+)?\\b" + year + "\\b", " ");
        }
        return tidied(out);
    }

    /** {@code question} with the spaces a word taken out of it left behind closed up. */
    private static String tidied(String question) {
        return question.replaceAll("\\s+", " ").replaceAll(" ([?.!,])", "$1").replaceAll("^[\\s,;]+", "")
                .replaceAll(",(?=[?.!]?$)", "").strip();
    }

    /** The focus's meetings as {@code question} writes them joined ("… năm 2019 và … năm 2023"), or empty. */
    private static String bothMeetingsIn(String question, Focus focus) {
        if (focus.meetings().size() < 2 || focus.reading().conferenceKind() == null) {
            return "";
        }
        String joined = String.join(" và ", focus.meetings());
        String plain = written(joined, true);
        return contains(question, joined) ? joined : contains(question, plain) ? plain : "";
    }

    /** The longest run of {@code topicText} ("a, b c"); empty when it has none. */
    private static String longestRun(String topicText) {
        return longestRunIn(topicText, null, run -> true);
    }

    /**
     * The longest run of {@code topicText} ("a, b c") that {@code text} has, ignoring case (any run when
     * {@code text} is null), of those {@code allowed}; empty when none.
     */
    private static String longestRunIn(String topicText, String text, Predicate<String> allowed) {
        String longest = "";
        for (String run : topicText.split(", ")) {
            String r = run.strip();
            if (r.length() > longest.length() && (text == null || contains(text, r)) && allowed.test(r)) {
                longest = r;
            }
        }
        return longest;
    }

    /** True when {@code run} is a verb of saying and nothing else: "đánh giá", "nhấn mạnh". */
    private static boolean isAVerbOfSaying(String run) {
        List<Word> words = Words.of(run);
        return !words.isEmpty() && Lexicon.get().speechVerbs().at(words, 0).filter(m -> m.to() == words.size()).isPresent();
    }

    /**
     * What a swap of topics puts in, as typed: its words but the swap's own ("hợp tác và đấu tranh" of
     * "còn về hợp tác và đấu tranh?"), whose joining words the topic's runs leave out.
     */
    private static String swappedIn(Intent turn) {
        String typed = withoutEnd(withoutSwapWords(turn));
        return typed.isEmpty() ? turn.topicText() : typed;
    }

    /** {@code reading}'s question as read without the words that make it a swap ("còn", "thì sao"). */
    private static String withoutSwapWords(Intent reading) {
        String text = reading.text();
        for (Mentions.Leaning l : reading.mentions().leaning()) {
            // as a word: the "con" of "con cong tac voi kieu bao" is not the one in "cong"
            text = l.kind() == Mentions.Kind.SWAP ? text.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(l.written())
                    + "(?![\\p{L}\\p{N}])", " ") : text;
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    /** True when {@code text} has {@code part}, ignoring case. */
    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    /** {@code text} with its first {@code was}, matched ignoring case, written {@code now}; {@code text} has it. */
    private static String replaced(String text, String was, String now) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(was.toLowerCase(Locale.ROOT));
        return text.substring(0, at) + now + text.substring(at + was.length());
    }

    /**
     * The other kind of review of {@code year}, when the reports have none of {@code kind} that year and
     * exactly one review of it.
     */
    private static Optional<ConferenceKind> onlyOtherReviewOf(List<Conference> conferences, ConferenceKind kind, int year) {
        if (conferences.stream().anyMatch(c -> c.kind() == kind && c.periodYear() == year)) {
            return Optional.empty();
        }
        List<ConferenceKind> others = conferences.stream()
                .filter(c -> c.kind().isReview() && c.periodYear() == year).map(Conference::kind).distinct().toList();
        return others.size() == 1 ? Optional.of(others.getFirst()) : Optional.empty();
    }

    /** The words that name whom a question is about: the person's, else its first title's; empty when none. */
    private static String whoIn(Intent reading) {
        if (!reading.mentions().person().isEmpty()) {
            return reading.mentions().person();
        }
        if (!reading.unknownPerson().isEmpty()) {
            // "còn BT Phạm Gia Khiêm?": asked of him with his title, to be told no report names him
            return reading.titles().isEmpty() ? reading.unknownPerson()
                    : reading.titles().getFirst().title() + " " + reading.unknownPerson();
        }
        if (reading.titles().isEmpty()) {
            return "";
        }
        // "Bộ trưởng Bộ Công an" is told apart by its qualifier; the "năm" of "TTg năm 2024" is no qualifier
        NamedTitle title = reading.titles().getFirst();
        boolean narrowed = title.qualifier().isEmpty() || title.qualifier().contains(" ");
        return narrowed || title.written().length() < title.title().length() ? title.written()
                : title.written().substring(0, title.title().length());
    }

    /** True when the turn names whom it asks about before {@code pointer} ("thế còn TTg, ông ấy …"), not as the one addressed. */
    private static boolean namedBefore(Intent turn, String text, String pointer) {
        String who = whoIn(turn);
        int named = who.isEmpty() ? -1 : VietnameseText.fold(text).indexOf(VietnameseText.fold(who));
        return namesSomeone(turn) && !turn.personAddressed() && named >= 0 && named < VietnameseText.fold(text).indexOf(VietnameseText.fold(pointer));
    }

    /**
     * True when {@code turn} asks a bare question of what the last one was about — "cho ai?", "lần thứ
     * mấy?", "bao nhiêu phiếu?", "chức vụ?" — naming no one, no meeting and no topic the last had: people
     * leave out what they are still talking about, so the last question's topic goes on.
     */
    private static boolean carriesTheTopic(Intent turn, Focus focus) {
        return turn.mentions().leaning().isEmpty() && !namesSomeone(turn) && !Focus.namesAMeeting(turn)
                && turn.topicWords().size() <= MAX_BARE_TOPIC_WORDS && ASKS_ON_THE_TOPIC.contains(turn.form())
                && !focus.reading().topicText().isEmpty()
                && turn.topicWords().stream().noneMatch(focus.reading().topicWords()::contains);
    }

    private static boolean namesSomeone(Intent turn) {
        return turn.person() != null || !turn.titles().isEmpty() || !turn.unknownPerson().isEmpty();
    }


    /**
     * True when a turn with a swap's words asks nothing of its own, only names what to swap in ("còn năm
     * 2024 thì sao?", "thế còn Thủ tướng?"); "còn năm 2024 Thủ tướng chỉ đạo gì?" is a question of its own, and so is
     * one that points back to the person in focus ("vậy ông ấy giữ chức gì?": nothing is swapped for them).
     */
    private static boolean asksNothingOfItsOwn(Intent turn) {
        return turn.form() == Form.FACT && turn.speechKind() == null && turn.topicWords().size() <= MAX_SWAP_TOPIC_WORDS
                && !turn.mentions().has(Mentions.Kind.PERSON);
    }

    /** True when the question asks what was said, not who said it: "nói gì?", "nhấn mạnh điều gì?". */
    private static boolean asksWhatWasSaid(Intent turn) {
        return turn.speechKind() != null && turn.form() != Form.WHO_SAID
                || turn.form() == Form.SAID_BY;
    }

    /** {@code words} as a message typed without diacritics would write them: "Bùi Thanh Sơn" → "Bui Thanh Son". */
    private static String written(String words, boolean plain) {
        if (!plain) {
            return words;
        }
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            String folded = VietnameseText.fold(word);
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !folded.isEmpty()) {
                folded = Character.toUpperCase(folded.charAt(0)) + folded.substring(1);
            }
            out.append(out.isEmpty() ? "" : " ").append(folded);
        }
        return out.toString();
    }

    /**
     * The start of the sentence the last answer quoted first, in quotation marks — "ai nói câu đó?" asks who
     * said it — or empty when it quoted none.
     */
    private static String quoteOf(Focus focus) {
        if (focus.answer().citations().isEmpty()) {
            return "";
        }
        String[] words = focus.answer().citations().getFirst().quote().split("\\s+");
        return "“" + String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, QUOTED_WORDS)))
                .replaceAll("[\\p{P}&&[^%/]]+$", "") + "”";
    }

    private static String withoutLastWord(String words) {
        int space = words.lastIndexOf(' ');
        return space < 0 ? words : words.substring(0, space);
    }

    private static String withoutEnd(String question) {
        return question.strip().replaceAll("[?.!\\s]+$", "");
    }
}
