package vn.baocao.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.answer.Answer;
import vn.baocao.channel.ChannelTexts;
import vn.baocao.channel.Chats;
import vn.baocao.testing.SharedIndex;
import vn.baocao.answer.Answerer;
import vn.baocao.answer.Messages;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.channel.telegram.FakeBotApi.Call;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.Retriever;
import vn.baocao.summary.ExtractiveSummarizer;
import vn.baocao.summary.Summaries;
import vn.baocao.summary.SummaryAnswerer;

/** The bot end to end: the real TelegramBots client against {@link FakeBotApi}, answers over the sample reports. */
class TelegramBotTest {
    private static final long USER = 501;
    private static final long GROUP = -100_777;
    private static final String QUESTION = "Ai chủ trì hội nghị tổng kết năm 2022?";
    private static final String WHEN_2022 = "Hội nghị tổng kết năm 2022 diễn ra ngày nào?";
    private static final String WHEN_2024 = "Hội nghị tổng kết năm 2024 diễn ra ngày nào?";
    private static final String MENTION = "@" + FakeBotApi.BOT_USERNAME;

    private static final ReportIndex index = SharedIndex.get();

    @Test
    void startsByCheckingTheTokenAndRegisteringAVietnameseCommandMenu() {
        try (BotHarness h = BotHarness.start(index)) {
            assertThat(h.bot().username()).isEqualTo(FakeBotApi.BOT_USERNAME);
            assertThat(h.api.calls("getMe")).hasSize(1);
            assertThat(h.api.calls("deleteWebhook")).hasSize(1);
            JsonNode commands = h.api.calls("setMyCommands").get(0).params().get("commands");
            assertThat(commands.findValuesAsText("command")).containsExactly("start", "help", "nguon", "hoinghi", "phatbieu", "ainoi", "tomtat", "moi");
            assertThat(commands.findValuesAsText("description"))
                    .contains("Bắt đầu, xem câu hỏi mẫu", "Xem trọn đoạn nguồn n của câu trả lời gần nhất");
        }
    }

