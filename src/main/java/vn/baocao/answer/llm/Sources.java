package vn.baocao.answer.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;
import vn.baocao.text.Dates;

/**
 * The numbered passages a model may cite, in the order it sees them: marker "[n]" is {@code get(n)}.
 * Each is shown with its report's title, date and conference and the people it names, so that "who
 * said what" reaches the model with the speaker resolved ("Bộ trưởng" → the minister's name).
 */
final class Sources {
    /** Enough passages to cover a summary or a comparison, few enough for a small local model's context. */
    static final int MAX = 6;
    private static final Pattern REPORT_BRACKETS = Pattern.compile("\\[(\\d{1,3})]");

    private final List<Passage> passages;

    private Sources(List<Passage> passages) {
        Require.that(!passages.isEmpty(), "sources must not be empty");
        this.passages = List.copyOf(passages);
    }

    /**
     * The passages the extractive answer cites first (they passed its checks of coverage and
     * constraints), then the other retrieved ones in rank order; each once, at most {@link #MAX}.
     */
    static Sources of(Answer extractive, List<Passage> retrieved) {
        Map<String, Passage> chosen = new LinkedHashMap<>();
        for (Citation c : extractive.citations()) {
            chosen.putIfAbsent(c.passage().key(), c.passage());
        }
        for (Passage p : retrieved) {
            chosen.putIfAbsent(p.key(), p);
        }
        return new Sources(chosen.values().stream().limit(MAX).toList());
    }

    /** {@code passages} numbered 1..k in the order given, however many: a summary's material, chosen already. */
    static Sources numbered(List<Passage> passages) {
        return new Sources(passages);
    }

    int size() {
        return passages.size();
    }

    /** Source {@code n}, from 1. */
    Passage get(int n) {
        Require.that(n >= 1 && n <= passages.size(), "source number must be in 1.." + passages.size() + ", was " + n);
        return passages.get(n - 1);
    }

    /** Every source as the prompt shows it, separated by blank lines. */
    String render() {
        List<String> blocks = new ArrayList<>();
        for (int n = 1; n <= passages.size(); n++) {
            blocks.add(render(n));
        }
        return String.join("\n\n", blocks);
    }

    /**
     * Source {@code n} as the prompt shows it: "[n] title – date – conference – Người được nhắc: …", then
     * the passage. Brackets of the report's own ("[3]") become "(3)" so that they never pass for markers.
     */
    String render(int n) {
        Passage p = get(n);
        ReportInfo r = p.report();
        List<String> head = new ArrayList<>(List.of(r.title()));
        if (r.date() != null) {
            head.add("ngày " + Dates.vietnamese(r.date()));
        }
        if (!r.conferenceName().isEmpty() && !r.conferenceName().equals(r.title())) {
            head.add(r.conferenceName());
        }
        if (!p.people().isEmpty()) {
            head.add("Người được nhắc: " + p.people().stream().map(Person::titled).collect(Collectors.joining("; ")));
        }
        return "[" + n + "] " + String.join(" – ", head) + "\n" + REPORT_BRACKETS.matcher(p.text()).replaceAll("($1)");
    }
}
