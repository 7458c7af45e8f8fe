package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.CitationBook;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.lexicon.PhraseTable;
import vn.baocao.lexicon.Word;
import vn.baocao.lexicon.Words;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.Intent;
import vn.baocao.search.NamedMeetings;
import vn.baocao.text.VietnameseText;

/**
 * Answers "where": for a question about a meeting, the place its report gives, cited to the sentence
 * naming it; otherwise, or when the report gives none, the place the best sentence names after "tại",
 * "ở" or "điểm cầu".
 */
final class WhereShape implements Shape {
    /** A named place: "tại Trụ sở Bộ Ngoại giao", "ở Hạ Long", "điểm cầu Cao Bằng", "tại Trung tâm Hội nghị Quốc gia". */
    private static final Pattern PLACE = Pattern.compile("(?u)(?<!\\p{L})(?:tại|ở|điểm cầu)\\s+(?!Hội nghị|Đại hội|Hội đồng|Lễ |Văn bản|Công văn|Quyết định|Nghị quyết|Chỉ thị|Thông báo|Kết luận)((?:(?iu:điểm cầu|trụ sở|"
            // a building's kind before its name, and a name's second syllable inside it: "tại Trung tâm Hội nghị Quốc gia"
            + "thành phố|tỉnh|thủ đô|nhà|trung tâm|học viện|hội trường|cung|khách sạn)\\s+)?\\p{Lu}\\p{L}*(?:\\s+\\p{Ll}+(?=\\s+\\p{Lu}|\\s*[,.;:()]|$))?(?:\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Ll}+(?=\\s+\\p{Lu}|\\s*[,.;:()]|$))?){0,4})");
    private static final int LOOK_AT = 5;

    private final ConferenceRecords records;

    WhereShape(ConferenceRecords records) {
        this.records = records;
    }

    /** "The meeting was held at its venue", cited to {@code sentence} of {@code passage}, which names the venue. */
    private static String heldAt(ReportInfo report, Passage passage, String sentence, CitationBook book) {
        String marker = book.cite(passage, sentence);
        return Lines.conferenceOf(report) + " diễn ra tại " + report.place() + " " + marker + ".\n" + Lines.quote(sentence, marker);
    }

    /** The place at [start, end) of {@code sentence}, through the end of a name it starts ("Trụ sở Bộ Ngoại giao"). */
    private static String placeAt(String sentence, int start, int end) {
        List<Word> words = Words.of(sentence);
        int to = end;
        for (PhraseTable.Match<String> name : Lexicon.get().names().find(words)) {
            int nameStart = words.get(name.from()).start();
            int nameEnd = words.get(name.to() - 1).end();
            if (nameStart >= start && nameStart < end && nameEnd > to) {
                to = nameEnd;
            }
        }
        return sentence.substring(start, to);
    }

    /**
     * True when all the question says beyond its frame names {@code report}'s meeting ("hội nghị Mekong 2024
     * ở đâu"), so its venue is the place asked for, not that of an event its passages tell of: every word of
     * it is in the name, though the question may leave out a word of the name ("tập huấn lễ tân nhà nước" of
     * "Hội nghị tập huấn nghiệp vụ lễ tân nhà nước").
     */
    private static boolean namesOnly(Intent intent, ReportInfo report) {
        List<String> words = intent.topic().stream().flatMap(List::stream).distinct().toList();
        return report.conference() != null && NamedMeetings.keysOfName(report.conference(), words) == words.size();
    }

    /** True when {@code place} is of the kind asked ({@code kind}'s folded words), or no kind is asked. */
    private static boolean isOfTheKind(String place, List<String> kind) {
        return kind.isEmpty() || java.util.Collections.indexOfSubList(VietnameseText.foldedWords(place), kind) >= 0;
    }

    @Override
    public Optional<String> compose(Intent intent, List<Candidate> ranked, CitationBook book) {
        // asked which hotel or hall, a town or a building of another kind says nothing of it
        List<String> kind = intent.unit(); // a where question's unit: the kind of building or room it asks which one of
        Optional<ReportInfo> asked = MeetingFinder.reportAsked(intent, ranked, records);
        ReportInfo report = asked.orElse(ranked.get(0).passage().report());
        // the best report's venue is the one asked only when its meeting is: not the 7th's, asked of the 6th
        boolean venueKnown = intent.aboutMeeting() && (asked.isPresent() || report.conference() == null
                || MeetingFinder.fits(report, intent))
                && !report.place().isEmpty() && isOfTheKind(report.place(), kind);
        String place = report.place().toLowerCase(Locale.ROOT);
        if (venueKnown) {
            Optional<Candidate> naming = ranked.stream().filter(c -> c.passage().report().id().equals(report.id())
                    && c.sentence().toLowerCase(Locale.ROOT).contains(place)).findFirst();
            if (naming.isPresent()) {
                return Optional.of(heldAt(report, naming.get().passage(), naming.get().sentence(), book));
            }
        }
        if (venueKnown && MeetingFinder.fits(report, intent) && namesOnly(intent, report)) {
            // the sentence ingest found the venue in, among the report's first passages: "b) Địa điểm: …" carries
            // none of the question's words when they all name the meeting
            Optional<String> held = Openings.first(records, report, sentence -> sentence.toLowerCase(Locale.ROOT).contains(place))
                    .map(found -> heldAt(report, found.passage(), found.sentence(), book));
            if (held.isPresent()) {
                return held;
            }
        }
        List<Candidate> best = ranked.subList(0, Math.min(LOOK_AT, ranked.size()));
        // asked where a meeting was, a place where something is held ("Chiều 18/7, tại Trụ sở Bộ Ngoại giao, Bộ
        // tổ chức …") before one a sentence names otherwise ("Đại sứ Lào tại Việt Nam", "lưu học sinh tại Hà Nội")
        return best.stream().filter(c -> intent.aboutMeeting() && tellsOfAHolding(c.sentence()))
                .flatMap(c -> placeIn(c, kind, book).stream())
                .findFirst()
                .or(() -> best.stream().flatMap(c -> placeIn(c, kind, book).stream()).findFirst());
    }

    /**
     * The place {@code c}'s sentence names after "tại", "ở" or "điểm cầu", cited, when it is of the {@code kind}
     * asked if any; empty when it names none.
     */
    private static Optional<String> placeIn(Candidate c, List<String> kind, CitationBook book) {
        Matcher m = PLACE.matcher(c.sentence());
        if (!m.find()) {
            return Optional.empty();
        }
        String place = placeAt(c.sentence(), m.start(1), m.end(1));
        if (!isOfTheKind(place, kind)) {
            return Optional.empty();
        }
        String marker = book.cite(c.passage(), c.sentence());
        return Optional.of(place + " " + marker + ".\n" + Lines.quote(c.sentence(), marker));
    }

    /** True when {@code sentence} tells of holding something ("diễn ra", "tổ chức", "khai mạc"). */
    private static boolean tellsOfAHolding(String sentence) {
        return Lexicon.get().frame().find(Words.of(sentence)).stream().anyMatch(f -> f.value().equals("event"));
    }
}
