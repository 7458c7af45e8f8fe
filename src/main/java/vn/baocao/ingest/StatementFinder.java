package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.report.Mentions;
import vn.baocao.report.Mentions.Mention;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.Report;
import vn.baocao.report.Statement;
import vn.baocao.lexicon.SpeechVerbs;

/**
 * Finds the statements of a report: sentences where a person named before a speech verb says
 * something ("Bộ trưởng đề nghị …"), or that report their view ("Theo Thứ trưởng, …"), and the
 * sentences and paragraphs that go on with their words without naming anyone ("Thứ hai, …"; the tasks
 * after "Thủ tướng nhấn mạnh:"; "Ông nhấn mạnh …").
 *
 * <p>Pure: the report's passages and their people (with bare titles resolved and continued speakers
 * listed by {@link PeopleFinder}) are all it reads.
 */
public final class StatementFinder {
    /** Fewer words after the verb is an act ("dự và chỉ đạo hội nghị"), not a statement. */
    private static final int MIN_WORDS_SAID = 6;
    /** A person this close to the start of a clause is its subject. */
    private static final int SUBJECT_WORDS = 3;
    /**
     * What someone presented, named before them with their title in between: "tham luận của Phó Chủ tịch UBND
     * tỉnh Cao Bằng ", "bài phát biểu của ".
     */
    private static final Pattern PRESENTED_BY = Pattern.compile(
            "(?iu)(?<!\\p{L})(tham luận|bài phát biểu|bài viết) của(?:\\s+[^\\s;:.]+){0,8}\\s+$");
    /** How far before a person the name of what they presented is looked for. */
    private static final int LOOK_BACK = 80;

    /** The statements of {@code report}, in the order of its text. */
    public List<Statement> find(Report report) {
        return find(MentionedSentences.of(report));
    }

    /** The statements of the report whose sentences are {@code report}, in the order of its text. */
    List<Statement> find(MentionedSentences report) {
        List<Statement> out = new ArrayList<>();
        for (MentionedSentences.OfPassage of : report.passages()) {
            Passage passage = of.passage();
            Person continuing = Mentions.continuedSpeaker(passage);
            for (MentionedSentences.Sentence mentioned : of.sentences()) {
                String sentence = mentioned.text();
                if (vn.baocao.text.Interviews.asks(sentence)) {
                    continue; // a question ("PV: Thưa Thứ trưởng, xin ông cho biết …?") states nothing
                }
                List<Mention> mentions = mentioned.mentions();
                Statement own = ownStatement(passage, sentence, mentions);
                List<Statement> papers = papers(passage, sentence, mentions, own);
                if (own != null) {
                    out.add(own);
                    out.addAll(papers);
                    continuing = own.speaker();
                } else if (!papers.isEmpty()) {
                    out.addAll(papers);
                    continuing = null;
                } else if (namesItsSubject(sentence, mentions) || SpeechVerbs.hasOtherSubject(sentence, -1)) {
                    continuing = null;
                } else if (continuing != null) {
                    out.add(new Statement(passage, continuing, SpeechVerbs.pronounVerb(sentence), sentence));
                }
            }
        }
        return out;
    }

    /**
     * The statements a sentence makes by naming what someone presented: "tham luận của Phó Chủ tịch UBND tỉnh
     * Quảng Trị Hoàng Nam về ngoại giao kinh tế …; tham luận của …" is each one's paper, the sentence their
     * words. None for the speaker of {@code own}, whose statement it already is.
     */
    private static List<Statement> papers(Passage passage, String sentence, List<Mention> mentions, Statement own) {
        List<Statement> out = new ArrayList<>();
        int from = 0;
        // by name: a title alone between ("Phó Chủ tịch UBND tỉnh …") may stand for someone named before
        for (Mention m : mentions.stream().filter(x -> !x.byTitle()).sorted(Comparator.comparingInt(Mention::start)).toList()) {
            // mentions may overlap ("Hoàng Nam" within a longer name read too): look back no further than the last one's end
            int lookFrom = Math.min(m.start(), Math.max(from, m.start() - LOOK_BACK));
            Matcher presented = PRESENTED_BY.matcher(sentence.substring(lookFrom, m.start()));
            boolean theirs = own == null || !own.speaker().equals(m.person());
            if (presented.find() && theirs && out.stream().noneMatch(x -> x.speaker().equals(m.person()))) {
                out.add(new Statement(passage, m.person(), presented.group(1).toLowerCase(Locale.ROOT), sentence));
            }
            from = Math.max(from, m.end());
        }
        return out;
    }

    /**
     * True when the sentence opens with a person ("Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị…"): it
     * is about them, so it is no longer the previous speaker talking. A person named deep in the
     * sentence ("…chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng…") is cited by the speaker.
     */
    private static boolean namesItsSubject(String sentence, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return false;
        }
        String before = sentence.substring(0, mentions.get(0).start());
        int comma = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'));
        return before.substring(comma + 1).strip().split("\\s+").length <= SUBJECT_WORDS;
    }

    /**
     * The statement a sentence makes by naming its speaker before a speech verb, or by opening with
     * "Theo" and them ("Theo Thứ trưởng, công tác bảo hộ công dân cần…"), or null.
     */
    private static Statement ownStatement(Passage passage, String sentence, List<Mention> mentions) {
        Statement spoken = spokenStatement(passage, sentence, mentions);
        // a transcript's turn: "Phạm Thu Hằng: Chúng tôi luôn theo dõi sát …" is the labelled speaker's words
        Mention label = vn.baocao.report.Mentions.speakerLabel(sentence, mentions);
        return spoken == null && label != null ? new Statement(passage, label.person(), "", sentence) : spoken;
    }

    /** The statement a sentence makes with a speech verb after its speaker, or "Theo" and them; or null. */
    private static Statement spokenStatement(Passage passage, String sentence, List<Mention> mentions) {
        if (!mentions.isEmpty() && SpeechVerbs.isAccordingTo(sentence, mentions.get(0).start())) {
            String said = sentence.substring(sentence.indexOf(',', mentions.get(0).end()) + 1).strip();
            return said.split("\\s+").length < MIN_WORDS_SAID ? null
                    : new Statement(passage, mentions.get(0).person(), "theo", sentence);
        }
        int speaker = SpeechVerbs.speakerIndex(sentence, mentions.stream().map(Mention::end).toList());
        if (speaker < 0) {
            return null;
        }
        int end = mentions.get(speaker).end();
        int verb = SpeechVerbs.positions(sentence).stream().filter(v -> v >= end).findFirst().orElseThrow();
        // "… trình bày tại Hội nghị nêu rõ:" opens the words that follow it, however few of its own
        if (SpeechVerbs.wordsAfter(sentence, verb) < MIN_WORDS_SAID && !sentence.stripTrailing().endsWith(":")) {
            return null;
        }
        String said = sentence.substring(verb, verb + SpeechVerbs.lengthAt(sentence, verb)).toLowerCase(Locale.ROOT);
        return new Statement(passage, mentions.get(speaker).person(), said, sentence);
    }
}
