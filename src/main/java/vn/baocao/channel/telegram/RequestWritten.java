package vn.baocao.channel.telegram;

import java.util.concurrent.Callable;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Request;

/**
 * Runs a task once a call's request is written to its connection and before it is flushed to the socket
 * — the last moment at which Telegram cannot yet have the whole request. The delivery journal records
 * there that a message is on its way: a stop before that moment leaves it unsent (it is sent again, and
 * Telegram never saw a complete request), a stop after it is taken as delivered (the request may be with
 * Telegram). Marking any earlier — when the headers start — would let a kill between the mark and the
 * flush lose the message.
 *
 * <p>The task is handed over on the thread that creates the call; the client may run the call on one of
 * its own threads, so each call gets a listener of its own that carries the task there.
 */
final class RequestWritten implements EventListener.Factory {
    private static final ThreadLocal<Runnable> PENDING = new ThreadLocal<>();

    /** Makes {@code call} on this thread, running {@code onWritten} when the request it creates is written. */
    static <T> T around(Runnable onWritten, Callable<T> call) throws Exception {
        PENDING.set(onWritten);
        try {
            return call.call();
        } finally {
            PENDING.remove();
        }
    }

    @Override
    public EventListener create(Call call) {
        Runnable onWritten = PENDING.get();
        PENDING.remove();
        if (onWritten == null) {
            return EventListener.NONE;
        }
        return new EventListener() {
            @Override
            public void requestHeadersEnd(Call written, Request request) {
                if (request.body() == null) {
                    onWritten.run();
                }
            }

            @Override
            public void requestBodyEnd(Call written, long byteCount) {
                onWritten.run();
            }
        };
    }
}
