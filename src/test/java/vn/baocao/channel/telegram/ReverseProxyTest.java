package vn.baocao.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.channel.Chats;
import vn.baocao.channel.Journals;
import vn.baocao.channel.Tuning;
import vn.baocao.channel.WebhookOptions;
import vn.baocao.config.SettingValues;
import vn.baocao.config.TelegramSettings;
import vn.baocao.testing.SharedIndex;

/**
 * The nginx configuration shipped in {@code src/main/deploy/nginx/}, run for real in front of the bot's
 * webhook: clients other than the messenger are limited per address, and the messenger's updates pass while
 * they are. Each attacker uses an address of its own on the loopback network (127.0.0.2, .3, .4); the
 * messenger is 127.0.0.1, added to the shipped trusted ranges. Skipped where nginx is not installed
 * ({@code .ci/run} installs it).
 */
class ReverseProxyTest {
    private static final Path DEPLOY = Path.of("src/main/deploy/nginx");
    private static final String UPDATE = """
            {"update_id":%d,"message":{"message_id":3,"date":1767600000,"chat":{"id":%d,"type":"private"},
             "from":{"id":%d,"is_bot":false,"first_name":"A"},"text":"/hoinghi"}}""";

    @TempDir
    static Path dir;
    private static FakeBotApi api;
    private static TelegramBot bot;
    private static Process nginx;
    private static int proxyPort;
    private static String secret;

    @BeforeAll
    static void startBotBehindNginx() throws Exception {
        Path binary = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(binary != null, "nginx is not installed (apt-get install nginx-light): the reverse proxy test is skipped");
        api = FakeBotApi.start();
        TelegramSettings settings = TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TELEGRAM_API_URL", api.baseUrl().toString())), dir);
        bot = TelegramBot.start(settings, Chats.extractive(SharedIndex.get()), Chats.library(SharedIndex.get()),
                NoUploads.INSTANCE, Tuning.PRODUCTION.withPollTimeout(Duration.ofSeconds(1)),
                new WebhookOptions(URI.create("https://bot.example.vn/telegram"), new InetSocketAddress("127.0.0.1", 0)),
                Journals.fresh());
        secret = api.calls("setWebhook").get(0).params().path("secret_token").asText();
        proxyPort = freePort();
        nginx = startNginx(binary, bot.webhookAddress().getPort());
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
        if (bot != null) {
            bot.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void passesTheMessengersUpdatesToTheBot() throws Exception {
        assertThat(postUpdate(1, 601)).isEqualTo(200);

        assertThat(api.awaitMessages(601, 1).get(0).text()).startsWith("Các hội nghị trong báo cáo");
    }

    @Test
    void answers429ToAnAddressWithMoreThanEightSlowRequestsWhileUpdatesPass() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket socket = connectFrom("127.0.0.2");
                socket.getOutputStream().write(("POST /telegram HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"update_id\":").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            long refused = slow.stream().filter(socket -> statusOf(socket, Duration.ofSeconds(1)) == 429).count();

            assertThat(refused).isEqualTo(12);
            assertThat(postUpdate(2, 602)).isEqualTo(200);
            assertThat(api.awaitMessages(602, 1)).hasSize(1);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aFloodOfRequestsWithoutTheSecretMostlyStopsAtTheProxy() throws Exception {
        int reachedTheBot = 0;
        int limited = 0;
        for (int i = 0; i < 100; i++) {
            try (Socket socket = connectFrom("127.0.0.3")) {
                socket.getOutputStream().write(("POST /telegram HTTP/1.1\r\nHost: bot\r\nContent-Length: 2\r\n"
                        + "Connection: close\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
                int status = statusOf(socket, Duration.ofSeconds(5));
                reachedTheBot += status == 401 ? 1 : 0;
                limited += status == 429 ? 1 : 0;
            }
        }

        assertThat(reachedTheBot + limited).isEqualTo(100);
        assertThat(reachedTheBot).as("the burst of 20, and 10 a second while the flood lasts").isBetween(20, 40);
        assertThat(postUpdate(3, 603)).isEqualTo(200);
    }

    @Test
    void hundredsOfIdleConnectionsDoNotHoldUpUpdates() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                idle.add(connectFrom("127.0.0.4"));
            }

            // the post itself times out after 10 s: a proxy held up by the idle connections fails it
            assertThat(postUpdate(4, 604)).isEqualTo(200);
            assertThat(api.awaitMessages(604, 1)).hasSize(1);
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    private static Process startNginx(Path binary, int botPort) throws IOException, InterruptedException {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Path included = Files.createDirectories(conf.resolve("baocao"));
        for (String name : List.of("webhook-http.conf", "webhook-location.conf", "webhook-trusted.conf")) {
            Files.copy(DEPLOY.resolve(name), included.resolve(name));
        }
        Files.writeString(included.resolve("webhook-trusted.conf"), "127.0.0.1/32 0;\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(conf.resolve("nginx.conf"), """
                master_process off;
                worker_processes 1;
                error_log %1$s/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 2048; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include baocao/webhook-http.conf;
                    server {
                        listen 127.0.0.1:%2$d;
                        client_header_timeout 10s;
                        location = /telegram {
                            include baocao/webhook-location.conf;
                            proxy_pass http://127.0.0.1:%3$d;
                        }
                    }
                }
                """.formatted(logs, proxyPort, botPort));
        Process process = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", conf.resolve("nginx.conf").toString(),
                "-e", logs.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(logs.resolve("stdout.log").toFile()).start();
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket("127.0.0.1", proxyPort)) {
                return process;
            } catch (IOException notYet) {
                assertThat(process.isAlive()).as("nginx started: %s", Files.readString(logs.resolve("stdout.log"))).isTrue();
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nginx did not listen on " + proxyPort + " within 10 s");
    }

    private static int postUpdate(int updateId, long chatId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + "/telegram"))
                .header("Content-Type", "application/json").header(TelegramBot.SECRET_HEADER, secret)
                .POST(HttpRequest.BodyPublishers.ofString(UPDATE.formatted(updateId, chatId, chatId)))
                .timeout(Duration.ofSeconds(10)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static Socket connectFrom(String address) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(address, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", proxyPort), 5_000);
        return socket;
    }

    /** The status of the response on {@code socket}, or 0 when none came within {@code wait}. */
    private static int statusOf(Socket socket, Duration wait) {
        try {
            socket.setSoTimeout((int) wait.toMillis());
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12];
            int read = in.readNBytes(head, 0, head.length);
            String line = new String(head, 0, read, StandardCharsets.US_ASCII);
            return line.startsWith("HTTP/1.1 ") ? Integer.parseInt(line.substring(9, 12)) : 0;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
