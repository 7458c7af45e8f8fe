package vn.baocao.search;

import java.util.List;
import java.util.Optional;
import vn.baocao.report.Require;

/**
 * Where a question names its person and its meeting, and the words by which it leans on the turns
 * before it — each written as it stands in the question as read ({@link Intent#text()}), so that a
 * conversation can swap one for another or put what they point to in their place.
 *
 * @param person  the words that name the person, or empty
 * @param meeting the words that name the kind of meeting ("tổng kết", "Hội nghị Ngoại giao"), or empty
 * @param leaning the words that point back or ask about the last answer, in order
 * @param occasion the run of words around {@code meeting} that tells which meeting it is, with its place
 *                 word, its period and its year ("tại hội nghị sơ kết 6 tháng đầu năm 2019", "HN tong ket
 *                 2022"), or empty
 * @param personTitles the titles the question writes right before the person's name, as the lexicon has them
 *                 ("bộ trưởng" of "BT Trần Lưu Quang"): roles it takes for granted, which the reports may not give
 * @param asking  the words by which it asks something ("là gì", "ai", "bao nhiêu"), in order: empty for a
 *                turn that only names what to ask again ("còn năm 2019?")
 */
public record Mentions(String person, String meeting, List<Leaning> leaning, String occasion, List<String> personTitles,
                       List<String> asking) {
    /** Nothing named, nothing pointed back to. */
    public static final Mentions NONE = new Mentions("", "", List.of());

    public Mentions {
        person = person == null ? "" : person;
        meeting = meeting == null ? "" : meeting;
        leaning = List.copyOf(leaning);
        occasion = occasion == null || occasion.isBlank() ? meeting : occasion;
        personTitles = List.copyOf(personTitles);
        asking = List.copyOf(asking);
    }

    /** Mentions of a question that asks in no words of its own. */
    public Mentions(String person, String meeting, List<Leaning> leaning, String occasion, List<String> personTitles) {
        this(person, meeting, leaning, occasion, personTitles, List.of());
    }

    /** Mentions that give the person no title. */
    public Mentions(String person, String meeting, List<Leaning> leaning, String occasion) {
        this(person, meeting, leaning, occasion, List.of());
    }

    /** Mentions whose meeting's occasion is its kind's words alone. */
    public Mentions(String person, String meeting, List<Leaning> leaning) {
        this(person, meeting, leaning, meeting);
    }

    /** Words of a question that lean on the conversation: what they mean and how the question writes them. */
    public record Leaning(Kind kind, String written) {
        public Leaning {
            Require.notNull(kind, "kind of leaning");
            Require.notBlank(written, "leaning words");
        }
    }

    /** What leaning words do. */
    public enum Kind {
        /** Point back to the person the conversation is about: "ông ấy", "người đó". */
        PERSON,
        /** Point back to its meeting: "hội nghị đó", "lần đó". */
        MEETING,
        /** Point back to its year: "năm đó". */
        YEAR,
        /** Point back to the report it cites: "báo cáo này". */
        REPORT,
        /** Point back to a numbered document the last question or answer named: "chỉ thị đó", "nghị quyết này". */
        DOCUMENT,
        /** Point back to the words the last answer quoted: "câu đó", "việc đó". */
        STATEMENT,
        /** Point back to what the last question was about: "mảng này", "vấn đề đó". */
        TOPIC,
        /** Ask the last question again of something else: "còn … thì sao". */
        SWAP,
        /** Ask for more of the last answer: "nói rõ hơn". */
        MORE,
        /** Ask for the last answer's sentences word for word: "trích nguyên văn". */
        QUOTE,
        /** Ask where the last answer comes from: "nguồn nào?". */
        SOURCES,
        /** Ask for the last answer's meeting in brief: "tóm tắt lại". */
        SUMMARY,
        /** Range over meetings or years, so that no one meeting in focus is meant: "qua các năm", "các hội nghị". */
        ACROSS;

        /** True for a request about the last answer, false for words that point back or swap. */
        public boolean asksAboutTheLastAnswer() {
            return this == MORE || this == QUOTE || this == SOURCES || this == SUMMARY;
        }
    }

    /** The first leaning words of {@code kind}, if any. */
    public Optional<Leaning> first(Kind kind) {
        return leaning.stream().filter(l -> l.kind() == kind).findFirst();
    }

    /** True when some words lean on the conversation in {@code kind}'s way. */
    public boolean has(Kind kind) {
        return first(kind).isPresent();
    }
}
