package vn.baocao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.Retriever;
import vn.baocao.testing.SampleIndex;
import vn.baocao.text.VietnameseText;

/**
 * Measures answers to who-said-what questions (who presided, spoke, attended; where a person took
 * part; who said something; what a person said) against {@code eval/whosaid.tsv}, each asked with and
 * without diacritics; prints the accuracy and every miss, and holds it above a floor. Correct means:
 * it cites exactly the expected reports and states every expected fact, or it abstains when expected to.
 */
class WhoSaidWhatTest {
    private static final double FLOOR = 0.9;
    @TempDir
    static Path dir;
    private static ReportIndex index;
    private static final List<String> MISSES = new ArrayList<>();
    private static int asked;

    record Item(String question, List<String> reports, List<String> facts) {
    }

    @BeforeAll
    static void answerAll() {
        index = SampleIndex.open(dir);
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(new Retriever(index));
        for (Item item : items()) {
            for (String question : List.of(item.question(), VietnameseText.fold(item.question()))) {
                asked++;
                Answer answer = answerer.answer(question);
                if (!isCorrect(item, answer)) {
                    MISSES.add(question + "\n    → " + answer.text().replace("\n", " ") + " " + cited(answer));
                }
            }
        }
        System.out.printf("who-said-what: %d questions (half accentless), accuracy %.2f%n", asked, accuracy());
        MISSES.forEach(m -> System.out.println("  miss: " + m));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void answersWhoSaidWhatAboveTheFloor() {
        assertThat(accuracy()).as("misses: %s", MISSES).isGreaterThanOrEqualTo(FLOOR);
    }

    private static double accuracy() {
        return (asked - MISSES.size()) / (double) asked;
    }

    private static boolean isCorrect(Item item, Answer answer) {
        if (item.reports().isEmpty()) {
            return answer.abstained();
        }
        String text = VietnameseText.fold(answer.text()).toLowerCase(java.util.Locale.ROOT);
        List<String> expected = item.reports().stream().map(SampleIds::of).sorted().toList();
        return !answer.abstained() && cited(answer).equals(expected)
                && item.facts().stream().allMatch(text::contains);
    }

    private static List<String> cited(Answer answer) {
        return answer.citations().stream().map(Citation::passage).map(p -> p.report().id())
                .sorted().distinct().toList();
    }

    private static List<Item> items() {
        try (InputStream in = WhoSaidWhatTest.class.getResourceAsStream("/eval/whosaid.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(WhoSaidWhatTest::item).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Item item(String line) {
        String[] cols = line.split("\t", -1);
        List<String> reports = cols[1].equals("-") ? List.of() : Arrays.asList(cols[1].split(","));
        List<String> facts = cols.length < 3 || cols[2].isBlank() ? List.of() : Arrays.asList(cols[2].split("&"));
        return new Item(cols[0], reports, facts);
    }
}
