package vn.baocao.channel;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's HTTP server as baocao's servers run it — the bots' webhooks and {@code baocao serve}: each
 * request read on a virtual thread of its own, so a client that sends slowly or nothing holds no thread
 * another request needs; a request not read within {@link #MAX_REQUEST_SECONDS} dropped; at most
 * {@link #MAX_CONNECTIONS} connections open, so a flood of idle ones cannot take the file descriptors the
 * process's own calls and stores need. The JDK reads these limits once, when the process's first server
 * starts, and a value given on the command line wins.
 *
 * @param server   the server, not yet started
 * @param executor the virtual threads it reads requests on; shut down with the server
 */
public record JdkHttpServer(HttpServer server, ExecutorService executor) {
    /** How long one request may take to arrive (and, where responses are bounded, to go out). */
    public static final int MAX_REQUEST_SECONDS = 30;
    /** How many connections are kept open at once, active and idle. */
    public static final int MAX_CONNECTIONS = 1_000;

    /**
     * A server bound to {@code listen}, its threads named {@code threadName}; {@code boundedResponses} also
     * limits how long a response may take to go out (not for a server that streams answers as a model writes
     * them). An address that cannot be bound is an {@link UncheckedIOException} naming it.
     */
    public static JdkHttpServer bind(InetSocketAddress listen, String threadName, boolean boundedResponses) {
        defaultProperty("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        if (boundedResponses) {
            defaultProperty("sun.net.httpserver.maxRspTime", MAX_REQUEST_SECONDS);
        }
        defaultProperty("jdk.httpserver.maxConnections", MAX_CONNECTIONS);
        HttpServer server;
        try {
            server = HttpServer.create(listen, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + listen.getHostString() + ":" + listen.getPort() + ": "
                    + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(threadName + "-", 1).factory());
        server.setExecutor(executor);
        return new JdkHttpServer(server, executor);
    }

    /** Stops serving, giving requests under way {@code graceSeconds} to finish. */
    public void stop(int graceSeconds) {
        server.stop(graceSeconds);
        executor.shutdownNow();
    }

    private static void defaultProperty(String key, int value) {
        System.setProperty(key, System.getProperty(key, Integer.toString(value)));
    }
}
