package vn.baocao.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.List;
import vn.baocao.answer.ConversationMemory;

/**
 * LangChain4j's chat memory kept in a {@link ConversationMemory}: each conversation's messages as
 * LangChain4j's own JSON, so a conversation kept in a file outlives the process.
 */
final class KeptTurns implements ChatMemoryStore {
    private final ConversationMemory memory;

    KeptTurns(ConversationMemory memory) {
        this.memory = memory;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return memory.read(memoryId.toString()).map(ChatMessageDeserializer::messagesFromJson).orElse(List.of());
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        memory.write(memoryId.toString(), ChatMessageSerializer.messagesToJson(messages));
    }

    @Override
    public void deleteMessages(Object memoryId) {
        memory.delete(memoryId.toString());
    }
}
