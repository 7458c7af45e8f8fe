package vn.baocao.channel.http;

import java.util.function.Function;
import java.util.function.LongSupplier;
import vn.baocao.answer.Answer;
import vn.baocao.channel.DocumentIntake;
import vn.baocao.chat.ChatService;
import vn.baocao.report.Require;

/**
 * What the server serves, built by the application.
 *
 * @param chat         the conversation every channel serves; the server's conversations are its chats
 * @param reports      the index as the API lists it
 * @param summaries    the cited summary of a target ("tổng kết 2022", a person, a year, a report id)
 * @param uploads      where the admin's uploads go, with the same checks as Telegram's
 * @param llmFallbacks how many times the model's reply was not used, for {@code /metrics} (0 without a model)
 */
public record Services(ChatService chat, Reports reports, Function<String, Answer> summaries, DocumentIntake uploads,
                       LongSupplier llmFallbacks) {
    public Services {
        Require.notNull(chat, "chat service");
        Require.notNull(reports, "reports");
        Require.notNull(summaries, "summaries");
        Require.notNull(uploads, "uploads");
        Require.notNull(llmFallbacks, "LLM fallback count");
    }
}
