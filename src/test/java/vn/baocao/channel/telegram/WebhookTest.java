package vn.baocao.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.channel.Chats;
import vn.baocao.testing.SharedIndex;
import vn.baocao.channel.Tuning;
import vn.baocao.channel.WebhookOptions;
import vn.baocao.config.SettingValues;
import vn.baocao.config.TelegramSettings;
import vn.baocao.index.ReportIndex;

/** Webhook mode: the bot registers its URL with a fresh secret and reads only requests that carry it. */
class WebhookTest {
    private static final String UPDATE = """
            {"update_id":7,"message":{"message_id":3,"date":1767600000,"chat":{"id":501,"type":"private"},
             "from":{"id":501,"is_bot":false,"first_name":"A"},"text":"/hoinghi"}}""";

    private static final ReportIndex index = SharedIndex.get();

    @TempDir
    static Path dir;

    @Test
    void servesOnLoopbackAndReadsOnlyUpdatesCarryingTheRegisteredSecret() throws Exception {
        try (FakeBotApi api = FakeBotApi.start(); TelegramBot bot = start(api)) {
            InetSocketAddress address = bot.webhookAddress();
            assertThat(address.getAddress().isLoopbackAddress()).isTrue();
            var registered = api.calls("setWebhook").get(0).params();
            assertThat(registered.path("url").asText()).isEqualTo("https://bot.example.vn/telegram/hook");
            String secret = registered.path("secret_token").asText();
            assertThat(secret).matches("[A-Za-z0-9_-]{43}");
            assertThat(api.calls("deleteWebhook")).as("no long polling").isEmpty();
            URI hook = URI.create("http://127.0.0.1:" + address.getPort() + "/telegram/hook");

            assertThat(post(hook, null)).isEqualTo(401);
            assertThat(post(hook, secret + "x")).isEqualTo(401);
            assertThat(post(hook, secret.substring(1))).isEqualTo(401);
            assertThat(post(URI.create("http://127.0.0.1:" + address.getPort() + "/other"), secret)).isEqualTo(404);
            assertThat(get(hook)).isEqualTo(405);
            assertThat(post(hook, secret)).isEqualTo(200);

            assertThat(api.awaitMessages(501, 1).get(0).text()).startsWith("Các hội nghị trong báo cáo (5):");
            bot.close();
            assertThat(api.messagesTo(501)).as("the refused requests were not read").hasSize(1);
        }
    }

    @Test
    void anUpdatePostedAgainIsAcknowledgedAndAnsweredOnce() throws Exception {
        try (FakeBotApi api = FakeBotApi.start(); TelegramBot bot = start(api)) {
            String secret = api.calls("setWebhook").get(0).params().path("secret_token").asText();
            URI hook = URI.create("http://127.0.0.1:" + bot.webhookAddress().getPort() + "/telegram/hook");

            assertThat(post(hook, secret)).isEqualTo(200);
            assertThat(post(hook, secret)).isEqualTo(200);
            api.awaitMessages(501, 1);
            Thread.sleep(300); // a second answer would come now

            assertThat(api.messagesTo(501)).hasSize(1);
        }
    }

    @Test
    void clientsThatConnectAndSendSlowlyOrNothingDoNotHoldUpValidUpdates() throws Exception {
        try (FakeBotApi api = FakeBotApi.start(); TelegramBot bot = start(api)) {
            String secret = api.calls("setWebhook").get(0).params().path("secret_token").asText();
            int port = bot.webhookAddress().getPort();
            java.util.List<java.net.Socket> slow = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 60; i++) {
                    java.net.Socket socket = new java.net.Socket("127.0.0.1", port);
                    if (i % 2 == 0) { // half send the start of a request and stop; half send nothing at all
                        socket.getOutputStream().write(("POST /telegram/hook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + TelegramBot.SECRET_HEADER + ": ").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        socket.getOutputStream().flush();
                    }
                    slow.add(socket);
                }
                assertThat(post(URI.create("http://127.0.0.1:" + port + "/telegram/hook"), secret)).isEqualTo(200);
                assertThat(api.awaitMessages(501, 1)).hasSize(1);
            } finally {
                for (java.net.Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    private static TelegramBot start(FakeBotApi api) {
        TelegramSettings settings = TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TELEGRAM_API_URL", api.baseUrl().toString())), dir);
        return TelegramBot.start(settings, Chats.extractive(index),
                Chats.library(index), NoUploads.INSTANCE, Tuning.PRODUCTION.withPollTimeout(Duration.ofSeconds(1)),
                new WebhookOptions(URI.create("https://bot.example.vn/telegram/hook"),
                        new InetSocketAddress("127.0.0.1", 0)), vn.baocao.channel.Journals.fresh());
    }

    private static int post(URI uri, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(UPDATE));
        if (secret != null) {
            request.header(TelegramBot.SECRET_HEADER, secret);
        }
        request.timeout(Duration.ofSeconds(10));
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static int get(URI uri) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
