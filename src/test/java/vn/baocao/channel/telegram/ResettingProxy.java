package vn.baocao.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of the fake Bot API that resets the connection — the way a server
 * that closes a socket with a request still unread in it does — under the first {@code count} requests
 * whose path holds {@code method}; every other byte goes through unchanged. Or, made by {@link
 * #closingAfterEachAnswer}, one that closes each connection soon after an answer has gone through it, as an
 * HTTP/1.0 server does whatever its answer's headers say.
 */
final class ResettingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final URI target;
    private final String method;
    private final AtomicInteger left;
    private final boolean closeAfterAnswer;

    private ResettingProxy(ServerSocket server, URI target, String method, int count, boolean closeAfterAnswer) {
        this.server = server;
        this.target = target;
        this.method = "/" + method.toLowerCase(Locale.ROOT);
        this.left = new AtomicInteger(count);
        this.closeAfterAnswer = closeAfterAnswer;
    }

    /** A proxy that closes each connection 20 ms after an answer went through it, and resets none. */
    static ResettingProxy closingAfterEachAnswer(URI target) throws IOException {
        ResettingProxy proxy = new ResettingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), target,
                "none", 0, true);
        Thread.ofVirtual().start(proxy::accept);
        return proxy;
    }

    static ResettingProxy start(URI target, String method, int count) throws IOException {
        ResettingProxy proxy = new ResettingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), target,
                method, count, false);
        Thread.ofVirtual().start(proxy::accept);
        return proxy;
    }

    /** "http://127.0.0.1:port", for TELEGRAM_API_URL. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(target.getHost(), target.getPort());
                Thread.ofVirtual().start(() -> pipe(client, upstream, true));
                Thread.ofVirtual().start(() -> pipe(upstream, client, false));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to, boolean requests) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                String chunk = new String(buffer, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                if (requests && chunk.contains(method + " ") && left.getAndDecrement() > 0) {
                    from.setSoLinger(true, 0); // close with a reset, the request unread
                    from.close();
                    to.close();
                    return;
                }
                out.write(buffer, 0, n);
                out.flush();
                if (!requests && closeAfterAnswer) {
                    Thread.ofVirtual().start(() -> {
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        closeQuietly(to);
                        closeQuietly(from);
                    });
                }
            }
        } catch (IOException e) {
            // one side closed: the other follows
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
