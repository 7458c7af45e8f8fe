package vn.baocao.answer;

import java.util.List;
import vn.baocao.report.Require;

/** What a route makes of a question: an answer, a refusal for a reason, or nothing (the next route's turn). */
public sealed interface Outcome {
    /** The route has nothing to say: the next route in the order tries. */
    Outcome PASS = new Pass();

    /** An answer: text whose "[n]" markers refer to {@code citations}, and what kind of answer it is. */
    record Answered(String text, List<Citation> citations, AnswerKind kind) implements Outcome {
        public Answered {
            Require.notBlank(text, "answer text");
            Require.that(kind != AnswerKind.REFUSAL, "an answer is not a refusal");
            citations = List.copyOf(citations);
        }
    }

    /** A refusal, for a reason the user is told. */
    record Refused(Refusal refusal) implements Outcome {
        public Refused {
            Require.notNull(refusal, "refusal");
        }

        /** A refusal for {@code reason}, telling the user {@code message}. */
        public static Refused of(Refusal.Reason reason, String message) {
            return new Refused(new Refusal(reason, message));
        }
    }

    /** No outcome: see {@link #PASS}. */
    record Pass() implements Outcome {
    }

    /**
     * The outcomes of the parts of a question asked at once, as one: the answers one after another (a
     * part refused says why in its place), their citations numbered anew, a passage cited by two parts
     * cited once; the first refusal when no part is answered.
     */
    static Outcome joined(List<Outcome> parts) {
        Require.that(!parts.isEmpty(), "a joined outcome needs parts");
        if (parts.stream().noneMatch(p -> p instanceof Answered)) {
            return parts.stream().filter(p -> p instanceof Refused).findFirst().orElse(PASS);
        }
        java.util.Map<String, Integer> numbers = new java.util.LinkedHashMap<>();
        java.util.Map<String, Citation> cited = new java.util.LinkedHashMap<>();
        List<String> texts = new java.util.ArrayList<>();
        for (Outcome part : parts) {
            switch (part) {
                case Answered a -> {
                    java.util.Map<Integer, Integer> renumbered = new java.util.HashMap<>();
                    for (Citation c : a.citations()) {
                        String key = c.passage().key();
                        int n = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
                        renumbered.put(c.n(), n);
                        Citation before = cited.get(key);
                        cited.put(key, new Citation(n, c.passage(), before == null || before.quote().contains(c.quote())
                                ? c.quote() : before.quote() + " … " + c.quote()));
                    }
                    texts.add(java.util.regex.Pattern.compile("\\[(\\d{1,3})]").matcher(a.text())
                            .replaceAll(m -> "[" + renumbered.get(Integer.parseInt(m.group(1))) + "]"));
                }
                case Refused r -> texts.add(r.refusal().message());
                case Pass p -> {
                }
            }
        }
        List<Citation> citations = cited.values().stream().sorted(java.util.Comparator.comparingInt(Citation::n)).toList();
        return new Answered(String.join("\n\n", texts), citations, AnswerKind.LIST);
    }

    /** This outcome as the answer to {@code question} by {@code composer}; a pass has none. */
    default Answer toAnswer(String question, String composer) {
        return switch (this) {
            case Answered a -> Answer.of(question, a.text(), a.citations(), a.kind(), composer);
            case Refused r -> Answer.refused(question, r.refusal(), composer);
            case Pass p -> throw new IllegalStateException("no route answered \"" + question + "\"");
        };
    }
}
