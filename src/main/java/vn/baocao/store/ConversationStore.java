package vn.baocao.store;

import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.chat.RefusedQuestion;
import vn.baocao.chat.Usage;
import vn.baocao.report.Require;

/**
 * The conversations' database: one SQLite file holding each chat's session and the model's window of its
 * recent turns, as text, with when it last spoke, the usage counts and the questions refused. Sessions older than the time to live are deleted, and beyond the capacity
 * the least recently touched are, so the file stays bounded however many chats come.
 *
 * <p>Several processes may open the same file (a Telegram and a Zalo bot): SQLite's write-ahead log and
 * locks keep it whole, and a writer waits for another's lock rather than failing. Within a process the
 * one connection is used by one thread at a time. Holds no token or other secret.
 */
public final class ConversationStore implements Closeable {
    private final Path file;
    private final Connection connection;
    private final int capacity;
    private final Duration ttl;
    private final Clock clock;

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS sessions (chat_id TEXT PRIMARY KEY, touched INTEGER NOT NULL, state TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS sessions_by_touch ON sessions (touched)",
            "CREATE TABLE IF NOT EXISTS model_turns (chat_id TEXT PRIMARY KEY, touched INTEGER NOT NULL, state TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS model_turns_by_touch ON model_turns (touched)",
            "CREATE TABLE IF NOT EXISTS counts (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS refused (question_key TEXT NOT NULL, reason TEXT NOT NULL, question TEXT NOT NULL, "
                    + "count INTEGER NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (question_key, reason))",
            "CREATE INDEX IF NOT EXISTS refused_by_last ON refused (last)");
    /** The refused questions kept; beyond it the least recently refused are forgotten, so the file stays bounded. */
    private static final int MAX_REFUSED = 10_000;

