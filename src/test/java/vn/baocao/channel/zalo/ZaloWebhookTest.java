package vn.baocao.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.channel.Chats;
import vn.baocao.testing.SharedIndex;
import vn.baocao.channel.WebhookOptions;
import vn.baocao.config.SettingValues;
import vn.baocao.config.ZaloSettings;
import vn.baocao.index.ReportIndex;

/**
 * Webhook mode: the bot registers its URL with a fresh secret and reads only requests that carry it, in
 * {@code X-Bot-Api-Secret-Token}; a forged request (no secret, a wrong one, one a character short) gets
 * 403 and nothing is read from it.
 */
class ZaloWebhookTest {
    private static final String CHAT = "e4ea2cd5189df1c3a88c";
    private static final String UPDATE = """
            {"event_name":"message.text.received","message":{"message_id":"m1","date":1766619597466,
             "chat":{"id":"e4ea2cd5189df1c3a88c","chat_type":"PRIVATE"},
             "from":{"id":"e4ea2cd5189df1c3a88c","display_name":"A"},"text":"/hoinghi"}}""";
    private static final String WRAPPED = "{\"ok\":true,\"result\":" + UPDATE.replace("/hoinghi", "/moi").replace("\"m1\"", "\"m2\"") + "}";

    private static final ReportIndex index = SharedIndex.get();

    @Test
    void servesOnLoopbackAndReadsOnlyUpdatesCarryingTheRegisteredSecret() throws Exception {
        try (FakeZaloApi api = FakeZaloApi.start(); ZaloBot bot = start(api)) {
            InetSocketAddress address = bot.webhookAddress();
            assertThat(address.getAddress().isLoopbackAddress()).isTrue();
            JsonNode registered = api.calls("setWebhook").get(0).params();
            assertThat(registered.path("url").asText()).isEqualTo("https://bot.example.vn/zalo/hook");
            String secret = registered.path("secret_token").asText();
            assertThat(secret).matches("[A-Za-z0-9_-]{43}");
            assertThat(api.calls("deleteWebhook")).as("no long polling").isEmpty();
            assertThat(api.calls("getUpdates")).isEmpty();
            URI hook = URI.create("http://127.0.0.1:" + address.getPort() + "/zalo/hook");

            assertThat(post(hook, null, UPDATE)).isEqualTo(403);
            assertThat(post(hook, "", UPDATE)).isEqualTo(403);
            assertThat(post(hook, secret + "x", UPDATE)).isEqualTo(403);
            assertThat(post(hook, secret.substring(1), UPDATE)).isEqualTo(403);
            assertThat(post(hook, secret.toUpperCase(java.util.Locale.ROOT), UPDATE)).isEqualTo(403);
            assertThat(post(URI.create("http://127.0.0.1:" + address.getPort() + "/other"), secret, UPDATE)).isEqualTo(404);
            assertThat(get(hook)).isEqualTo(405);
            assertThat(post(hook, secret, "{not json")).isEqualTo(400);
            assertThat(post(hook, secret, UPDATE)).isEqualTo(200);
            assertThat(post(hook, secret, UPDATE)).as("sent again: acknowledged, not answered twice").isEqualTo(200);
            assertThat(post(hook, secret, WRAPPED)).as("the envelope some senders wrap updates in").isEqualTo(200);

            assertThat(api.awaitMessages(CHAT, 2)).extracting(FakeZaloApi.Call::text)
                    .satisfiesExactly(t -> assertThat(t).startsWith("Các hội nghị trong báo cáo (5):"),
                            t -> assertThat(t).isEqualTo("Đã bắt đầu cuộc trò chuyện mới."));
            bot.close();
            assertThat(api.messagesTo(CHAT)).as("the refused requests were not read").hasSize(2);
        }
    }

    private static ZaloBot start(FakeZaloApi api) {
        ZaloSettings settings = ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", FakeZaloApi.TOKEN,
                "ZALO_API_URL", api.baseUrl().toString())));
        return ZaloBot.start(settings, Chats.extractive(index), Chats.library(index),
                ZaloBot.PRODUCTION.withPollTimeout(Duration.ofSeconds(1)),
                new WebhookOptions(URI.create("https://bot.example.vn/zalo/hook"), new InetSocketAddress("127.0.0.1", 0)), vn.baocao.channel.Journals.fresh());
    }

    /** POSTs {@code body} to {@code uri} with {@code secret} in the header (none when null); returns the status. */
    private static int post(URI uri, String secret, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(ZaloBot.SECRET_HEADER, secret);
        }
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
