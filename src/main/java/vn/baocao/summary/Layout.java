package vn.baocao.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Citation;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;

/**
 * Lays a summary out on pages that each fit one Telegram message: a title, then sections of cited
 * bullets. Bullets are taken round-robin from the sections — every section gets its best bullet before any
 * gets a second — skipping any too much like one already shown (no repeated points), until the next one
 * would pass {@link #MAX_CHARS}. Page 2 ("xem thêm") goes on with what page 1 left out, and so on.
 *
 * <p>The length counted is the text as a plain-text channel shows it, sources list included, so that the
 * whole reply fits one message. A source counts by its file name and a fixed allowance for its folder, so
 * that what a summary shows does not depend on where the reports folder sits.
 */
final class Layout {
    /** The most characters of one page, its list of sources included: one Telegram message (4096) with room to spare. */
    static final int MAX_CHARS = 3500;
    /** Two sentences of one part at least this similar make the same point; the second is not shown. */
    static final double REDUNDANT = 0.5;
    /** The last line of a page that has a next one. */
    static final String MORE = "(Còn nữa: gõ “xem thêm” để đọc tiếp.)";
    private static final int MARKER_CHARS = 5;
    private static final int SOURCE_LINE_EXTRA = 24;
    /** What a source's folder counts for, whatever its real length: a short relative path's worth. */
    private static final int FOLDER_ALLOWANCE = 32;

    /**
     * One section: a heading, the bullets it always shows first (facts), and the others best first.
     */
    record Section(String heading, List<Bullet> fixed, List<Bullet> ranked) {
        Section {
            fixed = List.copyOf(fixed);
            ranked = List.copyOf(ranked);
        }
    }

    /**
     * A page laid out: the text with "[n]" markers, its citations, whether a next page has more, and the
     * passages cited by each part (in order of citation), for a model to write from the same material.
     */
    record Page(String text, List<Citation> citations, boolean more, List<List<Passage>> parts) {
    }

    private final Similarity similarity;

    Layout(Similarity similarity) {
        this.similarity = Require.notNull(similarity, "similarity");
    }

    /** Page {@code page} (from 1) of a summary titled {@code title}; empty text when the earlier pages showed everything. */
    Page render(String title, List<Section> sections, int page) {
        Require.that(page >= 1, "page must be >= 1, was " + page);
        List<Bullet> shown = new ArrayList<>();
        List<List<Bullet>> chosen = List.of();
        boolean more = false;
        String heading = title + (page > 1 ? " (tiếp, phần " + page + ")" : "");
        for (int p = 1; p <= page; p++) {
            Allocation a = new Allocation(shown, MAX_CHARS - heading.length() - MORE.length() - 4);
            chosen = a.fill(sections, p == 1);
            more = a.hasMore(sections);
            chosen.forEach(shown::addAll);
        }
        return write(heading, sections, chosen, more);
    }

    private Page write(String heading, List<Section> sections, List<List<Bullet>> chosen, boolean more) {
        if (chosen.stream().allMatch(List::isEmpty)) {
            return new Page("", List.of(), false, List.of());
        }
        CitationBook book = new CitationBook();
        List<List<Passage>> parts = new ArrayList<>();
        StringBuilder out = new StringBuilder(heading);
        for (int i = 0; i < sections.size(); i++) {
            if (chosen.get(i).isEmpty()) {
                continue;
            }
            out.append("\n\n").append(sections.get(i).heading());
            for (List<Bullet> group : byLead(chosen.get(i))) {
                Bullet first = group.getFirst();
                boolean under = group.size() > 1;
                if (under) {
                    out.append("\n• ").append(first.lead()).append(':');
                }
                for (Bullet b : group) {
                    out.append(under ? "\n  – " : "\n• ").append(under || b.lead().isEmpty() ? "" : b.lead() + ": ")
                            .append(withoutStop(b.text())).append(' ');
                    Set<String> markers = new LinkedHashSet<>(); // two sentences of one passage cite it once
                    for (Bullet.Quote q : b.quotes()) {
                        markers.add(book.cite(q.passage(), q.sentence()));
                        partOf(parts, b.part()).add(q.passage());
                    }
                    markers.forEach(out::append);
                }
            }
        }
        if (more) {
            out.append("\n\n").append(MORE);
        }
        List<List<Passage>> distinct = parts.stream().map(l -> List.copyOf(new LinkedHashSet<>(l))).toList();
        return new Page(CitationBook.markersIn(out.toString()), book.citations(), more, distinct);
    }

