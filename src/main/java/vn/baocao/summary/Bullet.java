package vn.baocao.summary;

import java.util.List;
import vn.baocao.report.Passage;
import vn.baocao.report.Require;

/**
 * One line of a summary, "• lead: text [n]", and the report sentences it cites.
 *
 * @param lead     who or which side it is about ("Thủ tướng Chính phủ Phạm Minh Chính"), or empty
 * @param text     what it says, a report sentence as {@link Clauses} shortened it, or a fact
 * @param quotes   the sentences it cites, at least one
 * @param sentence the sentence it stands for, for redundancy checks; null for a fact built from metadata
 * @param part     which part of the summary it belongs to (a side of a comparison, a conference of a period)
 */
record Bullet(String lead, String text, List<Quote> quotes, Sentence sentence, int part) {
    Bullet {
        Require.notNull(lead, "lead");
        Require.notBlank(text, "bullet text");
        quotes = List.copyOf(quotes);
        Require.that(!quotes.isEmpty(), "a bullet cites at least one sentence");
    }

    /** A cited sentence of a report. */
    record Quote(Passage passage, String sentence) {
        Quote {
            Require.notNull(passage, "quoted passage");
            Require.notBlank(sentence, "quoted sentence");
        }
    }

    /** A bullet standing for report sentence {@code s}, shown as {@code text}. */
    static Bullet of(String lead, String text, Sentence s, int part) {
        return new Bullet(lead, text, List.of(new Quote(s.passage(), s.text())), s, part);
    }

    /**
     * This bullet with {@code prefix} before its lead ("Sơ kết 6 tháng 2019 – Thủ tướng …"); a fact, which
     * has its own label ("Chủ trì: …"), gets it before the label instead.
     */
    Bullet led(String prefix) {
        if (sentence == null) {
            return new Bullet(lead, prefix + " – " + text.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                    + text.substring(1), quotes, null, part);
        }
        return new Bullet(lead.isEmpty() ? prefix : prefix + " – " + lead, text, quotes, sentence, part);
    }

    /** A key telling bullets apart across pages. */
    String key() {
        return sentence != null ? sentence.key() : lead + "|" + text;
    }
}
