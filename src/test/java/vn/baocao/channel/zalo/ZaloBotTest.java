package vn.baocao.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.baocao.store.ConversationStore;
import vn.baocao.search.Retriever;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import org.junit.jupiter.api.io.TempDir;
import java.time.Clock;
import java.nio.file.Path;
import vn.baocao.answer.Answer;
import vn.baocao.channel.BotException;
import vn.baocao.channel.ChannelTexts;
import vn.baocao.channel.Chats;
import vn.baocao.testing.SharedIndex;
import vn.baocao.channel.Tuning;
import vn.baocao.channel.telegram.LongAnswers;
import vn.baocao.channel.zalo.FakeZaloApi.Call;
import vn.baocao.chat.PlainText;
import vn.baocao.chat.Reply;
import vn.baocao.config.SettingValues;
import vn.baocao.config.ZaloSettings;
import vn.baocao.index.ReportIndex;

/** The Zalo bot end to end: its own HTTP client against {@link FakeZaloApi}, answers over the sample reports. */
class ZaloBotTest {
    private static final String USER = "e4ea2cd5189df1c3a88c";
    private static final String QUESTION = "Ai chủ trì hội nghị tổng kết năm 2022?";
    private static final String WHEN_2022 = "Hội nghị tổng kết năm 2022 diễn ra ngày nào?";
    private static final String WHEN_2024 = "Hội nghị tổng kết năm 2024 diễn ra ngày nào?";

    private static final ReportIndex index = SharedIndex.get();

    @Test
    void startsByCheckingTheTokenThenLongPollsWithItsTimeoutAsAString() {
        try (ZaloHarness h = ZaloHarness.start(index)) {
            assertThat(h.bot().name()).isEqualTo(FakeZaloApi.BOT_NAME);
            assertThat(h.api.calls("getMe")).hasSize(1);
            assertThat(h.api.calls("deleteWebhook")).as("a webhook left set would stop getUpdates").hasSize(1);
            Call poll = h.api.awaitCalls("getUpdates", c -> true, 1).get(0);
            assertThat(poll.params().path("timeout").isTextual()).isTrue();
            assertThat(poll.params().path("timeout").asText()).isEqualTo("1");
        }
    }

    @Test
    void answersAQuestionWithTheConsolesAnswerAndNumberedSourcesWhileTyping() {
        try (ZaloHarness h = ZaloHarness.start(index)) {
            h.api.push(h.api.text(USER, USER, QUESTION));
            String reply = h.api.awaitMessages(USER, 1).get(0).text();

            assertThat(reply).isEqualTo(PlainText.format(new Reply.Answered(console(QUESTION))));
            assertThat(reply).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị tổng kết")
                    .contains("\n\nNguồn:\n[1] Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao "
                            + "năm 2022 – 10/1/2023 – samples/001_8430b1541a21d71d.txt")
                    .endsWith("\n(Gõ /nguon n để xem trọn đoạn nguồn n.)");
            assertThat(reply.length()).isLessThanOrEqualTo(ZaloFormat.MAX_CHARS);
            assertThat(h.api.calls("sendChatAction")).singleElement().satisfies(c -> {
                assertThat(c.chatId()).isEqualTo(USER);
                assertThat(c.params().path("action").asText()).isEqualTo("typing");
            });
        }
    }

