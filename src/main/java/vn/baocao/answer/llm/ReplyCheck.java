package vn.baocao.answer.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.Citation;
import vn.baocao.text.Sentences;

/**
 * Checks a model's reply against the sources it was given, and repairs what can be repaired.
 *
 * <p>Rejected: an empty reply; one not in Vietnamese; one that cites none of the sources (markers of
 * sources that were not given do not count); one where most statements cite nothing; one that states
 * a number its cited sources do not contain. Repaired: markers of sources that were not given are
 * dropped ("[7]" of 3 sources); a statement after the last marker of its line is dropped, since nothing
 * supports it (a statement before a marker is taken to share it, as models cite at the end of a run of
 * sentences); the markers left are renumbered 1..k in order of first use, and each citation quotes the
 * sentence of its passage closest to what the reply says with it.
 */
final class ReplyCheck {
    /** A statement shorter than this and without a digit is a connective ("Cụ thể như sau."), not a claim. */
    static final int MIN_CLAIM_WORDS = 4;
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern MARKER_LIST = Pattern.compile("\\[(\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})+)]");
    private static final Pattern MARKERS_AFTER_STOP = Pattern.compile("([.!?…])[ \\t]*((?:\\[\\d{1,3}])+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Reasoning models served by Ollama or llama.cpp may put their thoughts before the answer. */
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");

    /** The outcome: an accepted text with its citations, or the reason the reply cannot be shown. */
    sealed interface Verdict {
        /** The reply to show: markers numbered 1..k, one citation each; {@code repairs} counts what was changed. */
        record Accepted(String text, List<Citation> citations, int repairs) implements Verdict {
        }

        /** The reply is not shown; {@code reason} says why, for the log. */
        record Rejected(String reason) implements Verdict {
        }
    }

    private final Sources sources;
    private final Set<Integer> unknown = new TreeSet<>();
    private final Map<Integer, List<String>> claimsBySource = new LinkedHashMap<>();
    private int dropped;
    private int kept;
    private String unsupportedNumber;

    private ReplyCheck(Sources sources) {
        this.sources = sources;
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
        return new ReplyCheck(sources).verdict(reply.strip());
    }

    private Verdict verdict(String reply) {
        String tidy = MARKERS_AFTER_STOP.matcher(expandLists(reply)).replaceAll(" $2$1");
        List<String> lines = new ArrayList<>();
        for (String line : tidy.split("\\R")) {
            String checked = checkLine(line.strip());
            if (!checked.isEmpty()) {
                lines.add(checked);
            }
        }
        if (unsupportedNumber != null) {
            return new Verdict.Rejected("reply states " + unsupportedNumber + ", which its cited sources do not contain");
        }
        if (claimsBySource.isEmpty()) {
            return new Verdict.Rejected(unknown.isEmpty() ? "reply cites no source"
                    : "reply cites only sources that were not given " + unknown);
        }
        if (dropped > kept) {
            return new Verdict.Rejected("most statements of the reply cite no source");
        }
        return renumbered(String.join("\n", lines));
    }

    /**
     * The line with unknown markers removed and its unsupported trailing statements dropped; records
     * which statements cite which source.
     */
    private String checkLine(String line) {
        List<String> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String sentence : Sentences.split(line)) {
            String s = withoutUnknownMarkers(sentence);
            Set<Integer> cited = markers(s);
            pending.add(s);
            if (!cited.isEmpty()) {
                claimed(pending, cited);
                out.addAll(pending);
                pending.clear();
            }
        }
        for (String s : pending) {
            if (isClaim(s)) {
                dropped++;
            } else {
                out.add(s);
            }
        }
        return String.join(" ", out);
    }

    private void claimed(List<String> run, Set<Integer> cited) {
        StringBuilder support = new StringBuilder();
        for (int n : cited) {
            support.append(sources.render(n)).append('\n');
        }
        Set<String> known = numbers(support.toString());
        for (String s : run) {
            kept += isClaim(s) ? 1 : 0;
            String unmarked = MARKER.matcher(s).replaceAll(" ");
            for (String number : numbers(unmarked)) {
                if (!known.contains(number) && unsupportedNumber == null) {
                    unsupportedNumber = number;
                }
            }
            for (int n : cited) {
                claimsBySource.computeIfAbsent(n, k -> new ArrayList<>()).add(unmarked);
            }
        }
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

    private Verdict renumbered(String text) {
        Map<Integer, Integer> newNumber = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = newNumber.computeIfAbsent(Integer.parseInt(m.group(1)), k -> newNumber.size() + 1);
            m.appendReplacement(out, "[" + n + "]");
        }
        m.appendTail(out);
        List<Citation> citations = new ArrayList<>();
        newNumber.forEach((old, n) -> citations.add(
                new Citation(n, sources.get(old), Quotes.of(sources.get(old), claimsBySource.get(old)))));
        int renumbered = newNumber.entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue())) ? 1 : 0;
        return new Verdict.Accepted(out.toString(), citations, unknown.size() + dropped + renumbered);
    }

    private static boolean isClaim(String sentence) {
        String s = MARKER.matcher(sentence).replaceAll("").strip();
        if (s.endsWith(":")) {
            return false;
        }
        return DIGIT.matcher(s).find() || s.split("\\s+").length >= MIN_CLAIM_WORDS;
    }

    /** {@code reply} without the reasoning some models put first; null counts as empty. */
    static String withoutThinking(String reply) {
        return reply == null ? "" : THINKING.matcher(reply).replaceAll("").strip();
    }

    /** "[1, 2]" → "[1][2]": one number per marker, as the contract counts them. */
    private static String expandLists(String text) {
        return MARKER_LIST.matcher(text).replaceAll(m -> "[" + m.group(1).replaceAll("\\s*[,;]\\s*", "][") + "]");
    }

    private static Set<Integer> markers(String text) {
        Set<Integer> found = new TreeSet<>();
        MARKER.matcher(text).results().forEach(r -> found.add(Integer.parseInt(r.group(1))));
        return found;
    }

    /** The numbers in {@code text}, leading zeros dropped ("05" and "5" are one day). */
    private static Set<String> numbers(String text) {
        Set<String> found = new TreeSet<>();
        NUMBER.matcher(text).results().forEach(r -> found.add(r.group().replaceFirst("^0+(?=\\d)", "")));
        return found;
    }
}
