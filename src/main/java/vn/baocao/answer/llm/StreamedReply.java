package vn.baocao.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply a streaming model writes, drafted as it comes: each time a sentence is complete, the reply so
 * far is checked as a whole reply would be ({@link ReplyCheck}) and, when what passes has grown, handed
 * to the draft. Nothing unchecked is ever drafted; a sentence still being written is never shown.
 */
final class StreamedReply implements StreamingChatResponseHandler {
    /** Where a sentence ends: its stop, the markers that follow it, then a space or a line's end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:[ \\t]*\\[\\d{1,3}])*(?=\\s)|\\n");

    private final Sources sources;
    private final Consumer<String> draft;
    private final StringBuilder written = new StringBuilder();
    private final CompletableFuture<String> done = new CompletableFuture<>();
    private int checkedUpTo;
    private String drafted = "";
    private volatile StreamingHandle handle;

    private StreamedReply(Sources sources, Consumer<String> draft) {
        this.sources = sources;
        this.draft = draft;
    }

    /**
     * The whole reply {@code model} writes to {@code messages}, drafting its checked text on the way;
     * throws when the call fails or takes longer than {@code timeout} in all.
     */
    static String write(StreamingChatModel model, List<ChatMessage> messages, Sources sources, Duration timeout,
                        Consumer<String> draft) {
        StreamedReply reply = new StreamedReply(sources, draft);
        ChatRequest request = ChatRequest.builder().messages(messages).build();
        // on a thread of its own: a client that streams on the calling thread would otherwise return only when the
        // reply is complete, however long it took, and the timeout would never be reached
        Thread.ofVirtual().name("streamed-reply").start(() -> {
            try {
                model.chat(request, reply);
            } catch (RuntimeException e) {
                reply.done.completeExceptionally(e);
            }
        });
        try {
            return reply.done.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            reply.stop();
            throw new TimeoutException("the streamed reply took longer than " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("streamed reply failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the model was writing", e);
        }
    }

    /** Keeps the handle of the stream, to stop it when the reply is over its time. */
    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        handle = context.streamingHandle();
        if (done.isDone()) {
            handle.cancel();
            return;
        }
        onPartialResponse(partial.text());
    }

    @Override
    public void onPartialResponse(String partial) {
        if (done.isDone() || partial == null) {
            return;
        }
        written.append(partial);
        Matcher end = SENTENCE_END.matcher(written);
        int last = -1;
        while (end.find()) {
            last = end.end();
        }
        if (last > checkedUpTo) {
            checkedUpTo = last;
            if (ReplyCheck.check(written.substring(0, last), sources) instanceof ReplyCheck.Verdict.Accepted a
                    && !a.text().equals(drafted)) {
                drafted = a.text();
                draft.accept(drafted);
            }
        }
    }

    /** Stops the stream: the reply took too long, and what comes after is not wanted. */
    private void stop() {
        done.cancel(false);
        StreamingHandle h = handle;
        if (h != null) {
            h.cancel();
        }
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        done.complete(response.aiMessage() == null || response.aiMessage().text() == null ? written.toString()
                : response.aiMessage().text());
    }

    @Override
    public void onError(Throwable error) {
        done.completeExceptionally(error);
    }
}
