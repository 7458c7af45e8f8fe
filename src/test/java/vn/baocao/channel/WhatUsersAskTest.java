package vn.baocao.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.channel.telegram.FakeBotApi;
import vn.baocao.channel.telegram.NoUploads;
import vn.baocao.channel.telegram.TelegramBot;
import vn.baocao.channel.telegram.TelegramHtml;
import vn.baocao.config.SettingValues;
import vn.baocao.config.TelegramSettings;
import vn.baocao.index.ReportIndex;
import vn.baocao.testing.SharedIndex;

/**
 * The questions of issue 16's table, as a user types them into the Telegram bot over the sample reports
 * (the real client against a local Bot API server): each gets the answer a user expects, cited, or a
 * refusal that says what the reports lack.
 */
class WhatUsersAskTest {
    private static final ReportIndex index = SharedIndex.get();
    private static FakeBotApi api;
    private static TelegramBot bot;
    private static long nextChat = 100;

    @BeforeAll
    static void startTheBot() {
        api = FakeBotApi.start();
        Tuning tuning = Tuning.PRODUCTION.withPollTimeout(Duration.ofSeconds(1)).withTime(new ManualTime());
        bot = TelegramBot.start(TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                        "TELEGRAM_API_URL", api.baseUrl().toString())), Path.of("target")), Chats.extractive(index),
                Chats.library(index), NoUploads.INSTANCE, tuning, null, vn.baocao.channel.Journals.fresh());
    }

    @AfterAll
    static void stopTheBot() {
        bot.close();
        api.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BNG to chuc HN so ket 6 thang 2023 ngay nao                        | diễn ra ngày 5/7/2023 [1].
            PTT Trần Lưu Quang làm việc với BNG hôm nào?                        | diễn ra chiều ngày 31/1/2023 [1].
            HN sơ kết 2019 diễn ra vào thứ mấy?                                 | diễn ra thứ Hai, ngày 22/7/2019 [1].
            TTg yêu cầu ngành NG làm mấy nhiệm vụ trọng tâm?                    | 6 nhiệm vụ [1].
            Hội nghị tổng kết 2022 có bao nhiêu người dự?                       | Hơn 700 đại biểu [1].
            Việt Nam được bầu vào Hội đồng Bảo an với bao nhiêu phiếu thuận?    | 192/193 phiếu [1].
            Bộ trưởng khen ngợi điều gì ở hội nghị giữa năm 2023?               | biểu dương những nỗ lực không mệt mỏi
            Nam 2023 BNG dat ket qua gi noi bat?                                | đạt được những kết quả quan trọng
            Bộ Ngoại giao có bao nhiêu cán bộ?                                  | Các báo cáo hiện có không nêu con số được hỏi (Bộ Ngoại giao, cán bộ)
            Thủ tướng Phạm Minh Chính phản đối điều gì tại hội nghị năm 2024?   | Các báo cáo không nói Phạm Minh Chính phản đối điều gì
            Ai chu tri hoi nghi tong ket 2018?                                  | Các báo cáo hiện có không có Hội nghị tổng kết năm 2018. Các báo cáo có: Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023); Hội nghị tổng kết công tác ngành ngoại giao năm 2024 (6/1/2025).
            Thủ tướng nhận định gì tại hội nghị tổng kết 2024?                  | Thủ tướng Chính phủ Phạm Minh Chính, tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024 (6/1/2025) [1]:
            """)
    void answersAsAUserExpects(String question, String expected) {
        long chat = nextChat++;
        api.push(api.text(chat, chat, question));
        assertThat(TelegramHtml.plainText(api.awaitMessages(chat, 1).get(0).text())).contains(expected);
    }
}
