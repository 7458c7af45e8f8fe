package vn.baocao.channel.telegram;

import java.util.concurrent.Callable;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Runs a task at the moment a call's request starts going out — once its connection is ready, right
 * before the first byte is written. The delivery journal records there that a message is on its way:
 * before that moment a stop leaves it unsent (it is sent again), after it the request is in the socket and
 * Telegram gets it even if the process is killed (it is not sent again).
 *
 * <p>The task is handed over on the thread that creates the call; the client may run the call on one of
 * its own threads, so each call gets a listener of its own that carries the task there.
 */
final class RequestStart implements EventListener.Factory {
    private static final ThreadLocal<Runnable> PENDING = new ThreadLocal<>();

    /** Makes {@code call} on this thread, running {@code onStart} when the request it creates starts going out. */
    static <T> T around(Runnable onStart, Callable<T> call) throws Exception {
        PENDING.set(onStart);
        try {
            return call.call();
        } finally {
            PENDING.remove();
        }
    }

    @Override
    public EventListener create(Call call) {
        Runnable onStart = PENDING.get();
        PENDING.remove();
        if (onStart == null) {
            return EventListener.NONE;
        }
        return new EventListener() {
            @Override
            public void requestHeadersStart(Call started) {
                onStart.run();
            }
        };
    }
}
