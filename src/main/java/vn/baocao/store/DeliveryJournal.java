package vn.baocao.store;

import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.report.Require;

/**
 * The bots' delivery journal: every update a messenger hands over is written here before the messenger
 * is told it arrived, and stays owed until it has been answered, so a stop — even a kill — loses nothing:
 * the next start answers what is owed. An update is recorded once by its channel and id, so one the
 * messenger sends again is not answered twice. For each update the journal also keeps the reply once it
 * is composed and how many of its messages were delivered, and whether one was on its way when the process
 * stopped; a restart then sends the rest instead of composing and sending it all again.
 *
 * <p>One SQLite file, which a Telegram and a Zalo bot may share; answered updates are kept for the
 * retention period (longer than messengers re-send for) and at most {@code capacity} of them, so the file
 * stays bounded. Holds update bodies and replies, never a token.
 */
public final class DeliveryJournal implements Closeable {
    /** Answered updates are pruned once every this many updates received. */
    private static final int PRUNE_EVERY = 256;

    /** Where an update stands. */
    public enum State {
        /** Received, not yet fully answered. */
        OWED,
        /** Answered: its reply was delivered, or refused by the messenger for good. */
        ANSWERED,
        /** Not answered, on purpose: ignored, unreadable, or beyond what a chat may queue. */
        SKIPPED
    }

    /**
     * One update as received.
     *
     * @param channel the messenger ("telegram", "zalo")
     * @param id      the messenger's id for it, unique within the channel
     * @param lane    the chat it is answered in, in order with that chat's other updates
     * @param body    the update as the messenger sent it
     */
    public record Update(String channel, String id, String lane, String body) {
        public Update {
            Require.notBlank(channel, "channel");
            Require.notBlank(id, "update id");
            Require.notNull(lane, "lane");
            Require.notNull(body, "body");
        }
    }

    /**
     * How far an owed update's reply got.
     *
     * @param reply     the composed reply in the channel's own form, empty until composed
     * @param delivered how many of its messages were delivered (or refused for good)
     * @param inFlight  true when one more was being sent as the process stopped: it may have arrived
     */
    public record Progress(Optional<String> reply, int delivered, boolean inFlight) {
        public static final Progress NONE = new Progress(Optional.empty(), 0, false);
    }

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS updates (channel TEXT NOT NULL, id TEXT NOT NULL, lane TEXT NOT NULL,"
                    + " body TEXT NOT NULL, received INTEGER NOT NULL, state TEXT NOT NULL, reply TEXT,"
                    + " delivered INTEGER NOT NULL DEFAULT 0, in_flight INTEGER NOT NULL DEFAULT 0, settled INTEGER,"
                    + " PRIMARY KEY (channel, id))",
            "CREATE INDEX IF NOT EXISTS updates_owed ON updates (channel, state, received)",
            "CREATE INDEX IF NOT EXISTS updates_settled ON updates (settled)");

    private final Path file;
    private final Connection connection;
    private final Duration retention;
    private final int capacity;
    private final Clock clock;
    private int sincePrune;

    private DeliveryJournal(Path file, Connection connection, Duration retention, int capacity, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.retention = retention;
        this.capacity = capacity;
        this.clock = clock;
    }