    private ConversationStore(Path file, Connection connection, int capacity, Duration ttl, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * Opens (or creates) the store at {@code file}, keeping at most {@code capacity} chats, each for
     * {@code ttl} after it last spoke.
     */
    public static ConversationStore open(Path file, int capacity, Duration ttl, Clock clock) {
        Require.that(capacity >= 1, "a conversation store keeps at least one chat, not " + capacity);
        Connection connection = null;
        try {
            connection = SqliteFiles.open(file, SCHEMA);
            ConversationStore store = new ConversationStore(file, connection, capacity, ttl, clock);
            store.prune();
            return store;
        } catch (SQLException e) {
            SqliteFiles.closeAfterFailure(connection, e);
            throw new StoreException(file, "cannot be opened as a conversation store: " + e.getMessage(), e);
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The usage counts kept here, added to by every process that opens the file. */
    public Usage.Counts counts() {
        return new StoredCounts(this);
    }

    /** The {@code table} text of {@code chatId}, if it spoke within the time to live. */
    synchronized Optional<String> read(Table table, String chatId) {
        try (PreparedStatement q = connection.prepareStatement("SELECT state FROM " + table.name
                + " WHERE chat_id = ? AND touched >= ?")) {
            q.setString(1, chatId);
            q.setLong(2, oldestKept());
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(file, "cannot read the " + table.what + " of chat " + chatId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps {@code state} in {@code table} for {@code chatId}, touched {@code touchedMillis}, and forgets what
     * is beyond the bounds.
     */
    synchronized void write(Table table, String chatId, long touchedMillis, String state) {
        try (PreparedStatement q = connection.prepareStatement(
                "INSERT INTO " + table.name + " (chat_id, touched, state) VALUES (?, ?, ?) "
                        + "ON CONFLICT (chat_id) DO UPDATE SET touched = excluded.touched, state = excluded.state")) {
            q.setString(1, chatId);
            q.setLong(2, touchedMillis);
            q.setString(3, state);
            q.executeUpdate();
            prune();
        } catch (SQLException e) {
            throw new StoreException(file, "cannot keep the " + table.what + " of chat " + chatId + ": " + e.getMessage(), e);
        }
    }

    synchronized void delete(Table table, String chatId) {
        try (PreparedStatement q = connection.prepareStatement("DELETE FROM " + table.name + " WHERE chat_id = ?")) {
            q.setString(1, chatId);
            q.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(file, "cannot forget the " + table.what + " of chat " + chatId + ": " + e.getMessage(), e);
        }
    }

    synchronized int count(Table table) {
        try (PreparedStatement q = connection.prepareStatement("SELECT count(*) FROM " + table.name + " WHERE touched >= ?")) {
            q.setLong(1, oldestKept());
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException(file, "cannot count the chats in " + table.name + ": " + e.getMessage(), e);
        }
    }

    synchronized void addCounts(long questions, long abstentions) {
        try (PreparedStatement q = connection.prepareStatement(
                "INSERT INTO counts (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value")) {
            q.setString(1, "questions");
            q.setLong(2, questions);
            q.addBatch();
            q.setString(1, "abstentions");
            q.setLong(2, abstentions);
            q.addBatch();
            q.executeBatch();
        } catch (SQLException e) {
            throw new StoreException(file, "cannot add to the usage counts: " + e.getMessage(), e);
        }
    }

    synchronized Usage.Snapshot readCounts() {
        long questions = 0;
        long abstentions = 0;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT name, value FROM counts")) {
            while (r.next()) {
                switch (r.getString(1)) {
                    case "questions" -> questions = r.getLong(2);
                    case "abstentions" -> abstentions = r.getLong(2);
                    default -> { } // a count a later version keeps
                }
            }
            return new Usage.Snapshot(questions, abstentions);
        } catch (SQLException e) {
            throw new StoreException(file, "cannot read the usage counts: " + e.getMessage(), e);
        }
    }

    /** Counts one refusal of {@code question} for {@code reason}, forgetting the least recent beyond the bound. */
    synchronized void addRefused(String question, String reason) {
        try (PreparedStatement q = connection.prepareStatement(
                "INSERT INTO refused (question_key, reason, question, count, last) VALUES (?, ?, ?, 1, ?) "
                        + "ON CONFLICT (question_key, reason) DO UPDATE SET question = excluded.question, "
                        + "count = count + 1, last = excluded.last");
             PreparedStatement over = connection.prepareStatement("DELETE FROM refused WHERE rowid IN "
                     + "(SELECT rowid FROM refused ORDER BY last DESC LIMIT -1 OFFSET ?)")) {
            q.setString(1, RefusedQuestion.keyOf(question));
            q.setString(2, reason);
            q.setString(3, question.strip());
            q.setLong(4, clock.millis());
            q.executeUpdate();
            over.setInt(1, MAX_REFUSED);
            over.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(file, "cannot count a refused question: " + e.getMessage(), e);
        }
    }

    synchronized List<RefusedQuestion> readRefused(int limit) {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT question, reason, count, last FROM refused ORDER BY count DESC, last DESC LIMIT ?")) {
            q.setInt(1, limit);
            List<RefusedQuestion> found = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new RefusedQuestion(r.getString(1), r.getString(2), r.getLong(3), Instant.ofEpochMilli(r.getLong(4))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException(file, "cannot read the refused questions: " + e.getMessage(), e);
        }
    }

    /** Deletes what is past its time to live and, beyond the capacity, the least recently touched chats. */
    private void prune() throws SQLException {
        for (Table table : Table.values()) {
            try (PreparedStatement old = connection.prepareStatement("DELETE FROM " + table.name + " WHERE touched < ?");
                 PreparedStatement over = connection.prepareStatement("DELETE FROM " + table.name + " WHERE chat_id IN "
                         + "(SELECT chat_id FROM " + table.name + " ORDER BY touched DESC LIMIT -1 OFFSET ?)")) {
                old.setLong(1, oldestKept());
                old.executeUpdate();
                over.setInt(1, capacity);
                over.executeUpdate();
            }
        }
    }

    private long oldestKept() {
        return clock.millis() - ttl.toMillis();
    }

    /** The tables that keep one text per chat, under the same time to live and capacity. */
    enum Table {
        SESSIONS("sessions", "session"),
        MODEL_TURNS("model_turns", "model's recent turns");

        private final String name;
        private final String what;

        Table(String name, String what) {
            this.name = name;
            this.what = what;
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
