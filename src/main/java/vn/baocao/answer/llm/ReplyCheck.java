package vn.baocao.answer.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.text.Sentences;
import vn.baocao.text.VietnameseText;

/**
 * Checks a model's reply sentence by sentence against the sources it was given, and keeps only what
 * they support.
 *
 * <p>First the reply is made plain ({@link Untrusted}: no markup, links only where the sources have
 * them) and markers of sources that were not given are dropped ("[7]" of 3 sources). Then each
 * statement — a sentence of four words or more, or with a digit — is taken with the markers it ends
 * with (a statement before a marker shares it, as models cite at the end of a run of sentences) and
 * checked ({@link Support}): its numbers, names and abbreviations must appear in the cited sources, and
 * most of its words. A statement they do not support, or one citing nothing, is re-pointed to the given
 * source that supports it best, if one does, else dropped; so is one that speaks to a language model.
 * What is left is renumbered 1..k in order of first use, and each citation quotes the sentence of its
 * passage closest to what the reply says with it.
 *
 * <p>Rejected: an empty reply; one not in Vietnamese; one saying the sources do not cover the question
 * (declined); one left with no supported statement, or with fewer kept than dropped.
 */
final class ReplyCheck {
    /** A statement shorter than this and without a digit is a connective ("Cụ thể như sau."), not a claim. */
    static final int MIN_CLAIM_WORDS = 4;
    /** How much more of a statement's words another source must hold to take its citation from the one cited. */
    static final double CLEARLY_BETTER = 0.15;
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern MARKER_LIST = Pattern.compile("\\[(\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})+)]");
    private static final Pattern MARKERS_AFTER_STOP = Pattern.compile("([.!?…])[ \\t]*((?:\\[\\d{1,3}])+)");
    private static final Pattern FINAL_STOP = Pattern.compile("[.!?…:]+$");
    private static final Pattern MARKER_RUN = Pattern.compile("(?:\\[\\d{1,3}]){2,}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Reasoning models served by Ollama or llama.cpp may put their thoughts before the answer. */
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");
    /** How the prompt tells the model to say the sources do not answer, and the ways models put it, folded. */
    private static final Pattern DECLINES = Pattern.compile("\\b(?:khong (?:de cap|neu|noi|co thong tin|cung cap)"
            + "|chua (?:de cap|neu|co thong tin)|not (?:mention|cover|say|contain)|no information)\\b");

    /** The outcome: an accepted text with its citations, or the reason the reply cannot be shown. */
    sealed interface Verdict {
        /**
         * The reply to show: markers numbered 1..k, one citation each.
         *
         * @param repointed statements moved to the source that supports them
         * @param dropped   statements dropped: unsupported, citing nothing supportable, or addressed to a model
         * @param repairs   everything changed, those included (markup, unknown markers, renumbering)
         */
        record Accepted(String text, List<Citation> citations, int repointed, int dropped, int repairs) implements Verdict {
        }

        /** The reply is not shown; {@code reason} says why, for the log. */
        record Rejected(String reason) implements Verdict {
        }

        /** The model said the sources do not answer the question. */
        record Declined() implements Verdict {
        }
    }

    /** A statement of the reply with the sources it cites, as checked. */
    private record Statement(String text, Set<Integer> cited, boolean claim) {
    }

    private final Sources sources;
    private final String given;
    private final Set<Integer> unknown = new TreeSet<>();
    private final Map<Integer, List<String>> claimsBySource = new LinkedHashMap<>();
    private int dropped;
    private int kept;
    private int repointed;

    private ReplyCheck(Sources sources) {
        this.sources = sources;
        this.given = sources.shown();
    }

    /** The verdict on {@code reply} (null counts as empty) given {@code sources}. */
    static Verdict check(String reply, Sources sources) {
        reply = withoutThinking(reply);
        if (reply.isBlank()) {
            return new Verdict.Rejected("empty reply");
        }
        if (!Language.isVietnamese(reply)) {
            return new Verdict.Rejected("reply not in Vietnamese");
        }
        if (!MARKER.matcher(reply).find() && declines(reply)) {
            return new Verdict.Declined();
        }
        return new ReplyCheck(sources).verdict(reply.strip());
    }

    private Verdict verdict(String reply) {
        String plain = Untrusted.withLinksOnlyFrom(Untrusted.plain(reply), given);
        int markup = plain.equals(reply) ? 0 : 1;
        String tidy = MARKERS_AFTER_STOP.matcher(expandLists(plain)).replaceAll(" $2$1");
        List<String> lines = new ArrayList<>();
        for (String line : tidy.split("\\R")) {
            String checked = checkLine(line.strip());
            if (!checked.isEmpty()) {
                lines.add(checked);
            }
        }
        if (claimsBySource.isEmpty()) {
            return new Verdict.Rejected(!unknown.isEmpty() ? "reply cites only sources that were not given " + unknown
                    : dropped > 0 ? "no statement of the reply is supported by its sources" : "reply cites no source");
        }
        if (dropped > kept) {
            return new Verdict.Rejected("most statements of the reply are not supported by their sources ("
                    + dropped + " of " + (dropped + kept) + ")");
        }
        return renumbered(String.join("\n", lines), markup);
    }

    /** The line's supported statements, each ending with the markers of the sources that support it. */
    private String checkLine(String line) {
        List<Statement> statements = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String sentence : Sentences.split(line)) {
            String s = withoutUnknownMarkers(sentence);
            Set<Integer> cited = Answer.markers(s);
            pending.add(MARKER.matcher(s).replaceAll("").replaceAll(" +([.,;:!?…])", "$1").strip());
            if (!cited.isEmpty()) {
                pending.forEach(p -> statements.add(checked(p, cited)));
                pending.clear();
            }
        }
        pending.forEach(p -> statements.add(checked(p, Set.of())));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (s == null) {
                continue;
            }
            boolean sharesNext = i + 1 < statements.size() && statements.get(i + 1) != null
                    && statements.get(i + 1).cited().equals(s.cited());
            out.add(s.cited().isEmpty() || sharesNext ? s.text() : withMarkers(s.text(), s.cited()));
        }
        return String.join(" ", out);
    }

    /** {@code sentence} with the sources that support it, re-pointed if need be; null when it is dropped. */
    private Statement checked(String sentence, Set<Integer> cited) {
        if (sentence.isEmpty()) {
            return null;
        }
        if (Untrusted.speaksToAModel(sentence)) {
            dropped++;
            return null;
        }
        if (!isClaim(sentence)) {
            return new Statement(sentence, Set.of(), false);
        }
        Set<Integer> supporting = cited.isEmpty() || Support.gap(sentence, sources.evidence(cited), sources::weight).isPresent()
                ? repointed(sentence) : clearlyBetter(sentence, relevant(sentence, cited));
        if (supporting.isEmpty()) {
            dropped++;
            return null;
        }
        if (!supporting.equals(cited)) {
            repointed++;
        }
        kept++;
        for (int n : supporting) {
            claimsBySource.computeIfAbsent(n, k -> new ArrayList<>()).add(sentence);
        }
        return new Statement(sentence, supporting, true);
    }

    /**
     * {@code cited}, unless another given source supports {@code sentence} clearly better (it holds the
     * sentence a model copied from it, the cited one only shares many of its words): then that one.
     */
    private Set<Integer> clearlyBetter(String sentence, Set<Integer> cited) {
        Set<Integer> best = repointed(sentence);
        if (best.isEmpty() || cited.containsAll(best)) {
            return cited;
        }
        double citedCoverage = Support.coverage(sentence, sources.evidence(cited), sources::weight);
        double bestCoverage = Support.coverage(sentence, sources.evidence(best), sources::weight);
        return bestCoverage >= citedCoverage + CLEARLY_BETTER ? best : cited;
    }

    /** The one given source that supports {@code sentence} best, or none. */
    private Set<Integer> repointed(String sentence) {
        int best = 0;
        double bestCoverage = 0;
        for (int n = 1; n <= sources.size(); n++) {
            Support.Evidence e = sources.evidence(Set.of(n));
            if (Support.gap(sentence, e, sources::weight).isEmpty()) {
                double c = Support.coverage(sentence, e, sources::weight);
                if (c > bestCoverage) {
                    best = n;
                    bestCoverage = c;
                }
            }
        }
        return best == 0 ? Set.of() : Set.of(best);
    }

    /**
     * Of the {@code cited} sources that together support {@code sentence}, those that bear on it: each
     * that alone supports it, or else each that has one of its facts or half its words; all when none stands out.
     */
    private Set<Integer> relevant(String sentence, Set<Integer> cited) {
        if (cited.size() == 1) {
            return cited;
        }
        Set<Integer> alone = new TreeSet<>();
        Set<Integer> bearing = new TreeSet<>();
        for (int n : cited) {
            Support.Evidence e = sources.evidence(Set.of(n));
            if (Support.gap(sentence, e, sources::weight).isEmpty()) {
                alone.add(n);
            } else if (Support.coverage(sentence, e, sources::weight) >= 0.5 || sharesAFact(sentence, e)) {
                bearing.add(n);
            }
        }
        if (!alone.isEmpty()) {
            return alone;
        }
        return bearing.isEmpty() ? cited : bearing;
    }

    private static boolean sharesAFact(String sentence, Support.Evidence e) {
        return Support.numbers(sentence).stream().anyMatch(e.numbers()::contains)
                || Support.names(sentence).stream().anyMatch(name -> e.folded().contains(" " + name + " "));
    }

    private String withoutUnknownMarkers(String sentence) {
        Matcher m = MARKER.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            boolean known = n >= 1 && n <= sources.size();
            if (!known) {
                unknown.add(n);
            }
            m.appendReplacement(out, known ? m.group() : "");
        }
        m.appendTail(out);
        return out.toString().replaceAll(" +([.,;:!?…])", "$1").replaceAll(" {2,}", " ").strip();
    }

    /** {@code sentence} with "[n]" markers before its closing stop, as the reply's contract writes them. */
    private static String withMarkers(String sentence, Set<Integer> cited) {
        StringBuilder markers = new StringBuilder();
        cited.forEach(n -> markers.append('[').append(n).append(']'));
        Matcher stop = FINAL_STOP.matcher(sentence);
        return stop.find() ? sentence.substring(0, stop.start()) + " " + markers + stop.group()
                : sentence + " " + markers;
    }

    private Verdict renumbered(String text, int markup) {
        Map<Integer, Integer> newNumber = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = newNumber.computeIfAbsent(Integer.parseInt(m.group(1)), k -> newNumber.size() + 1);
            m.appendReplacement(out, "[" + n + "]");
        }
        m.appendTail(out);
        String numbered = MARKER_RUN.matcher(out).replaceAll(run -> ascending(run.group()));
        List<Citation> citations = new ArrayList<>();
        newNumber.forEach((old, n) -> citations.add(
                new Citation(n, sources.get(old), Quotes.of(sources.get(old), claimsBySource.get(old)))));
        int renumbered = newNumber.entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue())) ? 1 : 0;
        return new Verdict.Accepted(numbered, citations, repointed, dropped,
                markup + unknown.size() + dropped + repointed + renumbered);
    }

    /** "[2][1]" → "[1][2]". */
    private static String ascending(String run) {
        StringBuilder sorted = new StringBuilder();
        Answer.markers(run).forEach(n -> sorted.append('[').append(n).append(']'));
        return sorted.toString();
    }

    private static boolean isClaim(String sentence) {
        String s = sentence.strip();
        if (s.endsWith(":")) {
            return false;
        }
        return DIGIT.matcher(s).find() || s.split("\\s+").length >= MIN_CLAIM_WORDS;
    }

    private static boolean declines(String reply) {
        return DECLINES.matcher(" " + String.join(" ", VietnameseText.foldedWords(reply)) + " ").find();
    }

    /** {@code reply} without the reasoning some models put first; null counts as empty. */
    static String withoutThinking(String reply) {
        return reply == null ? "" : THINKING.matcher(reply).replaceAll("").strip();
    }

    /** "[1, 2]" → "[1][2]": one number per marker, as the contract counts them. */
    private static String expandLists(String text) {
        return MARKER_LIST.matcher(text).replaceAll(m -> "[" + m.group(1).replaceAll("\\s*[,;]\\s*", "][") + "]");
    }

    /** The verdict's statements that were changed, for the log: empty when the reply stood as written. */
    static Optional<String> changes(Verdict.Accepted a) {
        if (a.repointed() == 0 && a.dropped() == 0) {
            return Optional.empty();
        }
        return Optional.of(a.repointed() + " statement(s) re-pointed, " + a.dropped() + " dropped");
    }
}
