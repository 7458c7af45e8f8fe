package vn.baocao.answer.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.input.PromptTemplate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.answer.Citation;
import vn.baocao.config.LlmSettings;
import vn.baocao.report.Passage;
import vn.baocao.report.Require;

/**
 * Has the configured chat model write from numbered report passages given to it — a summary's parts
 * ({@code prompts/summarize.txt}) and their merger ({@code prompts/combine.txt}) — and checks each reply
 * exactly as an answer's ({@link ReplyCheck}: every statement checked against the passage it cites,
 * re-pointed or dropped when that does not support it, renumbered 1..k, each citation quoting its passage). A failed call or a
 * rejected reply gives nothing and one log line saying why, never the key. Thread-safe.
 */
public final class SourcedWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SourcedWriter.class);

    /**
     * A checked text: "[n]" markers numbered 1..k in order of use, refer to {@code citations}.
     *
     * @param text      the text as the model wrote it, repaired
     * @param citations the passages it cites, numbered as its markers
     */
    public record Written(String text, List<Citation> citations) {
        public Written {
            Require.notBlank(text, "written text");
            citations = List.copyOf(citations);
        }
    }

    private final ChatModel model;
    private final String system;
    private final PromptTemplate summarize;
    private final PromptTemplate combine;

    private SourcedWriter(ChatModel model) {
        this.model = Require.notNull(model, "chat model");
        this.system = Prompts.text("system.txt");
        this.summarize = PromptTemplate.from(Prompts.text("summarize.txt"));
        this.combine = PromptTemplate.from(Prompts.text("combine.txt"));
    }

    /** A writer speaking to the model {@code settings} name (which must not be "none"). */
    public static SourcedWriter create(LlmSettings settings) {
        Require.that(settings.enabled(), "a model writer needs BAOCAO_LLM=openai or ollama");
        return new SourcedWriter(ChatModels.answering(settings));
    }

    /** What the model writes for {@code task} from {@code passages} (numbered 1..k as given), checked; empty on failure. */
    public Optional<Written> summarize(String task, List<Passage> passages) {
        Sources sources = Sources.numbered(passages);
        return ask(summarize.apply(Map.of("sources", sources.render(), "task", task)).text(), sources);
    }

    /**
     * The model's merger of {@code parts} (texts whose markers number {@code passages} as given) for
     * {@code task}, checked against all the passages; empty on failure.
     */
    public Optional<Written> combine(String task, List<String> parts, List<Passage> passages) {
        Sources sources = Sources.numbered(passages);
        String joined = String.join("\n\n", parts);
        return ask(combine.apply(Map.of("sources", sources.render(), "parts", joined, "task", task)).text(), sources);
    }

    private Optional<Written> ask(String user, Sources sources) {
        String reply;
        try {
            reply = model.chat(SystemMessage.from(system), UserMessage.from(user)).aiMessage().text();
        } catch (RuntimeException e) {
            notUsed(Failures.describe(e));
            return Optional.empty();
        }
        return switch (ReplyCheck.check(reply, sources)) {
            case ReplyCheck.Verdict.Accepted a -> Optional.of(new Written(a.text(), a.citations()));
            case ReplyCheck.Verdict.Declined d -> {
                notUsed("the model found nothing to write in the sources");
                yield Optional.empty();
            }
            case ReplyCheck.Verdict.Rejected r -> {
                notUsed(r.reason());
                yield Optional.empty();
            }
        };
    }

    private static void notUsed(String reason) {
        LOG.warn("language model not used for a summary ({}): the extractive summary is shown", reason);
    }
}
