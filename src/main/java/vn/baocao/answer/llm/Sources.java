package vn.baocao.answer.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.lexicon.Canonical;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;
import vn.baocao.search.TermStatistics;
import vn.baocao.text.Dates;
import vn.baocao.text.Sentences;

/**
 * The numbered passages a model may cite, in the order it sees them: marker "[n]" is {@code get(n)}.
 * Each is shown with its report's title, date and conference and the people it names, so that "who said
 * what" reaches the model with the speaker resolved ("Bộ trưởng" → the minister's name).
 *
 * <p>For an answer, a passage is shown as its excerpt: the sentences that share most words with the
 * question, with their neighbours, so that a small local model reads a short prompt; for a summary, as
 * a whole. Either way its text is made plain first ({@link Untrusted}: no markup, no links, no sentence
 * addressed to a language model), and a reply is checked against the whole passage.
 */
final class Sources {
    /** Enough passages to answer from, few enough for a small local model to read quickly. */
    static final int MAX = 4;
    /** An excerpt grows by neighbouring sentences up to this length; its best sentence is shown whole. */
    static final int EXCERPT_CHARS = 420;
    /** People shown with a passage: who speaks in it, not everyone it names. */
    static final int MAX_PEOPLE = 3;
    private static final Pattern REPORT_BRACKETS = Pattern.compile("\\[(\\d{1,3})]");
    private static final String GAP = " … ";

    private final List<Passage> passages;
    private final Set<String> asked;
    private final Map<Passage, String> quoted;
    private final TermStatistics statistics;
    private final int passageCount;
    private final Map<Integer, Support.Evidence> evidence = new ConcurrentHashMap<>();
    private final Map<String, Double> weights = new ConcurrentHashMap<>();
    /** Each source's text made plain, once: the prompt shows it and a reply is checked against it. */
    private final Map<Integer, String> plainTexts = new ConcurrentHashMap<>();

    private Sources(List<Passage> passages, Set<String> asked, Map<Passage, String> quoted, TermStatistics statistics) {
        Require.that(!passages.isEmpty(), "sources must not be empty");
        this.passages = List.copyOf(passages);
        this.asked = Set.copyOf(asked);
        this.quoted = Map.copyOf(quoted);
        this.statistics = statistics;
        this.passageCount = statistics == null ? 0 : Math.max(1, statistics.passageCount());
    }

    /**
     * The passages the extractive answer cites first (they passed its checks of coverage and
     * constraints), then the other retrieved ones in rank order; each once, at most {@link #MAX}; each
     * shown as its excerpt for a question whose words are {@code asked} (folded, the reports' wording);
     * a reply's words weigh by how rare {@code statistics} says they are.
     */
    static Sources of(Answer extractive, List<Passage> retrieved, Set<String> asked, TermStatistics statistics) {
        Map<String, Passage> chosen = new LinkedHashMap<>();
        Map<Passage, String> quoted = new LinkedHashMap<>();
        for (Citation c : extractive.citations()) {
            chosen.putIfAbsent(c.passage().key(), c.passage());
            quoted.putIfAbsent(c.passage(), c.quote());
        }
        for (Passage p : retrieved) {
            chosen.putIfAbsent(p.key(), p);
        }
        return new Sources(chosen.values().stream().limit(MAX).toList(), asked, quoted,
                Require.notNull(statistics, "term statistics"));
    }

    /** {@code passages} numbered 1..k in the order given, however many, each shown whole: a summary's material, chosen already. */
    static Sources numbered(List<Passage> passages) {
        return new Sources(passages, Set.of(), Map.of(), null);
    }

