package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.report.Mentions.Mention;
import vn.baocao.report.Mentions;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.text.Sentences;
import vn.baocao.lexicon.SpeechVerbs;

/** Splits retrieved passages into candidate sentences and measures how well each covers the question. */
final class CandidateFinder {
    // A term found elsewhere in the passage supports the sentence, but less than a term in the sentence
    // itself. A term of the report's title, conference or year counts fully for every sentence of the
    // report: it says which report the question is about, and the sentences of that report should then
    // compete on the rest of the question ("6 tháng đầu năm 2023 | đạt kết quả gì"): its focus.
    private static final double CONTEXT_CREDIT = 0.6;
    /** A cell of a table's row: a short label, a colon, its value ("Số lượng: 36"). */
    private static final Pattern CELL = Pattern.compile("[\\p{L}\\p{N}][^:;]{0,60}: [^:;]+");
    /** A figure of a table's row, with the heading of its column: "1.610 (Năm 2021)", "36" (a date is no figure). */
    private static final Pattern FIGURE = Pattern.compile("[\\d.,%+\\-– ]*\\d[\\d.,%+\\-–]*(?: \\([^()]{1,60}\\))?\\.?");
    /** "của", "theo" a few words before a person (their title between): their words, cited by someone else. */
    private static final Pattern CITED = Pattern.compile(
            "(?u)(?<!\\p{L})(?:[Cc]ủa|[Tt]heo)\\s+(?:\\p{L}+,?\\s+){0,4}$");
    private static final int CITED_REACH = 60;

    private CandidateFinder() {
    }

