package vn.baocao.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.ingest.ReportParser;
import vn.baocao.report.Passage;
import vn.baocao.text.VietnameseText;

/**
 * A question set written blind — by someone who saw only the report texts, never the code nor the
 * other sets — with its reports: {@code questions.tsv} and {@code reports/} in one folder.
 *
 * <p>Each line is {@code question, form, tags, report, facts}: the form asked (presided, when,
 * how-many, …, or refuse), style tags (accentless, abbrev, english, typo, …, apart by commas or spaces; "-" for none), the file
 * names of the reports that answer it, separated by commas, semicolons or spaces ("-" when it must be refused), and what a fully right answer
 * says — groups separated by "&&", each group's alternatives by "|", matched accent- and
 * case-insensitively — or, for a question to refuse, the reason it must be refused.
 *
 * @param items   the questions, in file order
 * @param reports the folder of the reports they are about
 * @param ids     the report id ingest gives each report file, by file name
 */
record BlindSet(List<Item> items, Path reports, Map<String, String> ids) {

    /** One question of the set. */
    record Item(int line, String question, String form, Set<String> tags, List<String> reports,
                List<List<String>> facts, String refusal) {

        boolean mustRefuse() {
            return reports.isEmpty();
        }

        boolean accentless() {
            return !VietnameseText.hasDiacritics(question);
        }
    }

    /** Reads the set in {@code folder}. */
    static BlindSet load(Path folder) {
        Path tsv = folder.resolve("questions.tsv");
        Path reports = folder.resolve("reports");
        try {
            List<Item> items = new java.util.ArrayList<>();
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank() && !line.startsWith("#")) {
                    items.add(item(i + 1, line));
                }
            }
            return new BlindSet(List.copyOf(items), reports, idsOf(reports));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the question set in " + folder, e);
        }
    }

    private static Item item(int number, String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 5) {
            throw new IllegalArgumentException("line " + number + " has " + f.length + " columns, not 5: " + line);
        }
        Set<String> tags = f[2].isBlank() || f[2].strip().equals("-") ? Set.of()
                : Set.copyOf(Arrays.stream(f[2].split("[,\\s]+")).map(String::strip).filter(t -> !t.isEmpty()).toList());
        List<String> reports = f[3].strip().equals("-") ? List.of()
                : Arrays.stream(f[3].split("[,;|\\s]+")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        if (reports.isEmpty()) {
            return new Item(number, f[0].strip(), f[1].strip(), tags, reports, List.of(), f[4].strip());
        }
        List<List<String>> facts = Arrays.stream(f[4].split("&&"))
                .map(group -> Arrays.stream(group.split("\\|")).map(BlindSet::comparable).filter(a -> !a.isEmpty()).toList())
                .filter(group -> !group.isEmpty()).toList();
        return new Item(number, f[0].strip(), f[1].strip(), tags, reports, facts, "");
    }

    private static Map<String, String> idsOf(Path reports) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        ReportParser parser = new ReportParser();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.equalsIgnoreCase("README.md") && !name.startsWith(".")) {
                    ids.put(name, parser.parse(file).info().id());
                }
            }
        }
        return ids;
    }

    /** Text as facts are compared: folded, lower case, punctuation other than "/" "%" "," "." as spaces. */
    static String comparable(String text) {
        String folded = VietnameseText.fold(text).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}/%,.]+", " ").replaceAll("(?<!\\d)[,.]|[,.](?!\\d)", " ")
                .replaceAll(" +", " ").strip();
    }

    /**
     * True when {@code answer} is fully right for {@code item}: a question to refuse is refused; any
     * other is answered, cites one of its reports, and says every fact group (in its text or the
     * sentences it quotes).
     */
    boolean isRight(Item item, Answer answer) {
        if (item.mustRefuse()) {
            return answer.abstained();
        }
        if (answer.abstained()) {
            return false;
        }
        StringBuilder said = new StringBuilder(answer.text());
        answer.citations().stream().map(Citation::quote).forEach(q -> said.append(" \n ").append(q));
        return citesExpected(item, answer.citations().stream().map(Citation::passage).toList())
                && saysFacts(item, said.toString());
    }

    /** True when {@code passage}, quoted whole as a search engine's top hit would be, is fully right. */
    boolean isRightAsTopPassage(Item item, Passage passage) {
        return !item.mustRefuse() && passage != null && citesExpected(item, List.of(passage))
                && saysFacts(item, passage.text());
    }

    private boolean citesExpected(Item item, List<Passage> cited) {
        List<String> expected = item.reports().stream().map(name -> {
            String id = ids.get(name);
            if (id == null) {
                throw new IllegalArgumentException("line " + item.line() + " names " + name + ", not in " + reports);
            }
            return id;
        }).toList();
        return cited.stream().anyMatch(p -> expected.contains(p.report().id()));
    }

    private static boolean saysFacts(Item item, String text) {
        String said = comparable(text);
        return item.facts().stream().allMatch(group -> group.stream().anyMatch(fact -> says(said, fact)));
    }

    /** True when {@code fact} stands in {@code said} with no letter or digit glued to either end ("5/7" is not in "15/7"). */
    static boolean says(String said, String fact) {
        for (int at = said.indexOf(fact); at >= 0; at = said.indexOf(fact, at + 1)) {
            int end = at + fact.length();
            if ((at == 0 || !Character.isLetterOrDigit(said.charAt(at - 1)))
                    && (end == said.length() || !Character.isLetterOrDigit(said.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
