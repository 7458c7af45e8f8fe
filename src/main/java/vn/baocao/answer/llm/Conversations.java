package vn.baocao.answer.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.List;
import vn.baocao.answer.ConversationMemory;
import vn.baocao.report.Require;

/**
 * The recent turns of each conversation, for reading follow-ups: a window of the last
 * {@link #MAX_MESSAGES} messages per conversation, kept in a {@link ConversationMemory} (which bounds how
 * many conversations are kept, and may outlive the process). Thread-safe.
 */
final class Conversations implements ChatMemoryProvider {
    /** Three questions and their answers: enough for "ông ấy", "hội nghị đó", "năm đó". */
    static final int MAX_MESSAGES = 6;

    private final ChatMemoryStore store;

    Conversations(ConversationMemory memory) {
        this.store = new KeptTurns(Require.notNull(memory, "conversation memory"));
    }

    /** The memory of conversation {@code memoryId}, empty until something is remembered. */
    @Override
    public ChatMemory get(Object memoryId) {
        return MessageWindowChatMemory.builder().id(memoryId).maxMessages(MAX_MESSAGES).chatMemoryStore(store).build();
    }

    /** The remembered turns of {@code conversationId}, oldest first. */
    synchronized List<ChatMessage> history(String conversationId) {
        return List.copyOf(get(conversationId).messages());
    }

    /** Remembers that {@code question} got {@code answer} in {@code conversationId}. */
    synchronized void remember(String conversationId, String question, String answer) {
        ChatMemory memory = get(conversationId);
        memory.add(UserMessage.from(question));
        memory.add(AiMessage.from(answer));
    }

    synchronized void forget(String conversationId) {
        get(conversationId).clear();
    }
}
