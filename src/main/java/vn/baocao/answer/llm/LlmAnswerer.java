package vn.baocao.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.ConversationMemory;
import vn.baocao.answer.Refusal;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.config.LlmSettings;
import vn.baocao.report.Passage;
import vn.baocao.report.Require;
import vn.baocao.search.Intent;
import vn.baocao.search.PassageHit;
import vn.baocao.search.Retriever;

/**
 * The LangChain4j composer: a chat model writes the answer from numbered report passages, and every
 * sentence of its reply is checked against the passage it cites ({@link ReplyCheck}) before it is shown;
 * whenever the model cannot be used, the user gets the extractive answer and the log says why, once,
 * without the API key.
 *
 * <p>Per question: the extractive composer answers first. When it refuses for a reason no evidence can
 * change — the question names what no report has, takes for granted what no passage says, or is no
 * question — that refusal is the answer and the model is not asked at all, not even to rewrite a
 * follow-up. Otherwise (it answered, or found no passage that says what is asked) a follow-up is
 * rewritten into a full question from the conversation's recent turns ({@code prompts/condense.txt},
 * LangChain4j's {@link CompressingQueryTransformer}), a candidate that {@link RewriteCheck} may turn
 * down, and the model gets the system prompt ({@code prompts/system.txt}) and the excerpts of the
 * retrieved passages ({@link Sources}) with the question ({@code prompts/answer.txt}). When it says the
 * sources do not cover the question, or nothing it wrote is supported, the extractive answer stands —
 * for a question it refused, its named reason.
 *
 * <p>The retrieval-augmentation steps are assembled here rather than by a {@code DefaultRetrievalAugmentor}:
 * the gate needs the extractive reading before anything is sent, and the citations need the passages
 * themselves in the order the model saw them numbered, which a {@code Content} carries only as copied
 * metadata. Thread-safe.
 */
public final class LlmAnswerer implements Answerer {
    static final String COMPOSER = "llm";
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final int MAX_CONVERSATIONS = 10_000;
    /** The refusals evidence may overturn: the reports have the subject, and the model may find it said in other words. */
    private static final Set<Refusal.Reason> OPEN_TO_THE_MODEL = EnumSet.of(Refusal.Reason.NO_EVIDENCE);
    /** Markers are dropped from remembered answers: they refer to sources of an earlier turn. */
    private static final Pattern MARKERS = Pattern.compile("\\s*\\[\\d{1,3}]");
    private static final Pattern LABEL = Pattern.compile("^(?iu)(câu hỏi( mới| đã viết lại)?|question)\\s*:\\s*");

    private final ChatModel model;
    private final StreamingChatModel streaming;
    private final Duration timeout;
    private final Retriever retriever;
    private final Answerer extractive;
    private final Prompts prompts;
    private final CompressingQueryTransformer condenser;
    private final Conversations conversations;
    /** Model replies not used (a failed call, a reply the checks rejected), for the HTTP server's metrics. */
    private final LongAdder fallbacks = new LongAdder();

    private LlmAnswerer(ChatModel model, ChatModel rewriter, StreamingChatModel streaming, Duration timeout,
            Retriever retriever, Answerer extractive, Prompts prompts, ConversationMemory memory) {
        this.model = Require.notNull(model, "chat model");
        this.streaming = Require.notNull(streaming, "streaming chat model");
        this.timeout = Require.notNull(timeout, "timeout");
        this.retriever = Require.notNull(retriever, "retriever");
        this.extractive = Require.notNull(extractive, "extractive answerer");
        this.prompts = Require.notNull(prompts, "prompts");
        this.condenser = new CompressingQueryTransformer(Require.notNull(rewriter, "rewriting model"), prompts.condense());
        this.conversations = new Conversations(memory);
    }

    /**
     * A composer speaking to the model {@code settings} name (which must not be "none"), over
     * {@code retriever}, falling back to {@code extractive}.
     */
    public static LlmAnswerer create(LlmSettings settings, Retriever retriever, Answerer extractive) {
        return create(settings, retriever, extractive, ConversationMemory.inProcess(MAX_CONVERSATIONS));
    }

    /**
     * A composer speaking to the model {@code settings} name (which must not be "none"), over
     * {@code retriever}, falling back to {@code extractive}, that keeps each conversation's recent turns
     * in {@code memory}.
     */
    public static LlmAnswerer create(LlmSettings settings, Retriever retriever, Answerer extractive,
            ConversationMemory memory) {
        Require.that(settings.enabled(), "an LLM composer needs BAOCAO_LLM=openai or ollama");
        return new LlmAnswerer(ChatModels.answering(settings), ChatModels.rewriting(settings), ChatModels.streaming(settings),
                settings.timeout(), retriever, extractive, Prompts.bundled(), memory);
    }

