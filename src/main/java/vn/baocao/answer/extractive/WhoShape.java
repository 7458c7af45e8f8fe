package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Optional;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.Mentions.Mention;
import vn.baocao.report.Person;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;

/**
 * Answers "who": the best sentence that names a person, leading with that person's role and name.
 * When the sentence names several people, the one nearest before the question's action ("chủ trì",
 * "phát biểu") is the answer, since Vietnamese puts the subject before its verb. Asked who said the words,
 * the sentence's speaker is the answer, also when it goes on with their speech without naming them ("Phát
 * huy mạnh mẽ bản sắc “cây tre Việt Nam” …" after "Thủ tướng đề nghị …").
 */
final class WhoShape implements Shape {
    private static final int LOOK_AT = 5;

    @Override
    public Optional<String> compose(Intent intent, List<Candidate> ranked, CitationBook book) {
        for (Candidate c : ranked.subList(0, Math.min(LOOK_AT, ranked.size()))) {
            Person who = subject(intent, c);
            if (who != null) {
                String marker = book.cite(c.passage(), c.sentence());
                return Optional.of(who.titled() + " " + marker + ".\n" + Lines.quote(c.sentence(), marker));
            }
        }
        return Optional.empty();
    }

    private static Person subject(Intent intent, Candidate c) {
        if (intent.form() == Form.WHO_SAID && c.speaker() != null
                && (intent.person() == null || !c.speaker().name().equals(intent.person().name()))) {
            return c.speaker();
        }
        List<Mention> named = c.mentions().stream()
                .filter(m -> intent.person() == null || !m.person().name().equals(intent.person().name()))
                .toList();
        if (named.isEmpty()) {
            return null;
        }
        int action = actionPosition(intent, c.sentence());
        Mention best = named.get(0);
        for (Mention m : named) {
            if (action >= 0 && m.start() < action) {
                best = m;
            }
        }
        return best.person();
    }

    /** Where the sentence says what the question asks about: the first pair of its topic found there. */
    private static int actionPosition(Intent intent, String sentence) {
        String folded = String.join(" ", Terms.syllables(sentence));
        int first = -1;
        for (String bigram : Terms.Question.of(intent.topic()).bigrams()) {
            int at = folded.indexOf(bigram);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
