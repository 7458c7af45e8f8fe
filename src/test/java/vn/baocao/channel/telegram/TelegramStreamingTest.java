package vn.baocao.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.answer.llm.LlmAnswerer;
import vn.baocao.channel.ManualTime;
import vn.baocao.channel.Redactor;
import vn.baocao.channel.Tuning;
import vn.baocao.channel.telegram.FakeBotApi.Call;
import vn.baocao.config.LlmSettings;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.Retriever;
import vn.baocao.summary.ExtractiveSummarizer;
import vn.baocao.summary.SummaryAnswerer;
import vn.baocao.summary.Summaries;
import vn.baocao.testing.FakeModelServer;
import vn.baocao.testing.SharedIndex;

/** An answer a model streams reaches Telegram as one message, drafted from checked sentences and edited into the final reply. */
class TelegramStreamingTest {
    private static final long USER = 502;
    private static final String QUESTION = "Ai chủ trì hội nghị tổng kết năm 2022?";
    private static final String CHAIRED = "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị [1].";
    private static final String GUIDED = "Thủ tướng Phạm Minh Chính dự và chỉ đạo hội nghị [1].";
    private static final ReportIndex index = SharedIndex.get();

    @Test
    void draftsTheCheckedAnswerInOneMessageAndEditsItIntoTheFinalReplyWithItsButtons() {
        try (FakeModelServer model = new FakeModelServer()) {
            model.then(FakeModelServer.streamed(CHAIRED + " Hội nghị có hơn 900 đại biểu tham dự [1].\n" + GUIDED, Duration.ZERO));
            Retriever retriever = new Retriever(index);
            LlmAnswerer llm = LlmAnswerer.create(new LlmSettings(LlmSettings.Provider.OPENAI, model.openAiUrl(), "m", "",
                    Duration.ofSeconds(10)), retriever, new ExtractiveAnswerer(retriever));
            // composed as the application composes it: summaries first, every other question to the model's composer
            Answerer answerer = new SummaryAnswerer(llm, new Summaries(retriever, new ExtractiveSummarizer(retriever)));
            try (BotHarness h = BotHarness.withAnswerer(index, answerer)) {
                h.api.push(h.api.text(USER, USER, QUESTION));
                Call edit = h.api.awaitCalls("editMessageText", c -> c.chatId() == USER, 1).getFirst();

                List<Call> sent = h.api.messagesTo(USER);
                assertThat(sent).hasSize(1);
                assertThat(TelegramHtml.plainText(sent.getFirst().text())).isEqualTo(CHAIRED + DraftMessage.WRITING);
                assertThat(edit.params().path("message_id").asInt()).isEqualTo(h.api.messageIdOf(sent.getFirst()));
                String shown = TelegramHtml.plainText(edit.text());
                assertThat(shown).startsWith(CHAIRED + "\n" + GUIDED + "\n\nNguồn:\n[1] ").doesNotContain("900");
                assertThat(edit.params().path("reply_markup").path("inline_keyboard").get(0).findValuesAsText("text"))
                        .containsExactly("📄 1");
                assertThat(model.requests().getFirst().body().get("stream").asBoolean()).isTrue();
            }
        }
    }

    @Test
    void replacesTheDraftWithTheFirstMessageOfALongReplyAndSendsTheRest() {
        ManualTime time = new ManualTime();
        try (FakeBotApi api = FakeBotApi.start(time::now)) {
            DraftMessage draft = new DraftMessage(sender(api, time), USER, false, null);

            draft.accept("Phần một.");
            draft.finish(new Outgoing(List.of("Phần một. Phần hai.", "Phần ba."), List.of()));

            assertThat(api.calls("sendMessage")).extracting(c -> TelegramHtml.plainText(c.text()))
                    .containsExactly("Phần một. …", "Phần ba.");
            assertThat(api.calls("editMessageText")).extracting(c -> TelegramHtml.plainText(c.text()))
                    .containsExactly("Phần một. Phần hai.");
        }
    }

    @Test
    void sendsTheReplyAsUsualWhenNothingWasDrafted() {
        ManualTime time = new ManualTime();
        try (FakeBotApi api = FakeBotApi.start(time::now)) {
            new DraftMessage(sender(api, time), USER, false, null).finish(Outgoing.text("Câu trả lời."));

            assertThat(api.calls("sendMessage")).extracting(c -> TelegramHtml.plainText(c.text())).containsExactly("Câu trả lời.");
            assertThat(api.calls("editMessageText")).isEmpty();
        }
    }

    private static Sender sender(FakeBotApi api, ManualTime time) {
        URI url = api.baseUrl();
        OkHttpTelegramClient client = new OkHttpTelegramClient(FakeBotApi.TOKEN,
                new TelegramUrl(url.getScheme(), url.getHost(), url.getPort(), false));
        return new Sender(client, Tuning.PRODUCTION.withTime(time), new Redactor(FakeBotApi.TOKEN));
    }

    @Test
    void editsTheDraftAtMostOnceASecond() {
        ManualTime time = new ManualTime();
        try (FakeBotApi api = FakeBotApi.start(time::now)) {
            DraftMessage draft = new DraftMessage(sender(api, time), USER, false, null);

            draft.accept("A.");
            time.sleep(Duration.ofMillis(400));
            draft.accept("A. B.");
            time.sleep(Duration.ofMillis(700));
            draft.accept("A. B. C.");
            time.sleep(Duration.ofMillis(300));
            draft.accept("A. B. C. D.");
            draft.finish(Outgoing.text("A. B. C. D. E."));

            assertThat(api.calls("sendMessage")).extracting(c -> TelegramHtml.plainText(c.text())).containsExactly("A. …");
            assertThat(api.calls("editMessageText")).extracting(c -> TelegramHtml.plainText(c.text()))
                    .containsExactly("A. B. C. …", "A. B. C. D. E.");
        }
    }
}
