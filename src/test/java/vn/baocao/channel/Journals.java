package vn.baocao.channel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import vn.baocao.store.DeliveryJournal;

/** Delivery journals for bots under test: real SQLite files under target/, one per bot process asked for. */
public final class Journals {
    private Journals() {
    }

    /** A file for a new journal, not yet created. */
    public static Path newFile() {
        return Path.of("target", "journals", UUID.randomUUID() + ".db");
    }

    /** A new, empty journal. */
    public static DeliveryJournal fresh() {
        return open(newFile());
    }

    /** The journal at {@code file}, as a bot process opens it. */
    public static DeliveryJournal open(Path file) {
        return DeliveryJournal.open(file, Duration.ofDays(3), 10_000, Clock.systemUTC());
    }
}
