package vn.baocao.eval;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.Citation;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.answer.llm.LlmAnswerer;
import vn.baocao.config.LlmSettings;
import vn.baocao.chat.ChatService;
import vn.baocao.chat.PlainText;
import vn.baocao.chat.Reply;
import vn.baocao.chat.Sessions;
import vn.baocao.index.ReportIndex;
import vn.baocao.ingest.Ingestor;
import vn.baocao.ingest.ReportParser;
import vn.baocao.search.Retriever;
import vn.baocao.summary.ExtractiveSummarizer;
import vn.baocao.summary.Summaries;
import vn.baocao.summary.SummaryAnswerer;

/**
 * Scores a {@link ConversationSet} once: the bundled samples ingested into a new index, each
 * conversation typed turn by turn into its own chat of the console's chat service (the offline composer
 * with summaries).
 *
 * @param results one per turn, in the set's order
 */
record ConversationScore(List<Result> results) {

    /** How one turn went: the reply as the user reads it, and whether it was fully right. */
    record Result(ConversationSet.Turn turn, Reply reply, String shown, boolean right) {
    }

    /** Ingests the samples into an index under {@code work}, plays every conversation, and closes the index. */
    static ConversationScore of(ConversationSet set, Path work) {
        return of(set, work, null);
    }

    /**
     * As {@link #of(ConversationSet, Path)}, on the model path when {@code modelUrl} is an OpenAI-compatible
     * server's base URL, the offline one when it is null.
     */
    static ConversationScore of(ConversationSet set, Path work, String modelUrl) {
        try (ReportIndex index = ReportIndex.open(work.resolve("index"))) {
            new Ingestor(new ReportParser(), index).ingestSamples();
            Retriever retriever = new Retriever(index);
            Answerer extractive = new ExtractiveAnswerer(retriever);
            Answerer composer = modelUrl == null ? extractive : LlmAnswerer.create(new LlmSettings(
                    LlmSettings.Provider.OPENAI, modelUrl, "test-model", "sk-test", Duration.ofSeconds(10)), retriever, extractive);
            Answerer answerer = new SummaryAnswerer(composer,
                    new Summaries(retriever, new ExtractiveSummarizer(retriever)));
            ChatService chat = new ChatService(answerer, retriever::parse, index::meetings,
                    new Sessions(1000, Duration.ofHours(1), Clock.systemUTC()), Clock.systemUTC());
            List<Result> results = new ArrayList<>();
            for (ConversationSet.Turn turn : set.turns()) {
                Reply reply = chat.handle(turn.conversation(), turn.question());
                results.add(new Result(turn, reply, PlainText.format(reply), isRight(turn, reply)));
            }
            return new ConversationScore(List.copyOf(results));
        }
    }

    /**
     * True when {@code reply} is fully right for {@code turn}: a turn to refuse gets a refusal; any other
     * gets a cited answer, or a source shown in full, that says every fact group.
     */
    static boolean isRight(ConversationSet.Turn turn, Reply reply) {
        if (turn.mustRefuse()) {
            return reply instanceof Reply.Answered a && a.answer().abstained();
        }
        return switch (reply) {
            case Reply.Answered a -> !a.answer().abstained() && !a.answer().citations().isEmpty()
                    && says(turn, said(a.answer()));
            case Reply.Source s -> says(turn, PlainText.format(s));
            case Reply.Message m -> false;
        };
    }

    private static String said(Answer answer) {
        StringBuilder said = new StringBuilder(PlainText.answer(answer, false));
        answer.citations().stream().map(Citation::quote).forEach(q -> said.append(" \n ").append(q));
        return said.toString();
    }

    private static boolean says(ConversationSet.Turn turn, String text) {
        String said = BlindSet.comparable(text);
        return turn.facts().stream().allMatch(group -> group.stream().anyMatch(fact -> BlindSet.says(said, fact)));
    }

    double share(Predicate<ConversationSet.Turn> among) {
        long n = count(among);
        return n == 0 ? 0 : (double) right(among) / n;
    }

    long right(Predicate<ConversationSet.Turn> among) {
        return results.stream().filter(r -> among.test(r.turn()) && r.right()).count();
    }

    long count(Predicate<ConversationSet.Turn> among) {
        return results.stream().filter(r -> among.test(r.turn())).count();
    }

    /** The conversations in which every turn was right, over all conversations. */
    long[] conversationsRight() {
        Map<String, Boolean> all = new LinkedHashMap<>();
        results.forEach(r -> all.merge(r.turn().conversation(), r.right(), Boolean::logicalAnd));
        return new long[] {all.values().stream().filter(b -> b).count(), all.size()};
    }

    /** The share of the turns after the first of their conversation that start a new topic and were right. */
    Predicate<ConversationSet.Turn> newTopicMidway() {
        List<ConversationSet.Turn> midway = new ArrayList<>();
        String last = "";
        for (Result r : results) {
            if (r.turn().kind().equals("new") && r.turn().conversation().equals(last)) {
                midway.add(r.turn());
            }
            last = r.turn().conversation();
        }
        return midway::contains;
    }

    /** The figures as a table: turns and conversations right, per kind, per style, and every miss. */
    String report(String name) {
        StringBuilder out = new StringBuilder();
        long[] conversations = conversationsRight();
        out.append(String.format("conversation set %s: %d turns in %d conversations (%d to refuse)%n", name,
                results.size(), conversations[1], count(ConversationSet.Turn::mustRefuse)));
        out.append(String.format("  turns right            %3d/%d  %5.1f%%%n", right(t -> true), results.size(),
                100 * share(t -> true)));
        out.append(String.format("  conversations right    %3d/%d  %5.1f%%  (every turn right)%n", conversations[0],
                conversations[1], 100.0 * conversations[0] / conversations[1]));
        out.append(row("answerable", t -> !t.mustRefuse()));
        out.append(row("must refuse", ConversationSet.Turn::mustRefuse));
        out.append(row("new topic midway", newTopicMidway()));
        out.append("  by kind:\n");
        Map<String, Boolean> kinds = new TreeMap<>();
        results.forEach(r -> kinds.put(r.turn().kind(), true));
        kinds.keySet().forEach(kind -> out.append(row(kind, t -> t.kind().equals(kind))));
        out.append("  by style:\n");
        out.append(row("accented", t -> !t.accentless()));
        out.append(row("accentless", t -> t.accentless() && !t.tags().contains("english")));
        for (String tag : List.of("abbrev", "english", "typo", "telegraphic")) {
            out.append(row(tag, t -> t.tags().contains(tag)));
        }
        out.append("  misses:\n");
        results.stream().filter(r -> !r.right()).forEach(r -> out.append(String.format(
                "  %4d %s [%s%s] %s%n         read as: %s%n         → %s%n", r.turn().line(), r.turn().conversation(),
                r.turn().kind(), r.turn().mustRefuse() ? ":" + r.turn().refusal() : "", r.turn().question(),
                r.turn().readAs(), oneLine(r.shown()))));
        return out.toString();
    }

    private String row(String label, Predicate<ConversationSet.Turn> among) {
        long n = count(among);
        return n == 0 ? "" : String.format("    %-18s %3d/%-3d %5.1f%%%n", label, right(among), n, 100 * share(among));
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s*\\R+\\s*", " ");
        return Boolean.getBoolean("blind.whole") || line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