    @Test
    void theCommandsAndFollowUpsWorkAsInTheConsole() {
        try (ZaloHarness h = ZaloHarness.start(index)) {
            h.api.push(h.api.text(USER, USER, "/start"));
            h.api.push(h.api.text(USER, USER, QUESTION));
            h.api.push(h.api.text(USER, USER, "/nguon 1"));
            h.api.push(h.api.text(USER, USER, WHEN_2022));
            h.api.push(h.api.text(USER, USER, "Còn năm 2024 thì sao?"));
            h.api.push(h.api.text(USER, USER, "/hoinghi"));
            h.api.push(h.api.text(USER, USER, "/moi"));
            h.api.push(h.api.text(USER, USER, "/nguon 1"));
            List<String> replies = h.api.awaitMessages(USER, 8).stream().map(Call::text).toList();

            assertThat(replies.get(0)).startsWith("Xin chào!").contains("• Ai chủ trì hội nghị tổng kết năm 2022?");
            assertThat(replies.get(2)).startsWith("[1] Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành "
                    + "Ngoại giao năm 2022\nNgày: 10/1/2023\nHội nghị: Hội nghị tổng kết công tác ngành Ngoại giao năm "
                    + "2022\nNguồn: samples/001_8430b1541a21d71d.txt\n\n");
            assertThat(replies.get(4)).isEqualTo(PlainText.format(new Reply.Answered(console(WHEN_2024), WHEN_2024, WHEN_2024)));
            assertThat(replies.get(5)).startsWith("Các hội nghị trong báo cáo (5):");
            assertThat(replies.get(6)).isEqualTo("Đã bắt đầu cuộc trò chuyện mới.");
            assertThat(replies.get(7)).as("forgotten").startsWith("Câu trả lời gần nhất không có nguồn nào");
            assertThat(h.api.calls("sendChatAction")).as("typing for the three questions only").hasSize(3);
        }
    }

    @Test
    void aConversationGoesOnWhenTheBotRestartsOnTheSameStore(@TempDir Path dir) {
        Path file = dir.resolve("conversations.db");
        try (ConversationStore store = ConversationStore.open(file, 100, Duration.ofHours(24), Clock.systemUTC());
             ZaloHarness h = ZaloHarness.with(index, Chats.stored(new ExtractiveAnswerer(new Retriever(index)), index, store))) {
            h.api.push(h.api.text(USER, USER, QUESTION));
            h.api.awaitMessages(USER, 1);
        }
        try (ConversationStore store = ConversationStore.open(file, 100, Duration.ofHours(24), Clock.systemUTC());
             ZaloHarness h = ZaloHarness.with(index, Chats.stored(new ExtractiveAnswerer(new Retriever(index)), index, store))) {
            h.api.push(h.api.text(USER, USER, "ông ấy nhấn mạnh điều gì?"));
            String reply = h.api.awaitMessages(USER, 1).get(0).text();

            assertThat(reply).startsWith("(Hiểu là: Bùi Thanh Sơn, Hội nghị tổng kết năm 2022)\n"
                    + "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022");
        }
    }

