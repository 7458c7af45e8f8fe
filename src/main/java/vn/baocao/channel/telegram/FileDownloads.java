package vn.baocao.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.baocao.channel.Daemons;
import vn.baocao.channel.Redactor;

/**
 * Downloads a file a user sent: {@code getFile} for its path, then {@code <base>/file/bot<token>/<path>}
 * from the configured Bot API server (TelegramBots' own download helper always uses the public host).
 * At most {@code maxBytes} are read whatever the server says. Failures are {@link IOException}s whose
 * messages never contain the URL, which holds the token.
 */
final class FileDownloads implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final TelegramClient client;
    private final URI base;
    private final String token;
    private final ExecutorService executor = Executors.newCachedThreadPool(Daemons.named("telegram-download"));
    private final HttpClient http;

    FileDownloads(TelegramClient client, URI base, String token) {
        this.client = client;
        this.base = base;
        this.token = token;
        this.http = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The content of file {@code fileId}, at most {@code maxBytes} long. */
    byte[] download(String fileId, long maxBytes) throws IOException, InterruptedException {
        String path = filePath(fileId);
        HttpRequest request = HttpRequest.newBuilder(uriOf(path)).timeout(TIMEOUT).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("the Bot API answered HTTP " + response.statusCode() + " for the file");
            }
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new IOException("the file is larger than " + maxBytes + " bytes");
            }
            return content;
        }
    }

    private String filePath(String fileId) throws IOException {
        try {
            File file = client.execute(new GetFile(fileId));
            if (file == null || file.getFilePath() == null || file.getFilePath().isBlank()) {
                throw new IOException("getFile gave no file path (the file may be too large for the Bot API)");
            }
            return file.getFilePath();
        } catch (TelegramApiException e) {
            throw new IOException("getFile failed: " + new Redactor(token).describe(e), e);
        }
    }

    private URI uriOf(String filePath) throws IOException {
        try {
            return new URI(base.getScheme(), null, base.getHost(), base.getPort(), "/file/bot" + token + "/" + filePath,
                    null, null);
        } catch (URISyntaxException e) {
            throw new IOException("the file path given by getFile is not usable in a URL", e);
        }
    }

    @Override
    public void close() {
        http.shutdownNow();
        executor.shutdownNow();
    }
}