    /** A question outside any conversation: nothing to read it against, nothing remembered. */
    @Override
    public Answer answer(String question) {
        return answer(null, question);
    }

    @Override
    public Answer answer(String conversationId, String question) {
        return answer(conversationId, question, null);
    }

    /** As {@link #answer(String, String)}; with a streaming model, {@code draft} gets the checked text as it is written. */
    @Override
    public Answer answer(String conversationId, String question, Consumer<String> draft) {
        String asked = question == null ? "" : question.strip();
        Answer extracted = extractive.answer(asked);
        if (extracted.kind() == AnswerKind.CREDITS) {
            return fromCredits(conversationId, asked, extracted, asked);
        }
        if (settled(extracted)) {
            LOG.debug("{}refused ({}) without asking the model", chat(conversationId), extracted.refusal().reason().code());
            remember(conversationId, asked, extracted);
            return extracted;
        }
        Optional<String> standalone = standalone(conversationId, asked);
        if (standalone.isEmpty()) {
            remember(conversationId, asked, extracted);
            return extracted;
        }
        String read = standalone.get();
        if (!read.equals(asked)) {
            Answer rewritten = extractive.answer(read);
            if (rewritten.kind() == AnswerKind.CREDITS) {
                return fromCredits(conversationId, read, rewritten, asked);
            }
            if (settled(rewritten)) {
                LOG.info("{}the model's rewrite \"{}\" is refused ({}): answering \"{}\" as read against the conversation",
                        chat(conversationId), read, rewritten.refusal().reason().code(), asked);
                read = asked;
            } else {
                extracted = rewritten;
            }
        }
        Answer answer = composed(conversationId, read, extracted, draft).orElse(extracted);
        remember(conversationId, read, answer);
        return asked(answer, asked);
    }

    /**
     * {@code answer}, the credits of a report read for {@code read}, as the reply to {@code asked}: who wrote,
     * published or photographed a report is its metadata, and the model is shown passages only.
     */
    private Answer fromCredits(String conversationId, String read, Answer answer, String asked) {
        LOG.debug("{}answered from a report's credits without asking the model", chat(conversationId));
        remember(conversationId, read, answer);
        return asked(answer, asked);
    }

    /** True when {@code extracted} refuses for a reason no passage can change: the model is not asked. */
    private static boolean settled(Answer extracted) {
        return extracted.abstained() && !OPEN_TO_THE_MODEL.contains(extracted.refusal().reason());
    }

    private void remember(String conversationId, String question, Answer answer) {
        if (conversationId != null && (answer.refusal() == null || !answer.refusal().isAboutTheInput())) {
            conversations.remember(conversationId, question, MARKERS.matcher(answer.text()).replaceAll(""));
        }
    }

    @Override
    public void forget(String conversationId) {
        conversations.forget(conversationId);
    }

    /**
     * The question to answer: {@code asked} itself outside a conversation or at its start, else as the
     * model rewrites it from the recent turns; empty when that call fails (already logged).
     */
    private Optional<String> standalone(String conversationId, String asked) {
        List<ChatMessage> history = conversationId == null ? List.of() : conversations.history(conversationId);
        if (history.isEmpty()) {
            return Optional.of(asked);
        }
        try {
            Query query = Query.from(asked, Metadata.from(UserMessage.from(asked), conversationId, history));
            String rewritten = condenser.transform(query).iterator().next().text();
            return Optional.of(cleaned(rewritten).map(candidate -> checked(conversationId, asked, candidate)).orElse(asked));
        } catch (RuntimeException e) {
            notUsed(conversationId, Failures.describe(e));
            return Optional.empty();
        }
    }

    /**
     * The model's rewrite {@code candidate} of {@code asked} when it passes {@link RewriteCheck}, else
     * {@code asked} as the chat read it; the log says which, and why.
     */
    private String checked(String conversationId, String asked, String candidate) {
        Optional<String> rejection = RewriteCheck.rejection(retriever.parse(asked), candidate, retriever.parse(candidate));
        if (rejection.isPresent()) {
            LOG.info("{}the model's rewrite \"{}\" is not used ({}): answering \"{}\" as read against the conversation",
                    chat(conversationId), candidate, rejection.get(), asked);
            return asked;
        }
        LOG.debug("{}answering the model's rewrite \"{}\" of \"{}\"", chat(conversationId), candidate, asked);
        return candidate;
    }

