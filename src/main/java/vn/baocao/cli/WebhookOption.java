package vn.baocao.cli;

import java.net.InetSocketAddress;
import java.net.URI;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.baocao.channel.WebhookOptions;

/**
 * The {@code --webhook URL [--listen HOST:PORT]} options of a bot command. A malformed {@code --listen}
 * is a usage error (exit code 2) of the command that mixes this in.
 */
final class WebhookOption {
    @Option(names = "--webhook", paramLabel = "URL",
            description = "receive updates on this public HTTPS URL (a reverse proxy forwarding to --listen) "
                    + "instead of long polling")
    URI webhook;

    @Option(names = "--listen", paramLabel = "HOST:PORT",
            description = "where the webhook server listens "
                    + "(default: 127.0.0.1:8081 for telegram, 127.0.0.1:8082 for zalo)")
    String listen;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The webhook to serve, listening on 127.0.0.1:{@code defaultPort} unless told; null for long polling. */
    WebhookOptions options(int defaultPort) {
        if (webhook == null) {
            return null;
        }
        String address = listen == null ? "127.0.0.1:" + defaultPort : listen;
        return new WebhookOptions(webhook, parse(address, spec));
    }

    /** {@code address} as HOST:PORT; anything else is a usage error of {@code spec}'s command. */
    static InetSocketAddress parse(String address, CommandSpec spec) {
        int colon = address.lastIndexOf(':');
        try {
            return new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "--listen must be HOST:PORT, e.g. 127.0.0.1:8081, was "
                    + address);
        }
    }
}
