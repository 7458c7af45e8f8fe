package vn.baocao.channel.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A server-sent event stream: each event a name and one line of JSON, flushed as it is written, so the page
 * shows a model's answer while it is written. Events may come from the model's thread while the request's
 * own thread ends the stream: writes are serialised, and an event after the end, or to a client that left,
 * is dropped (the answer goes on; its end is what matters).
 */
final class EventStream implements AutoCloseable {
    private final OutputStream out;
    private boolean closed;

    EventStream(OutputStream out) {
        this.out = out;
    }

    /** Sends event {@code name} with {@code data} (one line of JSON: the mapper escapes every line break). */
    synchronized void send(String name, JsonNode data) {
        if (closed) {
            return;
        }
        try {
            out.write(("event: " + name + "\ndata: ").getBytes(StandardCharsets.UTF_8));
            out.write(Exchange.bytes(data));
            out.write("\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            closed = true; // the client left; the question is still answered and counted
        }
    }

    /** Ends the stream; later events are dropped. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            // the client left before the end: nothing to tell it
        }
    }
}