    /**
     * The model's answer to {@code question} from the retrieved passages, if it replied, found the answer
     * in them and the reply passed {@link ReplyCheck}; {@code extracted} is what the extractive composer
     * said, whose cited passages come first.
     */
    private Optional<Answer> composed(String conversationId, String question, Answer extracted, Consumer<String> draft) {
        Intent intent = retriever.parse(question);
        List<Passage> retrieved = retriever.retrieve(intent, Sources.MAX).stream().map(PassageHit::passage).toList();
        if (retrieved.isEmpty() && extracted.citations().isEmpty()) {
            return Optional.empty();
        }
        Sources sources = Sources.of(extracted, retrieved, AskedWords.of(intent), retriever);
        String reply;
        try {
            List<ChatMessage> messages = List.of(SystemMessage.from(prompts.system()), UserMessage.from(prompt(sources, question)));
            reply = draft == null ? model.chat(messages).aiMessage().text()
                    : StreamedReply.write(streaming, messages, sources, timeout, draft);
        } catch (RuntimeException e) {
            notUsed(conversationId, Failures.describe(e));
            return Optional.empty();
        }
        return switch (ReplyCheck.check(reply, sources)) {
            case ReplyCheck.Verdict.Accepted a when AskedFor.missing(intent.form(), a.text()).isPresent() -> {
                LOG.info("{}the model's reply does not give what is asked ({}): {}", chat(conversationId),
                        AskedFor.missing(intent.form(), a.text()).get(), extracted.abstained()
                                ? "the refusal (" + extracted.refusal().reason().code() + ") stands" : "the extractive answer stands");
                yield Optional.empty();
            }
            case ReplyCheck.Verdict.Accepted a -> {
                ReplyCheck.changes(a).ifPresent(c -> LOG.info("{}checked the model's reply: {}", chat(conversationId), c));
                AnswerKind kind = extracted.abstained() ? AnswerKind.ANSWER : extracted.kind();
                yield Optional.of(Answer.of(question, a.text(), a.citations(), kind, COMPOSER));
            }
            case ReplyCheck.Verdict.Declined d -> {
                LOG.info("{}the model found no answer in the sources: {}", chat(conversationId),
                        extracted.abstained() ? "the refusal (" + extracted.refusal().reason().code() + ") stands"
                                : "the extractive answer stands");
                yield Optional.empty();
            }
            case ReplyCheck.Verdict.Rejected r -> {
                notUsed(conversationId, r.reason());
                yield Optional.empty();
            }
        };
    }

    /** The user message for {@code question} from {@code sources}: what the model reads besides the system prompt. */
    private String prompt(Sources sources, String question) {
        return prompts.answer().apply(Map.of("sources", sources.render(), "question", question)).text();
    }

    /**
     * The first line of a rewritten question, without a label or quotes the model may add; empty when
     * nothing usable is left.
     */
    private static Optional<String> cleaned(String rewritten) {
        String line = ReplyCheck.withoutThinking(rewritten).lines().findFirst().orElse("");
        String q = LABEL.matcher(line).replaceFirst("").replaceAll("^[\"“'«]+|[\"”'»]+$", "").strip();
        return q.isEmpty() || q.length() > ExtractiveAnswerer.MAX_QUESTION_CHARS ? Optional.empty() : Optional.of(q);
    }

    /**
     * How many times, since this composer was made, the model was asked and its reply not used — the call
     * failed or the reply failed the checks — so the extractive answer was given instead. A reply that says
     * the sources do not cover the question is no fallback.
     */
    public long fallbacks() {
        return fallbacks.sum();
    }

    private void notUsed(String conversationId, String reason) {
        fallbacks.increment();
        LOG.warn("{}language model not used ({}): answering with the extractive composer", chat(conversationId), reason);
    }

    private static String chat(String conversationId) {
        return conversationId == null ? "" : "chat " + conversationId + ": ";
    }

    /** {@code answer} as the answer to {@code question} as the user asked it. */
    private static Answer asked(Answer answer, String question) {
        return answer.question().equals(question) ? answer
                : new Answer(question, answer.text(), answer.citations(), answer.kind(), answer.refusal(), answer.composer(),
                answer.next());
    }
}
