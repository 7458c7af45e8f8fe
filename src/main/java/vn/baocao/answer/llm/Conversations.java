package vn.baocao.answer.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.report.Require;

/**
 * The recent turns of each conversation, for reading follow-ups: a window of the last
 * {@link #MAX_MESSAGES} messages per conversation, and at most {@code capacity} conversations (the
 * least recently used is forgotten). Thread-safe.
 */
final class Conversations implements ChatMemoryProvider {
    /** Three questions and their answers: enough for "ông ấy", "hội nghị đó", "năm đó". */
    static final int MAX_MESSAGES = 6;

    private final Map<Object, ChatMemory> byId;

    Conversations(int capacity) {
        Require.that(capacity > 0, "capacity must be > 0, was " + capacity);
        this.byId = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, ChatMemory> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The memory of conversation {@code memoryId}, created empty on first use. */
    @Override
    public synchronized ChatMemory get(Object memoryId) {
        return byId.computeIfAbsent(memoryId, id -> MessageWindowChatMemory.builder().id(id)
                .maxMessages(MAX_MESSAGES).build());
    }

    /** The remembered turns of {@code conversationId}, oldest first. */
    synchronized List<ChatMessage> history(String conversationId) {
        ChatMemory memory = byId.get(conversationId);
        return memory == null ? List.of() : List.copyOf(memory.messages());
    }

    /** Remembers that {@code question} got {@code answer} in {@code conversationId}. */
    synchronized void remember(String conversationId, String question, String answer) {
        ChatMemory memory = get(conversationId);
        memory.add(UserMessage.from(question));
        memory.add(AiMessage.from(answer));
    }

    synchronized void forget(String conversationId) {
        byId.remove(conversationId);
    }
}