    /**
     * The bullets grouped by lead, in order of each lead's first bullet, so that a speaker's (or a side's)
     * points stand together under one name; a bullet without a lead is a group of its own.
     */
    private static List<List<Bullet>> byLead(List<Bullet> bullets) {
        java.util.Map<String, List<Bullet>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < bullets.size(); i++) {
            Bullet b = bullets.get(i);
            groups.computeIfAbsent(b.lead().isEmpty() ? "\u0000" + i : b.lead(), k -> new ArrayList<>()).add(b);
        }
        return List.copyOf(groups.values());
    }

    private static List<Passage> partOf(List<List<Passage>> parts, int part) {
        while (parts.size() <= part) {
            parts.add(new ArrayList<>());
        }
        return parts.get(part);
    }

    /** "…của đất nước." → "…của đất nước": the marker closes the bullet. */
    private static String withoutStop(String text) {
        return text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
    }

    /** Every list's first element, then every list's second, and so on. */
    static <T> List<T> interleave(List<List<T>> lists) {
        List<T> out = new ArrayList<>();
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<T> list : lists) {
                if (i < list.size()) {
                    out.add(list.get(i));
                }
            }
        }
        return out;
    }

    /** The bullets of one page, chosen within its budget. */
    private final class Allocation {
        private final List<Bullet> before;
        private final Set<String> beforeKeys = new HashSet<>();
        private final List<Bullet> taken = new ArrayList<>();
        private final Set<String> cited = new HashSet<>();
        private int left;

        Allocation(List<Bullet> before, int budget) {
            this.before = before;
            before.forEach(b -> beforeKeys.add(b.key()));
            this.left = budget;
        }

        List<List<Bullet>> fill(List<Section> sections, boolean withFacts) {
            List<List<Bullet>> chosen = new ArrayList<>();
            sections.forEach(s -> chosen.add(new ArrayList<>()));
            if (withFacts) {
                for (int i = 0; i < sections.size(); i++) {
                    for (Bullet b : sections.get(i).fixed()) {
                        tryTake(b, chosen.get(i), sections.get(i));
                    }
                }
            }
            int[] next = new int[sections.size()];
            boolean[] done = new boolean[sections.size()];
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int i = 0; i < sections.size(); i++) {
                    if (done[i]) {
                        continue;
                    }
                    List<Bullet> ranked = sections.get(i).ranked();
                    while (next[i] < ranked.size() && !eligible(ranked.get(next[i]))) {
                        next[i]++;
                    }
                    if (next[i] >= ranked.size() || !tryTake(ranked.get(next[i]), chosen.get(i), sections.get(i))) {
                        done[i] = true;
                    } else {
                        next[i]++;
                        progress = true;
                    }
                }
            }
            return chosen;
        }

        /** True when some section still has a bullet this page and the earlier ones did not show. */
        boolean hasMore(List<Section> sections) {
            return sections.stream().flatMap(s -> s.ranked().stream()).anyMatch(this::eligible);
        }

        private boolean eligible(Bullet b) {
            if (beforeKeys.contains(b.key()) || taken.stream().anyMatch(t -> t.key().equals(b.key()))) {
                return false;
            }
            return !repeats(b, before) && !repeats(b, taken);
        }

        private boolean repeats(Bullet b, List<Bullet> others) {
            return b.sentence() != null && others.stream().anyMatch(o -> o.sentence() != null && o.part() == b.part()
                    && similarity.between(b.sentence(), o.sentence()) >= REDUNDANT);
        }

        private boolean tryTake(Bullet b, List<Bullet> into, Section section) {
            int cost = 3 + b.lead().length() + 2 + b.text().length() + MARKER_CHARS * b.quotes().size()
                    + (into.isEmpty() ? section.heading().length() + 2 : 0);
            Set<String> newSources = new HashSet<>();
            for (Bullet.Quote q : b.quotes()) {
                if (!cited.contains(q.passage().key()) && newSources.add(q.passage().key())) {
                    cost += sourceLine(q.passage().report());
                }
            }
            if (cost > left) {
                return false;
            }
            left -= cost;
            cited.addAll(newSources);
            into.add(b);
            taken.add(b);
            return true;
        }
    }

    /**
     * The length counted for a source's line under the summary ("[n] title – date – source"): its folder
     * counts as {@link #FOLDER_ALLOWANCE}, so the same reports give the same summary wherever they lie.
     */
    static int sourceLine(ReportInfo r) {
        String source = r.source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        int fileName = source.length() - slash - 1;
        return r.title().length() + fileName + (slash >= 0 ? FOLDER_ALLOWANCE : 0) + SOURCE_LINE_EXTRA;
    }
}
