package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.search.Intent;
import vn.baocao.text.VietnameseText;

/**
 * The evidence for a count reordered by the rows of a table it holds: the one row, among the best few of the
 * top report's, whose label opens with a name the question gives comes first ("TLSQ Quảng Châu … bao nhiêu
 * vụ" is the "Quảng Châu, Trung Quốc: 312 (…)" row, not a sentence on all consulates); else, when the
 * question asks for a total ("tổng số hội đoàn"), the table's total row comes first if it counts what is
 * asked. Pure.
 */
final class AskedRows {
    /** A table row as ingest writes it: its label, a colon, then a figure. */
    private static final Pattern ROW = Pattern.compile("^\\**([^:;.!?]{1,80}?)\\**:\\s*\\**-?\\d");
    /** How far down the evidence a row the question names is looked for: farther, it is about something else. */
    private static final int NEAR = 5;

    private AskedRows() {
    }

    /** {@code ranked}, the row asked of or the total row moved to the front as the class comment says; else as it is. */
    static List<Candidate> first(List<Candidate> ranked, Intent intent) {
        if (ranked.isEmpty()) {
            return ranked;
        }
        String topReport = ranked.getFirst().passage().report().id();
        // a name the question counts ("bao nhiêu CQĐD") names no row
        List<List<String>> names = intent.names().stream().map(VietnameseText::foldedWords)
                .filter(words -> !words.isEmpty() && !words.equals(intent.unit())).toList();
        List<Candidate> named = ranked.subList(0, Math.min(NEAR, ranked.size())).stream()
                .filter(c -> c.passage().report().id().equals(topReport))
                .filter(c -> label(c.sentence()).filter(label -> opensWithOneOf(label, names)).isPresent()).toList();
        if (named.size() == 1) {
            return movedFirst(ranked, named.getFirst());
        }
        if (!named.isEmpty() || !intent.total()) {
            return ranked;
        }
        return ranked.stream()
                .filter(c -> c.passage().report().id().equals(topReport))
                .filter(c -> label(c.sentence()).filter(Lexicon.get()::isTotalRow).isPresent())
                .filter(c -> VietnameseText.foldedWords(c.sentence()).containsAll(intent.unit()))
                .findFirst().map(total -> movedFirst(ranked, total)).orElse(ranked);
    }

    /** The label of the table row {@code sentence} is, or empty when it is no row. */
    static Optional<String> label(String sentence) {
        Matcher row = ROW.matcher(sentence.strip());
        return row.find() ? Optional.of(row.group(1).strip()) : Optional.empty();
    }

    /** True when the row's {@code label} opens with one of {@code names}, each as its folded words. */
    private static boolean opensWithOneOf(String label, List<List<String>> names) {
        List<String> words = VietnameseText.foldedWords(label);
        return names.stream().anyMatch(name -> words.size() >= name.size() && words.subList(0, name.size()).equals(name));
    }

    private static List<Candidate> movedFirst(List<Candidate> ranked, Candidate chosen) {
        List<Candidate> out = new ArrayList<>(ranked.size());
        out.add(chosen);
        ranked.stream().filter(c -> c != chosen).forEach(out::add);
        return out;
    }
}