    @Test
    void splitsALongAnswerIntoMessagesOfAtMost2000CharactersOnParagraphsOneASecond() {
        Answer longAnswer = LongAnswers.of(5000);
        try (ZaloHarness h = ZaloHarness.with(index, Chats.over(q -> longAnswer, index))) {
            h.api.push(h.api.text(USER, USER, "Kể hết đi"));
            List<Call> pieces = h.api.awaitMessages(USER, 3);
            h.stopBot();
            pieces = h.api.messagesTo(USER);

            assertThat(pieces).hasSize(3).allSatisfy(p -> {
                assertThat(p.text().length()).isLessThanOrEqualTo(2000);
                assertThat(p.text()).startsWith("Đoạn ");
            });
            assertThat(String.join("\n\n", pieces.stream().map(Call::text).toList()))
                    .isEqualTo(PlainText.format(new Reply.Answered(longAnswer)));
            assertThat(Duration.between(pieces.get(0).at(), pieces.get(2).at())).as("one message a second per chat")
                    .isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void photosAndStickersGetANoteOnWhatTheBotReadsAndOtherEventsNothing() {
        try (ZaloHarness h = ZaloHarness.start(index)) {
            h.api.push(h.api.image(USER, USER));
            h.api.push(h.api.update("message.unsupported.received", USER, USER));
            h.api.push(h.api.update("user.follow", USER, USER));
            h.api.push(h.api.sticker(USER, USER));
            h.api.push(h.api.text(USER, USER, "/help"));
            h.api.awaitMessages(USER, 3);
            h.stopBot();

            assertThat(h.api.messagesTo(USER)).extracting(Call::text).hasSize(3)
                    .startsWith(ChannelTexts.ONLY_TEXT, ChannelTexts.ONLY_TEXT).last().asString().startsWith("Gõ câu hỏi");
        }
    }

    @Test
    void anOutsiderIsRefusedOnceWithItsIdWhileAdminsAndAllowedChatsAreServed() {
        String outsider = "0f0f0f0f0f0f0f0f0f0f";
        String admin = "a1a1a1a1a1a1a1a1a1a1";
        try (ZaloHarness h = ZaloHarness.start(index, Map.of("BAOCAO_ALLOWED_CHATS", USER, "BAOCAO_ADMINS", admin),
                t -> t)) {
            h.api.push(h.api.text(outsider, outsider, QUESTION));
            h.api.push(h.api.image(outsider, outsider));
            h.api.push(h.api.text(outsider, outsider, "/start"));
            h.api.push(h.api.text(admin, admin, "/hoinghi"));
            h.api.push(h.api.text(USER, USER, "/hoinghi"));

            assertThat(h.api.awaitMessages(outsider, 1).get(0).text()).isEqualTo("Xin lỗi, bot này chỉ phục vụ các cuộc "
                    + "trò chuyện đã được cấp quyền. Nếu bạn cần dùng, hãy gửi mã cuộc trò chuyện này cho quản trị viên: "
                    + outsider);
            assertThat(h.api.awaitMessages(admin, 1).get(0).text()).startsWith("Các hội nghị trong báo cáo (5):");
            assertThat(h.api.awaitMessages(USER, 1).get(0).text()).startsWith("Các hội nghị trong báo cáo (5):");
            h.api.awaitAllTaken();
            h.stopBot();
            assertThat(h.api.messagesTo(outsider)).hasSize(1);
            assertThat(h.api.calls("sendChatAction")).as("no typing for an outsider").isEmpty();
        }
    }

    @Test
    void showsStatisticsToAdminsOnly() {
        String admin = "a1a1a1a1a1a1a1a1a1a1";
        try (ZaloHarness h = ZaloHarness.start(index, Map.of("BAOCAO_ADMINS", admin), t -> t)) {
            h.api.push(h.api.text(USER, USER, QUESTION));
            h.api.push(h.api.text(USER, USER, "Giá vàng hôm nay bao nhiêu?"));
            h.api.awaitMessages(USER, 2);
            h.api.push(h.api.text(USER, USER, "/thongke"));
            h.api.push(h.api.text(admin, admin, "/thongke"));

            assertThat(h.api.awaitMessages(admin, 1).get(0).text()).isEqualTo("Thống kê\n• Báo cáo: 5\n• Đoạn văn: "
                    + index.stats().passages() + "\n• Câu hỏi đã trả lời: 2\n"
                    + "• Không có trong báo cáo (từ chối trả lời): 1 (50%)");
            assertThat(h.api.awaitMessages(USER, 3).get(2).text()).startsWith("Không có lệnh /thongke.");
        }
    }

    @Test
    void oddUpdatesNeitherStopNorConfuseTheBot() {
        try (ZaloHarness h = ZaloHarness.start(index)) {
            ObjectNode noChat = h.api.text(USER, USER, "không có chat");
            ((ObjectNode) noChat.get("message")).remove("chat");
            h.api.push(noChat);
            h.api.push(h.api.update("message.text.received", USER, USER)); // no text at all
            ObjectNode numeric = h.api.text(USER, USER, "/moi");
            ((ObjectNode) numeric.get("message").get("chat")).put("id", 501L);
            ((ObjectNode) numeric.get("message")).put("date", 1_766_619_597L);
            h.api.push(numeric);
            h.api.push(h.api.text(USER, USER, "x".repeat(100_000)));
            h.api.push(h.api.text(USER, USER, QUESTION));

            assertThat(h.api.awaitMessages("501", 1).get(0).text()).isEqualTo("Đã bắt đầu cuộc trò chuyện mới.");
            List<Call> replies = h.api.awaitMessages(USER, 3);
            assertThat(replies.get(1).text()).startsWith("Câu hỏi dài 100000 ký tự");
            assertThat(replies.get(2).text()).isEqualTo(PlainText.format(new Reply.Answered(console(QUESTION))));
        }
    }

    @Test
    void serverErrorsWhilePollingAreBackedOffThenPollingRecovers() {
        try (ZaloHarness h = ZaloHarness.start(index)) {
            h.api.awaitCalls("getUpdates", c -> true, 1);
            h.api.failNext("getUpdates", 2, 502, "<html><body>502 Bad Gateway</body></html>");
            List<Call> polls = h.api.awaitCalls("getUpdates", c -> true, 4);
            h.api.push(h.api.text(USER, USER, "/hoinghi"));

            assertThat(h.api.awaitMessages(USER, 1).get(0).text()).startsWith("Các hội nghị trong báo cáo (5):");
            assertThat(Duration.between(polls.get(1).at(), polls.get(2).at())).isEqualTo(Duration.ofMillis(500));
            assertThat(Duration.between(polls.get(2).at(), polls.get(3).at())).isEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void aFailedMessageIsRetriedWithDoublingWaitsAndARefusedOneIsNot() {
        try (ZaloHarness h = ZaloHarness.start(index, Map.of(), t -> t.withLimits(vn.baocao.channel.Limits.NONE))) {
            h.api.failNext("sendMessage", 2, 502, "<html><body>502 Bad Gateway</body></html>");
            h.api.push(h.api.text(USER, USER, "/hoinghi"));
            List<Call> tries = h.api.awaitMessages(USER, 3);
            assertThat(Duration.between(tries.get(0).at(), tries.get(1).at())).isEqualTo(Duration.ofMillis(500));
            assertThat(Duration.between(tries.get(1).at(), tries.get(2).at())).isEqualTo(Duration.ofSeconds(1));

            h.api.failNext("sendMessage", 1, 403);
            h.api.push(h.api.text(USER, USER, "/hoinghi"));
            h.api.push(h.api.text(USER, USER, "/help"));
            List<Call> sent = h.api.awaitMessages(USER, 5);
            assertThat(sent.get(3).text()).startsWith("Các hội nghị trong báo cáo");
            assertThat(sent.get(4).text()).startsWith("Gõ câu hỏi");
        }
    }

    @Test
    void aRefusedTokenStopsTheStartWithoutQuotingIt() {
        try (FakeZaloApi api = FakeZaloApi.start()) {
            String wrong = "1459232241454765289:not-the-key";
            ZaloSettings settings = ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", wrong,
                    "ZALO_API_URL", api.baseUrl().toString())));

            assertThatThrownBy(() -> ZaloBot.start(settings, Chats.extractive(index), Chats.library(index),
                    ZaloBot.PRODUCTION, null, vn.baocao.channel.Journals.fresh())).isInstanceOf(BotException.class)
                    .hasMessage("Zalo refused ZALO_BOT_TOKEN (getMe failed: HTTP 401, error 401: Unauthorized): "
                            + "check it in Zalo Bot Creator");
            assertThat(api.calls("getUpdates")).isEmpty();
        }
    }

    @Test
    void stopsWithoutLeavingAThreadThatKeepsTheProcessAlive() {
        try (FakeZaloApi api = FakeZaloApi.start()) {
            Set<Thread> before = Chats.nonDaemonThreads(); // the fake server's among them
            ZaloSettings settings = ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", FakeZaloApi.TOKEN,
                    "ZALO_API_URL", api.baseUrl().toString())));
            Tuning tuning = ZaloBot.PRODUCTION.withPollTimeout(Duration.ofSeconds(1));
            try (ZaloBot bot = ZaloBot.start(settings, Chats.extractive(index), Chats.library(index), tuning, null, vn.baocao.channel.Journals.fresh())) {
                api.push(api.text(USER, USER, QUESTION));
                api.awaitMessages(USER, 1);
            }
            List<Thread> left = new ArrayList<>(Chats.nonDaemonThreads());
            left.removeAll(before);
            assertThat(left).isEmpty();
        }
    }

    private static Answer console(String question) {
        return Chats.consoleAnswer(index, question);
    }
}
