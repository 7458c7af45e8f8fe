package vn.baocao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.answer.Answer;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.PassageHit;
import vn.baocao.search.Retriever;
import vn.baocao.testing.SampleIndex;
import vn.baocao.text.VietnameseText;

/**
 * Measures retrieval and answers on the hand-written question set over the bundled sample reports,
 * prints the figures, and holds them above floors: hit@1 and hit@3 of retrieval (is the expected
 * report the first / among the first three passages' reports), and answer accuracy (an in-scope
 * question gets an answer citing the expected report first and stating the key fact; an out-of-scope
 * question gets an abstention). It also prints where the first passage of the expected report that
 * states the key fact ranks (hit@1 and MRR over the first ten), the finer figure for comparing
 * retrieval chains.
 */
class QuestionSetTest {
    @TempDir
    static Path dir;
    private static ReportIndex index;
    private static Retriever retriever;
    private static ExtractiveAnswerer answerer;
    private static final List<Result> RESULTS = new ArrayList<>();

    record Result(QuestionSet.Item item, boolean hit1, boolean hit3, boolean correct, Answer answer,
                  double factReciprocalRank) {
    }

    @BeforeAll
    static void answerEveryQuestion() {
        index = SampleIndex.open(dir.resolve("index"));
        retriever = new Retriever(index);
        answerer = new ExtractiveAnswerer(retriever);
        for (QuestionSet.Item item : QuestionSet.load().items()) {
            RESULTS.add(evaluate(item));
        }
        printFigures();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Result evaluate(QuestionSet.Item item) {
        List<PassageHit> hits = retriever.retrieve(retriever.parse(item.question()), 10);
        Answer answer = answerer.answer(item.question());
        if (!item.inScope()) {
            return new Result(item, false, false, answer.abstained(), answer, 0);
        }
        String expected = SampleIds.of(item.report());
        boolean hit1 = !hits.isEmpty() && hits.get(0).passage().report().id().equals(expected);
        boolean hit3 = hits.stream().limit(3).anyMatch(h -> h.passage().report().id().equals(expected));
        double factRank = 0;
        for (int i = 0; i < hits.size() && factRank == 0; i++) {
            String text = VietnameseText.fold(hits.get(i).passage().text());
            if (hits.get(i).passage().report().id().equals(expected) && item.facts().stream().anyMatch(text::contains)) {
                factRank = 1.0 / (i + 1);
            }
        }
        String folded = VietnameseText.fold(answer.text());
        boolean correct = !answer.abstained()
                && answer.citations().get(0).passage().report().id().equals(expected)
                && item.facts().stream().anyMatch(folded::contains);
        return new Result(item, hit1, hit3, correct, answer, factRank);
    }

    private static double share(Predicate<Result> among, Predicate<Result> good) {
        List<Result> set = RESULTS.stream().filter(among).toList();
        return set.isEmpty() ? 0 : (double) set.stream().filter(good).count() / set.size();
    }

    private static void printFigures() {
        Predicate<Result> inScope = r -> r.item().inScope();
        System.out.printf("question set: %d questions (%d in scope, %d accentless in scope, %d out of scope)%n",
                RESULTS.size(), RESULTS.stream().filter(inScope).count(),
                RESULTS.stream().filter(inScope.and(r -> r.item().accentless())).count(),
                RESULTS.stream().filter(inScope.negate()).count());
        System.out.printf("retrieval hit@1 %.2f  hit@3 %.2f  (accentless hit@1 %.2f)%n",
                share(inScope, Result::hit1), share(inScope, Result::hit3),
                share(inScope.and(r -> r.item().accentless()), Result::hit1));
        List<Result> stating = RESULTS.stream().filter(inScope).toList();
        System.out.printf("passage stating the key fact: hit@1 %.2f  MRR@10 %.3f%n",
                share(inScope, r -> r.factReciprocalRank() == 1),
                stating.stream().mapToDouble(Result::factReciprocalRank).average().orElse(0));
        System.out.printf("answer accuracy %.2f in scope (accented %.2f, accentless %.2f), abstention on out of "
                        + "scope %.2f%n", share(inScope, Result::correct),
                share(inScope.and(r -> !r.item().accentless()), Result::correct),
                share(inScope.and(r -> r.item().accentless()), Result::correct),
                share(inScope.negate(), Result::correct));
        RESULTS.stream().filter(r -> !r.correct()).forEach(r -> System.out.printf("  MISS %s → %s%n",
                r.item().question(), r.answer().text().replace('\n', ' ')));
    }

    @Test
    void retrievalFindsTheAnsweringReport() {
        assertThat(share(r -> r.item().inScope(), Result::hit1)).isGreaterThanOrEqualTo(0.85);
        assertThat(share(r -> r.item().inScope(), Result::hit3)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void answersInScopeQuestionsWithTheKeyFactCitedToTheRightReport() {
        assertThat(share(r -> r.item().inScope(), Result::correct)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void answersAccentlessQuestionsAsWellAsAccentedOnes() {
        assertThat(share(r -> r.item().inScope() && r.item().accentless(), Result::correct))
                .isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void abstainsOnEveryOutOfScopeQuestion() {
        assertThat(RESULTS.stream().filter(r -> !r.item().inScope() && !r.correct()).map(r -> r.item().question()))
                .isEmpty();
    }
}