    /**
     * How much a folded word says of what a sentence claims: its inverse document frequency among the
     * passages (at least 0.1, so a word in every passage still counts a little); 1 for every word when
     * there are no statistics (a summary's fixed material).
     */
    double weight(String word) {
        if (statistics == null) {
            return 1;
        }
        return weights.computeIfAbsent(word,
                w -> Math.max(0.1, Math.log((double) passageCount / (1 + statistics.docFrequency(w))) + 1));
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

    /** Everything the model was shown of the reports, whole passages included: where a link in its reply may come from. */
    String shown() {
        StringBuilder all = new StringBuilder();
        passages.forEach(p -> all.append(p.text()).append('\n'));
        return all.toString();
    }

    /**
     * What sources {@code cited} together support: their passages whole, with their reports' details.
     * A passage's sentences addressed to a model support nothing.
     */
    Support.Evidence evidence(Set<Integer> cited) {
        List<Support.Evidence> each = new ArrayList<>();
        for (int n : cited) {
            each.add(evidence.computeIfAbsent(n, k -> Support.of(head(k), plainText(k))));
        }
        return each.size() == 1 ? each.getFirst() : Support.Evidence.union(each);
    }

    /**
     * Source {@code n} as the prompt shows it: "[n] title – date – conference – Người được nhắc: …", then
     * the passage or its excerpt. Brackets of the report's own ("[3]") become "(3)" so that they never
     * pass for markers.
     */
    String render(int n) {
        String text = plainText(n);
        return "[" + n + "] " + head(n) + "\n" + (asked.isEmpty() ? text : excerpt(text, quoted.get(get(n))));
    }

    private String head(int n) {
        Passage p = get(n);
        ReportInfo r = p.report();
        List<String> head = new ArrayList<>(List.of(r.title()));
        if (r.date() != null) {
            head.add("ngày " + Dates.vietnamese(r.date()));
        }
        if (!r.conferenceName().isEmpty() && !r.conferenceName().equals(r.title())) {
            head.add(r.conferenceName());
        }
        List<Person> people = asked.isEmpty() ? p.people() : p.people().stream().limit(MAX_PEOPLE).toList();
        if (!people.isEmpty()) {
            head.add("Người được nhắc: " + people.stream().map(Person::titled).collect(Collectors.joining("; ")));
        }
        return String.join(" – ", head);
    }

    private String plainText(int n) {
        return plainTexts.computeIfAbsent(n, k -> plain(get(k).text()));
    }

    /** The passage's text as a model may read it: plain, no links, no sentence addressed to a model, no marker-like brackets. */
    private static String plain(String text) {
        String s = Untrusted.withoutLinks(Untrusted.plain(text));
        List<String> sentences = Sentences.split(s);
        List<String> kept = sentences.stream().filter(x -> !Untrusted.speaksToAModel(x)).toList();
        return REPORT_BRACKETS.matcher(kept.size() == sentences.size() ? s : String.join(" ", kept)).replaceAll("($1)");
    }

    /**
     * The sentences of {@code text} that matter for the question: the one the extractive answer quotes
     * (if any) or else the one sharing most of the question's words, then its neighbours and the next
     * best ones while they fit in {@link #EXCERPT_CHARS}; in the passage's order, gaps marked " … ".
     */
    private String excerpt(String text, String quote) {
        List<String> sentences = Sentences.split(text);
        if (text.length() <= EXCERPT_CHARS || sentences.size() <= 1) {
            return text;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        int[] shared = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> words = new HashSet<>(Canonical.words(sentences.get(i)));
            words.retainAll(asked);
            shared[i] = words.size() + (quote != null && quote.contains(sentences.get(i)) ? 100 : 0);
        }
        order.sort((a, b) -> shared[b] != shared[a] ? Integer.compare(shared[b], shared[a]) : Integer.compare(a, b));
        Set<Integer> chosen = new TreeSet<>();
        int length = 0;
        for (int best : order) {
            for (int i : new int[] {best, best + 1, best - 1}) {
                if (i < 0 || i >= sentences.size() || chosen.contains(i)) {
                    continue;
                }
                int len = sentences.get(i).length() + 1;
                if (chosen.isEmpty() || length + len <= EXCERPT_CHARS) {
                    chosen.add(i);
                    length += len;
                }
            }
            if (length >= EXCERPT_CHARS || shared[best] == 0 && !chosen.isEmpty()) {
                break;
            }
        }
        StringBuilder out = new StringBuilder(chosen.contains(0) ? "" : GAP.strip() + " ");
        int last = -2;
        for (int i : chosen) {
            if (last >= 0 && i != last + 1) {
                out.append(GAP);
            } else if (last >= 0) {
                out.append(' ');
            }
            out.append(sentences.get(i));
            last = i;
        }
        if (last < sentences.size() - 1) {
            out.append(GAP.stripTrailing());
        }
        return out.toString();
    }
}
