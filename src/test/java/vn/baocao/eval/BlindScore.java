package vn.baocao.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;
import vn.baocao.search.PassageHit;
import vn.baocao.search.PlainBm25;
import vn.baocao.search.Retriever;
import vn.baocao.summary.ExtractiveSummarizer;
import vn.baocao.summary.Summaries;
import vn.baocao.summary.SummaryAnswerer;

/**
 * Scores a {@link BlindSet} once: its reports ingested into a new index, each question answered as
 * {@code baocao ask} answers it (the offline composer with summaries), and, beside it, the naive
 * baseline — the top paragraph of plain BM25, quoted whole, never refusing.
 *
 * @param set     the set scored
 * @param results one per question, in the set's order
 */
record BlindScore(BlindSet set, List<Result> results) {

    /** How one question went. */
    record Result(BlindSet.Item item, Answer answer, boolean right, boolean baselineRight) {
    }

    /** Ingests the set's reports into an index under {@code work}, answers every question, and closes the index. */
    static BlindScore of(BlindSet set, Path work) {
        try (ReportIndex index = ReportIndex.open(work.resolve("index"))) {
            new Ingestor(new ReportParser(), index).ingest(List.of(set.reports()));
            Retriever retriever = new Retriever(index);
            Answerer answerer = new SummaryAnswerer(new ExtractiveAnswerer(retriever),
                    new Summaries(retriever, new ExtractiveSummarizer(retriever)));
            PlainBm25 baseline = new PlainBm25(index);
            List<Result> results = new ArrayList<>();
            for (BlindSet.Item item : set.items()) {
                Answer answer = answerer.answer(item.question());
                List<PassageHit> top = baseline.top(item.question(), 1);
                results.add(new Result(item, answer, set.isRight(item, answer),
                        !top.isEmpty() && set.isRightAsTopPassage(item, top.getFirst().passage())));
            }
            return new BlindScore(set, List.copyOf(results));
        }
    }

    /** The share of the questions {@code among} accepts that were fully right, 0 when there are none. */
    double share(Predicate<BlindSet.Item> among) {
        List<Result> chosen = results.stream().filter(r -> among.test(r.item())).toList();
        return chosen.isEmpty() ? 0 : (double) chosen.stream().filter(Result::right).count() / chosen.size();
    }

    long right(Predicate<BlindSet.Item> among) {
        return results.stream().filter(r -> among.test(r.item()) && r.right()).count();
    }

    long count(Predicate<BlindSet.Item> among) {
        return results.stream().filter(r -> among.test(r.item())).count();
    }

    /** The figures as a table: overall, the baseline, per form, per style, and every miss. */
    String report(String name) {
        StringBuilder out = new StringBuilder();
        Predicate<BlindSet.Item> all = i -> true;
        Predicate<BlindSet.Item> answerable = i -> !i.mustRefuse();
        long refusedAnswerable = results.stream().filter(r -> !r.item().mustRefuse() && r.answer().abstained()).count();
        long answeredAnswerable = count(answerable) - refusedAnswerable;
        out.append(String.format("blind set %s: %d questions over %d reports (%d to answer, %d to refuse)%n", name,
                results.size(), set.ids().size(), count(answerable), count(BlindSet.Item::mustRefuse)));
        out.append(String.format("  fully right            %3d/%d  %5.1f%%%n", right(all), results.size(), 100 * share(all)));
        out.append(String.format("  naive baseline         %3d/%d  %5.1f%%  (top BM25 paragraph, never refuses)%n",
                results.stream().filter(Result::baselineRight).count(), results.size(),
                100.0 * results.stream().filter(Result::baselineRight).count() / results.size()));
        out.append(String.format("  answerable right       %3d/%d; refused %d of them; right when answered %d/%d%n",
                right(answerable), count(answerable), refusedAnswerable, right(answerable), answeredAnswerable));
        out.append(String.format("  refused, top paragraph right %d; answered wrong, top paragraph right %d%n",
                results.stream().filter(r -> !r.item().mustRefuse() && r.answer().abstained() && r.baselineRight()).count(),
                results.stream().filter(r -> !r.item().mustRefuse() && !r.answer().abstained() && !r.right()
                        && r.baselineRight()).count()));
        out.append("  refusals given by reason (must-refuse / answerable / answerable with the top paragraph right):");
        Map<String, long[]> given = new TreeMap<>();
        results.stream().filter(r -> r.answer().abstained()).forEach(r -> {
            long[] n = given.computeIfAbsent(r.answer().refusal().reason().code(), k -> new long[3]);
            n[r.item().mustRefuse() ? 0 : 1]++;
            n[2] += !r.item().mustRefuse() && r.baselineRight() ? 1 : 0;
        });
        given.forEach((reason, n) -> out.append(String.format(" %s %d/%d/%d;", reason, n[0], n[1], n[2])));
        out.append(String.format("%n"));
        out.append(String.format("  must-refuse refused    %3d/%d%n", right(BlindSet.Item::mustRefuse),
                count(BlindSet.Item::mustRefuse)));
        out.append("  by form:\n");
        Map<String, List<Result>> byForm = new TreeMap<>();
        results.forEach(r -> byForm.computeIfAbsent(r.item().form(), k -> new ArrayList<>()).add(r));
        byForm.forEach((form, rs) -> out.append(row(form, i -> i.form().equals(form))));
        out.append("  by style:\n");
        out.append(row("accented", i -> !i.accentless()));
        out.append(row("accentless", i -> i.accentless() && !i.tags().contains("english")));
        for (String tag : List.of("abbrev", "english", "typo", "telegraphic", "paraphrase")) {
            out.append(row(tag, i -> i.tags().contains(tag)));
            out.append(row("not " + tag, i -> !i.tags().contains(tag)));
        }
        out.append("  refusals by reason:\n");
        Map<String, List<Result>> byReason = new TreeMap<>();
        results.stream().filter(r -> r.item().mustRefuse())
                .forEach(r -> byReason.computeIfAbsent(r.item().refusal(), k -> new ArrayList<>()).add(r));
        byReason.forEach((reason, rs) -> out.append(row(reason, i -> i.mustRefuse() && i.refusal().equals(reason))));
        out.append("  misses:\n");
        results.stream().filter(r -> !r.right()).forEach(r -> out.append(String.format("  %s%4d [%s%s] %s%n         → %s%s%n",
                r.baselineRight() ? "B " : "  ", r.item().line(), r.item().form(), r.item().mustRefuse() ? ":" + r.item().refusal() : "",
                r.item().question(), r.answer().refusal() == null ? "" : "(" + r.answer().refusal().reason().code() + ") ",
                abbreviate(r.answer().text()) + (Boolean.getBoolean("blind.whole") ? "\n         ✓ " + r.item().facts() : ""))));
        return out.toString();
    }

    private String row(String label, Predicate<BlindSet.Item> among) {
        long n = count(among);
        return n == 0 ? "" : String.format("    %-16s %3d/%-3d %5.1f%%%n", label, right(among), n, 100 * share(among));
    }

    /** A miss's answer on one line: whole when the system property {@code blind.whole} is set, else its start. */
    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s*\\R+\\s*", " ");
        if (Boolean.getBoolean("blind.whole")) {
            return line;
        }
        return line.length() <= 160 ? line : line.substring(0, 160) + "…";
    }
}
