package vn.baocao.cli;

import java.net.InetSocketAddress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --listen HOST:PORT} of a bot's webhook server; a malformed one is a usage error (exit code 2). */
final class ListenAddress {
    private ListenAddress() {
    }

    /** {@code listen} as an address; fails as a usage error of {@code spec}'s command when it is not HOST:PORT. */
    static InetSocketAddress parse(String listen, CommandSpec spec) {
        int colon = listen.lastIndexOf(':');
        try {
            return new InetSocketAddress(listen.substring(0, colon), Integer.parseInt(listen.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "--listen must be HOST:PORT, e.g. 127.0.0.1:8081, was "
                    + listen);
        }
    }
}