    @Test
    void answersAQuestionWithTheConsolesCitedAnswerSourcesAndButtons() {
        try (BotHarness h = BotHarness.start(index)) {
            h.api.push(h.api.text(USER, USER, QUESTION));
            Call reply = h.api.awaitMessages(USER, 1).get(0);

            Answer console = consoleAnswer(QUESTION);
            assertThat(TelegramHtml.plainText(reply.text())).startsWith(console.text() + "\n\nNguồn:\n[1] ");
            assertThat(reply.text()).contains("<b>Nguồn:</b>\n[1] Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công "
                    + "tác ngành Ngoại giao năm 2022 – 10/1/2023");
            assertThat(reply.params().path("parse_mode").asText()).isEqualTo("HTML");
            assertThat(reply.params().path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
            JsonNode buttons = reply.params().path("reply_markup").path("inline_keyboard").get(0);
            assertThat(buttons.findValuesAsText("text")).containsExactly(console.citations().stream()
                    .map(c -> "📄 " + c.n()).toArray(String[]::new));
            assertThat(buttons.get(0).path("callback_data").asText()).startsWith("src:1:");
            assertThat(h.api.calls("sendChatAction")).singleElement()
                    .satisfies(c -> assertThat(c.params().path("action").asText()).isEqualTo("typing"));
        }
    }

    @Test
    void greetsOnStartWithThreeExampleQuestions() {
        try (BotHarness h = BotHarness.start(index)) {
            h.api.push(h.api.text(USER, USER, "/start"));
            String greeting = h.api.awaitMessages(USER, 1).get(0).text();

            assertThat(greeting).startsWith("Xin chào!");
            assertThat(greeting.lines().filter(l -> l.startsWith("• "))).hasSize(3)
                    .contains("• Ai chủ trì hội nghị tổng kết năm 2022?");
            assertThat(h.api.calls("sendChatAction")).as("no typing for a command").isEmpty();
        }
    }

    @Test
    void aSourceButtonOpensItsPassageEvenAfterARestart() {
        try (BotHarness h = BotHarness.start(index)) {
            h.api.push(h.api.text(USER, USER, QUESTION));
            Call answer = h.api.awaitMessages(USER, 1).get(0);
            String data = answer.params().path("reply_markup").path("inline_keyboard").get(0).get(0)
                    .path("callback_data").asText();
            assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
            h.api.awaitAllConfirmed();
            h.restart();

            h.api.push(h.api.buttonTap(USER, USER, h.api.messageIdOf(answer), data));
            Call source = h.api.awaitMessages(USER, 2).get(1);

            assertThat(h.api.calls("answerCallbackQuery")).singleElement()
                    .satisfies(c -> assertThat(c.params().has("text")).isFalse());
            assertThat(source.text()).startsWith("<b>[1] Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành "
                    + "Ngoại giao năm 2022</b>\nNgày: 10/1/2023\nHội nghị: Hội nghị tổng kết công tác ngành Ngoại giao "
                    + "năm 2022\nNguồn: samples/001_8430b1541a21d71d.txt\n\n");
            assertThat(source.text()).contains("Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại "
                    + "giao chủ trì Hội nghị");
        }
    }

    @Test
    void aConversationGoesOnAfterTheBotIsKilledAndRestartedOnTheSameStore(@TempDir Path dir) {
        try (BotHarness h = BotHarness.withStore(index, dir.resolve("conversations.db"))) {
            h.api.push(h.api.text(USER, USER, QUESTION));
            h.api.awaitMessages(USER, 1);
            h.api.awaitAllConfirmed();
            h.restart();

            h.api.push(h.api.text(USER, USER, "ong ay nhan manh dieu gi?"));
            Call followUp = h.api.awaitMessages(USER, 2).get(1);

            assertThat(TelegramHtml.plainText(followUp.text())).startsWith("(Hiểu là: Bùi Thanh Sơn, Hội nghị tổng kết năm 2022)"
                    + "\nBộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, tại "
                    + "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023) [1]:");
        }
    }

    @Test
    void aSummaryButtonUnderAnAnswerCitingOneReportSendsThatReportsSummaryEvenAfterARestart() {
        Retriever retriever = new Retriever(index);
        Answerer answerer = new SummaryAnswerer(new ExtractiveAnswerer(retriever),
                new Summaries(retriever, new ExtractiveSummarizer(retriever)));
        try (BotHarness h = BotHarness.withAnswerer(index, answerer)) {
            h.api.push(h.api.text(USER, USER, QUESTION));
            Call answer = h.api.awaitMessages(USER, 1).get(0);
            JsonNode rows = answer.params().path("reply_markup").path("inline_keyboard");
            JsonNode button = rows.get(rows.size() - 1).get(0);
            String reportId = consoleAnswer(QUESTION).citations().get(0).passage().report().id();
            assertThat(button.path("text").asText()).isEqualTo("📝 Tóm tắt");
            assertThat(button.path("callback_data").asText()).isEqualTo("sum:" + reportId);
            h.api.awaitAllConfirmed();
            h.restart();

            h.api.push(h.api.buttonTap(USER, USER, h.api.messageIdOf(answer), "sum:" + reportId));
            Call summary = h.api.awaitMessages(USER, 2).get(1);

            assertThat(summary.text()).startsWith("Tóm tắt bài “Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác "
                    + "ngành Ngoại giao năm 2022” (10/1/2023)\n\nThời gian, địa điểm, chủ trì\n• Thời gian: 10/1/2023 [1]");
            assertThat(summary.params().path("reply_markup").path("inline_keyboard").findValuesAsText("text"))
                    .doesNotContain("📝 Tóm tắt").contains("📄 1");
            h.api.push(h.api.buttonTap(USER, USER, h.api.messageIdOf(answer), "sum:0000000000000000"));
            assertThat(h.api.awaitCalls("answerCallbackQuery", c -> c.params().has("text"), 1))
                    .extracting(c -> c.params().path("text").asText()).containsExactly(BotTexts.SOURCE_GONE);
        }
    }

    @Test
    void aButtonForAChangedOrUnknownPassageSaysSoInsteadOfOpeningAnother() {
        try (BotHarness h = BotHarness.start(index)) {
            String reportId = index.reports().get(0).id();
            h.api.push(h.api.buttonTap(USER, USER, 1, "src:1:" + reportId + ":0:abc"));
            h.api.push(h.api.buttonTap(USER, USER, 1, "src:1:" + reportId + ":999:abc"));
            h.api.push(h.api.buttonTap(USER, USER, 1, "something-else"));
            List<Call> answers = h.api.awaitCalls("answerCallbackQuery", c -> true, 3);

            assertThat(answers).extracting(c -> c.params().path("text").asText())
                    .containsExactly(BotTexts.SOURCE_GONE, BotTexts.SOURCE_GONE, BotTexts.UNKNOWN_BUTTON);
            h.stopBot();
            assertThat(h.api.messagesTo(USER)).isEmpty();
        }
    }

    @Test
    void inAGroupAnswersOnlyCommandsMentionsAndRepliesAndKeepsTheGroupsOwnConversation() {
        try (BotHarness h = BotHarness.start(index)) {
            h.api.push(h.api.text(GROUP, USER, WHEN_2022));
            h.api.push(h.api.text(GROUP, USER, "/help@other_bot"));
            int asked = h.api.push(h.api.text(GROUP, USER, MENTION + " " + WHEN_2022));
            Call answer = h.api.awaitMessages(GROUP, 1).get(0);
            assertThat(answer.params().path("reply_parameters").path("message_id").asInt()).isEqualTo(asked);
            assertThat(TelegramHtml.plainText(answer.text())).startsWith(consoleAnswer(WHEN_2022).text());

            h.api.push(h.api.replyToBot(GROUP, USER, "Còn năm 2024 thì sao?", h.api.messageIdOf(answer)));
            String followUp = h.api.awaitMessages(GROUP, 2).get(1).text();
            assertThat(TelegramHtml.plainText(followUp)).startsWith("(Hiểu là: " + WHEN_2024 + ")\n" + consoleAnswer(WHEN_2024).text());

            h.api.push(h.api.text(USER, USER, "Còn năm 2024 thì sao?"));
            String inPrivate = h.api.awaitMessages(USER, 1).get(0).text();
            assertThat(inPrivate).as("the private chat has no previous question").isNotEqualTo(followUp);

            h.api.push(h.api.text(GROUP, USER, "/hoinghi"));
            h.api.awaitMessages(GROUP, 3);
            h.stopBot();
            assertThat(h.api.messagesTo(GROUP)).as("the two messages not for the bot got nothing").hasSize(3);
        }
    }

    @Test
    void anOutsiderIsPolitelyRefusedOnceWhileAdminsAndAllowedChatsAreServed() {
        long outsider = 777;
        long admin = 42;
        try (BotHarness h = BotHarness.start(index, NoUploads.INSTANCE,
                Map.of("BAOCAO_ALLOWED_CHATS", String.valueOf(USER), "BAOCAO_ADMINS", String.valueOf(admin)), t -> t)) {
            h.api.push(h.api.text(outsider, outsider, QUESTION));
            h.api.push(h.api.text(outsider, outsider, "/start"));
            h.api.push(h.api.text(admin, admin, "/hoinghi"));
            h.api.push(h.api.text(USER, USER, "/hoinghi"));

            assertThat(h.api.awaitMessages(outsider, 1).get(0).text())
                    .startsWith("Xin lỗi, bot này chỉ phục vụ các cuộc trò chuyện đã được cấp quyền.")
                    .endsWith("<code>777</code>");
            assertThat(h.api.awaitMessages(admin, 1).get(0).text()).startsWith("Các hội nghị trong báo cáo (5):");
            assertThat(h.api.awaitMessages(USER, 1).get(0).text()).startsWith("Các hội nghị trong báo cáo (5):");
            h.api.awaitAllConfirmed();
            h.stopBot();
            assertThat(h.api.messagesTo(outsider)).hasSize(1);
        }
    }

    @Test
    void answersAStickerWithWhatTheBotCanRead() {
        try (BotHarness h = BotHarness.start(index)) {
            h.api.push(h.api.sticker(USER, USER));
            assertThat(TelegramHtml.plainText(h.api.awaitMessages(USER, 1).get(0).text())).isEqualTo(ChannelTexts.ONLY_TEXT);
        }
    }

    @Test
    void answersAnEditedQuestionAgainAsAReplyToIt() {
        try (BotHarness h = BotHarness.start(index)) {
            int asked = h.api.push(h.api.text(USER, USER, QUESTION));
            h.api.awaitMessages(USER, 1);
            h.api.push(h.api.edited(USER, USER, asked, WHEN_2024));
            Call again = h.api.awaitMessages(USER, 2).get(1);

            assertThat(again.params().path("reply_parameters").path("message_id").asInt()).isEqualTo(asked);
            assertThat(TelegramHtml.plainText(again.text()))
                    .startsWith(consoleAnswer(WHEN_2024).text());
        }
    }

    @Test
    void showsStatisticsToAdminsOnly() {
        long admin = 42;
        try (BotHarness h = BotHarness.start(index, NoUploads.INSTANCE, Map.of("BAOCAO_ADMINS", "42"), t -> t)) {
            h.api.push(h.api.text(USER, USER, QUESTION));
            h.api.push(h.api.text(USER, USER, "Giá vàng hôm nay bao nhiêu?"));
            h.api.awaitMessages(USER, 2);
            h.api.push(h.api.text(USER, USER, "/thongke"));
            h.api.push(h.api.text(admin, admin, "/thongke"));

            assertThat(TelegramHtml.plainText(h.api.awaitMessages(admin, 1).get(0).text())).isEqualTo("Thống kê\n"
                    + "• Báo cáo: 5\n• Đoạn văn: " + index.stats().passages() + "\n• Câu hỏi đã trả lời: 2\n"
                    + "• Không có trong báo cáo (từ chối trả lời): 1 (50%)");
            assertThat(h.api.awaitMessages(USER, 3).get(2).text()).startsWith("Không có lệnh /thongke.");
            JsonNode adminMenu = h.api.calls("setMyCommands").get(1).params();
            assertThat(adminMenu.path("scope").path("chat_id").asText()).isEqualTo("42");
            assertThat(adminMenu.get("commands").findValuesAsText("command")).contains("thongke");
        }
    }

    @Test
    void splitsATenThousandCharacterAnswerIntoMessagesWithTheButtonsUnderTheLast() {
        Answer longAnswer = LongAnswers.of(10_000);
        try (BotHarness h = BotHarness.withAnswerer(index, q -> longAnswer)) {
            h.api.push(h.api.text(USER, USER, "Kể hết đi"));
            List<Call> pieces = h.api.awaitMessages(USER, 3);
            h.stopBot();
            pieces = h.api.messagesTo(USER);

            assertThat(pieces).hasSize(3);
            assertThat(pieces).allSatisfy(p -> {
                assertThat(TelegramHtml.plainText(p.text()).length()).isLessThanOrEqualTo(4096);
                assertThat(p.text()).startsWith("Đoạn");
            });
            assertThat(pieces.subList(0, 2)).allSatisfy(p -> assertThat(p.params().has("reply_markup")).isFalse());
            assertThat(pieces.get(2).params().path("reply_markup").path("inline_keyboard").get(0)
                    .findValuesAsText("text")).containsExactly("📄 1", "📄 2");
            String shown = pieces.stream().map(p -> TelegramHtml.plainText(p.text())).collect(Collectors.joining("\n\n"));
            // two passages of one report: the report is listed once, with both numbers
            assertThat(shown).isEqualTo(longAnswer.text() + "\n\nNguồn:\n[1] [2] <Báo cáo> & “tổng kết” – 10/1/2023");
            assertThat(Duration.between(pieces.get(0).at(), pieces.get(2).at())).as("one message a second per chat")
                    .isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void oddUpdatesNeitherStopNorConfuseTheBot() {
        try (BotHarness h = BotHarness.start(index)) {
            ObjectNode channelPost = h.api.text(-100_555, 1, "bài đăng kênh");
            channelPost.set("channel_post", channelPost.remove("message"));
            h.api.pushRaw(channelPost);
            ObjectNode anonymous = h.api.text(USER, USER, "/moi");
            ((ObjectNode) anonymous.get("message")).remove("from");
            h.api.push(anonymous);
            h.api.push(h.api.text(USER, USER, "x".repeat(100_000)));
            h.api.push(h.api.text(USER, USER, "<b>&amp; \" '"));
            h.api.push(h.api.text(USER, USER, QUESTION));

            List<Call> replies = h.api.awaitMessages(USER, 4);
            assertThat(replies.get(0).text()).isEqualTo("Đã bắt đầu cuộc trò chuyện mới.");
            assertThat(replies.get(1).text()).startsWith("Câu hỏi dài 100000 ký tự");
            assertThat(TelegramHtml.plainText(replies.get(3).text())).startsWith(consoleAnswer(QUESTION).text());
        }
    }

    @Test
    void stopsWithoutLeavingAThreadThatKeepsTheProcessAlive() {
        try (BotHarness h = BotHarness.start(index)) {
            Set<Thread> before = Chats.nonDaemonThreads(); // the fake server's among them
            h.restart();
            h.api.push(h.api.text(USER, USER, QUESTION));
            h.api.awaitMessages(USER, 1);
            h.stopBot();
            List<Thread> left = new ArrayList<>(Chats.nonDaemonThreads());
            left.removeAll(before);
            assertThat(left).isEmpty();
        }
    }

    /** What the console chat answers to {@code question} in a fresh conversation. */
    private static Answer consoleAnswer(String question) {
        return Chats.consoleAnswer(index, question);
    }
}
