package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.store.DeliveryJournal.Progress;
import vn.baocao.store.DeliveryJournal.State;
import vn.baocao.store.DeliveryJournal.Update;

/** The delivery journal: a real SQLite file, reopened as a restarted bot process would. */
class DeliveryJournalTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private DeliveryJournal open() {
        return DeliveryJournal.open(dir.resolve("delivery.db"), Duration.ofDays(3), 5, clock);
    }

    private static Update update(String channel, String id, String lane) {
        return new Update(channel, id, lane, "{\"update_id\":" + id + "}");
    }

    @Test
    void recordsAnUpdateOnceAndOwesItUntilSettled() {
        try (DeliveryJournal journal = open()) {
            assertThat(journal.receive(List.of(update("telegram", "1", "chat 5"), update("telegram", "2", "chat 6"))))
                    .containsExactly(true, true);
            assertThat(journal.receive(List.of(update("telegram", "2", "chat 6"), update("telegram", "3", "chat 5"))))
                    .as("2 came again").containsExactly(false, true);
            assertThat(journal.receive(List.of(update("zalo", "2", "chat z")))).as("another channel's 2").containsExactly(true);

            journal.settle("telegram", "2", State.ANSWERED);

            assertThat(journal.owed("telegram")).extracting(Update::id).containsExactly("1", "3");
            assertThat(journal.owed("zalo")).extracting(Update::id).containsExactly("2");
            assertThat(journal.state("telegram", "2")).contains(State.ANSWERED);
            assertThat(journal.state("telegram", "9")).isEmpty();
        }
    }

    @Test
    void whatWasOwedAndHowFarItsReplyGotSurviveTheProcess() {
        try (DeliveryJournal journal = open()) {
            journal.receive(List.of(update("telegram", "1", "chat 5")));
            journal.keepReply("telegram", "1", "{\"pieces\":[\"a\",\"b\",\"c\"]}");
            journal.sending("telegram", "1");
            journal.delivered("telegram", "1");
            journal.sending("telegram", "1"); // the process is killed here, the second message on its way
        }
        try (DeliveryJournal journal = open()) {
            assertThat(journal.owed("telegram")).extracting(Update::lane).containsExactly("chat 5");
            assertThat(journal.progress("telegram", "1"))
                    .isEqualTo(new Progress(Optional.of("{\"pieces\":[\"a\",\"b\",\"c\"]}"), 1, true));
            assertThat(journal.progress("telegram", "404")).isEqualTo(Progress.NONE);
        }
    }

    @Test
    void aMessageThatDidNotGoOutIsNoLongerOnItsWay() {
        try (DeliveryJournal journal = open()) {
            journal.receive(List.of(update("zalo", "m1", "chat a")));
            journal.sending("zalo", "m1");
            journal.notSending("zalo", "m1");

            assertThat(journal.progress("zalo", "m1")).isEqualTo(new Progress(Optional.empty(), 0, false));
        }
    }

    @Test
    void forgetsSettledUpdatesPastTheRetentionAndBeyondTheCapacityButNeverOwedOnes() {
        try (DeliveryJournal journal = open()) {
            journal.receive(List.of(update("telegram", "old", "chat 1")));
            journal.settle("telegram", "old", State.ANSWERED);
            journal.receive(List.of(update("telegram", "owed", "chat 1")));
            now.set(T0.plus(Duration.ofDays(4)));
            for (int i = 0; i < 300; i++) { // past the pruning interval, and 300 settled > capacity 5
                journal.receive(List.of(update("telegram", "n" + i, "chat 2")));
                journal.settle("telegram", "n" + i, State.SKIPPED);
            }

            assertThat(journal.state("telegram", "old")).as("past retention").isEmpty();
            assertThat(journal.state("telegram", "n0")).as("beyond capacity").isEmpty();
            assertThat(journal.state("telegram", "owed")).contains(State.OWED);
            assertThat(journal.count("telegram", State.SKIPPED)).isLessThanOrEqualTo(5 + 256);
        }
    }

    @Test
    void settlingNeedsAFinalState() {
        try (DeliveryJournal journal = open()) {
            assertThatThrownBy(() -> journal.settle("telegram", "1", State.OWED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("final state");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("delivery.db");
        java.nio.file.Files.writeString(file, "not sqlite at all, just text that is long enough to be read as a header");

        assertThatThrownBy(() -> DeliveryJournal.open(file, Duration.ofDays(1), 10, clock))
                .isInstanceOf(StoreException.class).hasMessageContaining("delivery.db")
                .hasMessageContaining("cannot be opened as a delivery journal");
    }
}
