package vn.baocao.channel;

import java.net.InetSocketAddress;
import java.net.URI;
import vn.baocao.report.Require;

/**
 * Webhook mode: the messenger (Telegram, Zalo) posts updates to {@code publicUrl} (an HTTPS address of a reverse proxy), which
 * forwards them to the bot's own server on {@code listen}.
 *
 * @param publicUrl the URL registered with {@code setWebhook}; its path is the path the bot serves
 * @param listen    where the bot's server listens, 127.0.0.1 unless told otherwise
 */
public record WebhookOptions(URI publicUrl, InetSocketAddress listen) {
    public WebhookOptions {
        Require.notNull(publicUrl, "webhook URL");
        Require.notNull(listen, "webhook listen address");
        Require.that(publicUrl.getScheme() != null && publicUrl.getScheme().matches("https?")
                && publicUrl.getHost() != null, "webhook URL must be http(s)://host/path, was " + publicUrl);
    }

    /** The path updates arrive on: the public URL's, or "/". */
    public String path() {
        String path = publicUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
