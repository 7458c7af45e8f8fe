package vn.baocao.channel;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories for every thread a bot starts: daemon threads with telling names, so that a
 * stopped bot never keeps the process alive (TelegramBots' default executors are not daemons).
 */
public final class Daemons {
    private Daemons() {
    }

    /** Daemon threads named "{@code name}-1", "{@code name}-2", … */
    public static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