    /**
     * Opens (or creates) the journal at {@code file}, keeping answered updates for {@code retention} and at
     * most {@code capacity} of them.
     */
    public static DeliveryJournal open(Path file, Duration retention, int capacity, Clock clock) {
        Require.that(capacity >= 1, "a delivery journal keeps at least one answered update, not " + capacity);
        Connection connection = null;
        try {
            connection = SqliteFiles.open(file, SCHEMA);
            return new DeliveryJournal(file, connection, retention, capacity, clock);
        } catch (SQLException e) {
            SqliteFiles.closeAfterFailure(connection, e);
            throw new StoreException(file, "cannot be opened as a delivery journal: " + e.getMessage(), e);
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /**
     * Records {@code updates} as owed, in one transaction, and returns for each whether it is new: false
     * for one already recorded (sent again by the messenger), which must not be answered again.
     */
    public synchronized List<Boolean> receive(List<Update> updates) {
        List<Boolean> added = new ArrayList<>(updates.size());
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement q = connection.prepareStatement("INSERT OR IGNORE INTO updates"
                    + " (channel, id, lane, body, received, state) VALUES (?, ?, ?, ?, ?, ?)")) {
                long now = clock.millis();
                for (Update u : updates) {
                    q.setString(1, u.channel());
                    q.setString(2, u.id());
                    q.setString(3, u.lane());
                    q.setString(4, u.body());
                    q.setLong(5, now);
                    q.setString(6, State.OWED.name());
                    added.add(q.executeUpdate() == 1);
                }
            }
            connection.commit();
            sincePrune += updates.size();
            if (sincePrune >= PRUNE_EVERY) {
                sincePrune = 0;
                prune();
            }
            return added;
        } catch (SQLException e) {
            rollback(e);
            throw new StoreException(file, "cannot record " + updates.size() + " received updates: " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    /** Records {@code update} as settled — answered or skipped — with nothing more owed for it. */
    public synchronized void settle(String channel, String id, State state) {
        Require.that(state != State.OWED, "settling an update needs a final state");
        update("UPDATE updates SET state = ?, settled = ?, in_flight = 0 WHERE channel = ? AND id = ?",
                "settle update " + id, state.name(), clock.millis(), channel, id);
    }

    /** The updates of {@code channel} still owed, in the order they were received. */
    public synchronized List<Update> owed(String channel) {
        try (PreparedStatement q = connection.prepareStatement("SELECT id, lane, body FROM updates"
                + " WHERE channel = ? AND state = ? ORDER BY received, rowid")) {
            q.setString(1, channel);
            q.setString(2, State.OWED.name());
            List<Update> owed = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    owed.add(new Update(channel, r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            return owed;
        } catch (SQLException e) {
            throw new StoreException(file, "cannot read the owed updates of " + channel + ": " + e.getMessage(), e);
        }
    }

    /** Where {@code update} stands, or empty when it was never received (or is long settled). */
    public synchronized Optional<State> state(String channel, String id) {
        try (PreparedStatement q = connection.prepareStatement("SELECT state FROM updates WHERE channel = ? AND id = ?")) {
            q.setString(1, channel);
            q.setString(2, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(State.valueOf(r.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(file, "cannot read update " + id + ": " + e.getMessage(), e);
        }
    }

    /** How far the reply to {@code update} got. */
    public synchronized Progress progress(String channel, String id) {
        try (PreparedStatement q = connection.prepareStatement("SELECT reply, delivered, in_flight FROM updates"
                + " WHERE channel = ? AND id = ?")) {
            q.setString(1, channel);
            q.setString(2, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? new Progress(Optional.ofNullable(r.getString(1)), r.getInt(2), r.getInt(3) != 0)
                        : Progress.NONE;
            }
        } catch (SQLException e) {
            throw new StoreException(file, "cannot read the progress of update " + id + ": " + e.getMessage(), e);
        }
    }

    /** Keeps the composed {@code reply} to {@code update}, to be sent from here on. */
    public synchronized void keepReply(String channel, String id, String reply) {
        update("UPDATE updates SET reply = ? WHERE channel = ? AND id = ?", "keep the reply to update " + id,
                reply, channel, id);
    }

    /** Records that the next message of the reply to {@code update} is being sent. */
    public synchronized void sending(String channel, String id) {
        update("UPDATE updates SET in_flight = 1 WHERE channel = ? AND id = ?", "mark update " + id + " sending",
                channel, id);
    }

    /** Records that the message being sent for {@code update} was delivered (or refused for good). */
    public synchronized void delivered(String channel, String id) {
        update("UPDATE updates SET delivered = delivered + 1, in_flight = 0 WHERE channel = ? AND id = ?",
                "count a message of update " + id, channel, id);
    }

    /** Records that the message being sent for {@code update} did not go out: it is sent again later. */
    public synchronized void notSending(String channel, String id) {
        update("UPDATE updates SET in_flight = 0 WHERE channel = ? AND id = ?", "mark update " + id + " owed",
                channel, id);
    }

    /** How many updates of {@code channel} are in {@code state}. */
    public synchronized int count(String channel, State state) {
        try (PreparedStatement q = connection.prepareStatement("SELECT count(*) FROM updates WHERE channel = ? AND state = ?")) {
            q.setString(1, channel);
            q.setString(2, state.name());
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException(file, "cannot count the updates of " + channel + ": " + e.getMessage(), e);
        }
    }

    private void update(String sql, String what, Object... values) {
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            q.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(file, "cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Forgets settled updates past the retention period and, beyond the capacity, the oldest settled ones. */
    private void prune() throws SQLException {
        try (PreparedStatement old = connection.prepareStatement("DELETE FROM updates WHERE settled IS NOT NULL AND settled < ?");
             PreparedStatement over = connection.prepareStatement("DELETE FROM updates WHERE rowid IN (SELECT rowid FROM"
                     + " updates WHERE settled IS NOT NULL ORDER BY settled DESC LIMIT -1 OFFSET ?)")) {
            old.setLong(1, clock.millis() - retention.toMillis());
            old.executeUpdate();
            over.setInt(1, capacity);
            over.executeUpdate();
        }
    }

    private void rollback(SQLException failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException(file, "cannot end a transaction: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file, "cannot be closed: " + e.getMessage(), e);
        }
    }
}
