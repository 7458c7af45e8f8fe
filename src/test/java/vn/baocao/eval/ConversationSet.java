package vn.baocao.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.baocao.text.VietnameseText;

/**
 * A set of scripted conversations written blind — by someone who saw only the report texts — over the
 * bundled sample reports: {@code conversations.tsv} in one folder.
 *
 * <p>Each line is one turn: {@code conversation, question, kind, tags, read_as, facts}. Turns of a
 * conversation are consecutive lines in the order typed. The kind says how the turn leans on what came
 * before (new, pronoun, ellipsis, substitution, request); {@code read_as} is the complete question the
 * writer meant; the facts are what a right reply says — groups separated by "&&", alternatives by "|",
 * matched accent- and case-insensitively — or {@code refuse:<reason>} for a turn the bot must refuse.
 *
 * @param turns the turns, in file order
 */
record ConversationSet(List<Turn> turns) {

    /** One turn of a conversation. */
    record Turn(int line, String conversation, String question, String kind, Set<String> tags, String readAs,
                List<List<String>> facts, String refusal) {

        boolean mustRefuse() {
            return !refusal.isEmpty();
        }

        boolean accentless() {
            return !VietnameseText.hasDiacritics(question);
        }
    }

    /** Reads the set in {@code folder}. */
    static ConversationSet load(Path folder) {
        Path tsv = folder.resolve("conversations.tsv");
        try {
            List<Turn> turns = new ArrayList<>();
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank() && !line.startsWith("#")) {
                    turns.add(turn(i + 1, line));
                }
            }
            return new ConversationSet(List.copyOf(turns));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the conversation set in " + folder, e);
        }
    }

    private static Turn turn(int number, String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 6) {
            throw new IllegalArgumentException("line " + number + " has " + f.length + " columns, not 6: " + line);
        }
        Set<String> tags = f[3].isBlank() || f[3].strip().equals("-") ? Set.of()
                : Set.copyOf(Arrays.stream(f[3].split("[,\\s]+")).map(String::strip).filter(t -> !t.isEmpty()).toList());
        String facts = f[5].strip();
        if (facts.startsWith("refuse:")) {
            return new Turn(number, f[0].strip(), f[1].strip(), f[2].strip(), tags, f[4].strip(), List.of(),
                    facts.substring("refuse:".length()).strip());
        }
        List<List<String>> groups = Arrays.stream(facts.split("&&"))
                .map(group -> Arrays.stream(group.split("\\|")).map(BlindSet::comparable).filter(a -> !a.isEmpty()).toList())
                .filter(group -> !group.isEmpty()).toList();
        return new Turn(number, f[0].strip(), f[1].strip(), f[2].strip(), tags, f[4].strip(), groups, "");
    }
}
