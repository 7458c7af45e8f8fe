package vn.baocao.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import vn.baocao.text.VietnameseText;

/** The hand-written question set over the sample reports ({@code eval/questions.tsv}). */
record QuestionSet(List<Item> items) {

    /**
     * One question.
     *
     * @param question the question as a user would type it
     * @param report   the file-name prefix of the sample report that answers it, or null when none does
     * @param facts    folded alternatives, one of which the answer must contain
     */
    record Item(String question, String report, List<String> facts) {
        boolean inScope() {
            return report != null;
        }

        boolean accentless() {
            return !VietnameseText.hasDiacritics(question);
        }
    }

    static QuestionSet load() {
        try (InputStream in = QuestionSet.class.getResourceAsStream("/eval/questions.tsv")) {
            String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new QuestionSet(tsv.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(QuestionSet::item)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read eval/questions.tsv", e);
        }
    }

    private static Item item(String line) {
        String[] f = line.split("\t", -1);
        String report = f[1].equals("-") ? null : f[1];
        List<String> facts = f[2].isBlank() ? List.of() : Arrays.asList(f[2].split("\\|"));
        return new Item(f[0], report, facts);
    }
}
