package vn.baocao.channel.telegram;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories for every thread the bot starts: daemon threads with telling names, so that a
 * stopped bot never keeps the process alive (TelegramBots' default executors are not daemons).
 */
final class Daemons {
    private Daemons() {
    }

    /** Daemon threads named "{@code name}-1", "{@code name}-2", … */
    static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