    /** The candidate sentences of {@code passages} (in retrieval order), each with its coverage. */
    static List<Candidate> find(List<Passage> passages, Weights weights) {
        List<Candidate> out = new ArrayList<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            addSentences(passages.get(rank), rank, weights, out);
        }
        return out;
    }

    private static void addSentences(Passage passage, int rank, Weights weights, List<Candidate> out) {
        // Each piece of text is folded once: the texts below are the concatenations of their pieces'
        // syllables, which is what folding the concatenated text (pieces joined by " . ") gives.
        List<String> metadataSyllables = Terms.syllables(metadata(passage.report()));
        Weights.Texts metadata = Weights.Texts.of(metadataSyllables);
        Weights.Texts far = Weights.Texts.of(passage.text() + " . " + people(passage));
        Person continued = Mentions.continuedSpeaker(passage);
        Attribution previous = continued == null ? Attribution.NONE : new Attribution(continued, 0);
        List<String> asked = List.of();
        List<String> aboveTheRows = List.of();
        for (String sentence : Sentences.split(passage.text())) {
            List<Mention> mentions = Mentions.find(sentence, passage.people());
            if (isAQuestion(sentence)) {
                // an interviewer's question answers nothing; the reply after it is about what it asked
                asked = Terms.syllables(sentence);
                continue;
            }
            Attribution attribution = attribute(sentence, mentions, previous);
            List<String> ownSyllables = new ArrayList<>(Terms.syllables(sentence));
            ownSyllables.addAll(Terms.syllables(names(mentions)));
            ownSyllables.addAll(asked);
            asked = List.of();
            // a table's row ("Địa phương Việt Nam: Quảng Trị; Địa phương Lào: Savannakhet") says what the
            // sentence above the table says it lists ("đã ký 9 biên bản ghi nhớ hợp tác:")
            if (isARow(sentence)) {
                // a row of figures is of the table's subject only for the item it names: a question of the
                // total is not answered by one region's row
                if (isLabelled(sentence) || itemIsAsked(sentence, aboveTheRows, weights)) {
                    ownSyllables.addAll(aboveTheRows);
                }
            } else {
                aboveTheRows = Terms.syllables(sentence);
            }
            List<String> nearSyllables = new ArrayList<>(ownSyllables);
            nearSyllables.addAll(metadataSyllables);
            Weights.Texts own = Weights.Texts.of(ownSyllables);
            Weights.Texts near = Weights.Texts.of(nearSyllables);
            double coverage = weights.coverage(near, far, CONTEXT_CREDIT, term -> true);
            double focus = weights.coverage(own, far, CONTEXT_CREDIT,
                    term -> !metadata.contains(term) && weights.discriminates(term));
            out.add(new Candidate(passage, rank, sentence, mentions, attribution.speaker(), attribution.said(),
                    coverage, focus));
            previous = attribution;
        }
    }

    /** True when the person named at {@code start} of {@code sentence} is cited ("của", "theo" a few words before them), not speaking. */
    static boolean isCited(String sentence, int start) {
        return CITED.matcher(sentence.substring(Math.max(0, start - CITED_REACH), start)).find();
    }

    /**
     * True when {@code sentence} is a table's row as ingest writes one: two or more "label: value" cells
     * joined by "; ", or an item and its figures ("Tây Ninh, Mộc Bài: 1.150 (Năm 2020); 1.610 (Năm 2021)",
     * "Số đoàn cấp cao: 36").
     */
    static boolean isARow(String sentence) {
        if (isLabelled(sentence)) {
            return true;
        }
        String[] cells = sentence.split("; ");
        int colon = cells[0].indexOf(": ");
        return colon > 0 && CELL.matcher(cells[0]).matches()
                && FIGURE.matcher(cells[0].substring(colon + 2)).matches()
                && Arrays.stream(cells).skip(1).allMatch(c -> FIGURE.matcher(c).matches());
    }

    /** True when {@code sentence} is two or more "label: value" cells joined by "; ". */
    private static boolean isLabelled(String sentence) {
        String[] cells = sentence.split("; ");
        return cells.length >= 2 && Arrays.stream(cells).allMatch(c -> CELL.matcher(c).matches());
    }

    /** True when the item a row of figures is of ("Tây Ninh, Mộc Bài") has a word of the question the table's lead lacks. */
    private static boolean itemIsAsked(String row, List<String> lead, Weights weights) {
        String item = row.substring(0, row.indexOf(": "));
        return Terms.syllables(item).stream().anyMatch(t -> weights.weight(t) > 0 && !lead.contains(t));
    }

    /** True when {@code sentence} asks rather than says: it ends with a question mark. */
    static boolean isAQuestion(String sentence) {
        return vn.baocao.text.Interviews.asks(sentence);
    }

    /** Who a sentence quotes and where their words start. */
    private record Attribution(Person speaker, int said) {
        static final Attribution NONE = new Attribution(null, -1);
    }

    /**
     * The speaker of a sentence: for the first speech verb that follows a mention, the person mentioned
     * last before it ("Phát biểu chỉ đạo, Thủ tướng … đề nghị …" → the Prime Minister). A sentence that
     * mentions nobody continues the previous sentence's statement.
     */
    private static Attribution attribute(String sentence, List<Mention> mentions, Attribution previous) {
        if (mentions.isEmpty()) {
            return previous.speaker() == null ? Attribution.NONE : new Attribution(previous.speaker(), 0);
        }
        Mention label = Mentions.speakerLabel(sentence, mentions);
        if (label != null) {
            return new Attribution(label.person(), sentence.indexOf(':', label.end()) + 1);
        }
        int speaker = SpeechVerbs.speakerIndex(sentence, mentions.stream().map(Mention::end).toList());
        if (speaker < 0) {
            // "… bám sát chỉ đạo của Tổng Bí thư X": a sentence that only cites others goes on with the speaker before it
            boolean onlyCites = mentions.stream().allMatch(m -> isCited(sentence, m.start()));
            return onlyCites && previous.speaker() != null ? new Attribution(previous.speaker(), 0) : Attribution.NONE;
        }
        int verb = SpeechVerbs.positions(sentence).stream().filter(v -> v >= mentions.get(speaker).end())
                .findFirst().orElseThrow();
        return new Attribution(mentions.get(speaker).person(), verb + SpeechVerbs.lengthAt(sentence, verb));
    }

    /**
     * The ways a question may name the people a sentence mentions: "Bùi Thanh Sơn", "Bộ trưởng Ngoại
     * giao Bùi Thanh Sơn", "Bộ trưởng Bùi Thanh Sơn", whether the sentence says the name or the title.
     */
    private static String names(List<Mention> mentions) {
        StringBuilder out = new StringBuilder();
        for (Mention m : mentions) {
            Person p = m.person();
            out.append(p.titled()).append(" . ");
            Mentions.headsOf(p).forEach(head -> out.append(head).append(' ').append(p.name()).append(" . "));
        }
        return out.toString();
    }

    /**
     * Everything a passage says, with its people, the headings that scope it and its report's title, conference
     * and years: a section under "LỄ BÀN GIAO … ĐOẠN QUA TỈNH QUẢNG TRỊ" is of Quảng Trị though it never says so.
     */
    static String context(Passage passage) {
        return passage.text() + " . " + people(passage) + " . " + passage.section() + " . " + metadata(passage.report());
    }

    /** What a report says of itself that each of its sentences is read with: title, meeting, years, number. */
    static String metadata(ReportInfo r) {
        Set<String> years = new HashSet<>();
        if (r.date() != null) {
            years.add(String.valueOf(r.date().getYear()));
        }
        if (r.conference() != null && r.conference().periodYear() > 0) {
            years.add(String.valueOf(r.conference().periodYear()));
        }
        return r.title() + " . " + r.conferenceName() + " . " + String.join(" . ", years) + " . " + r.credits().number();
    }

    private static String people(Passage passage) {
        StringBuilder out = new StringBuilder();
        passage.people().forEach(p -> out.append(p.titled()).append(" . "));
        return out.toString();
    }
}
