package vn.baocao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Opens the SQLite files the stores keep, the same way for each: write-ahead log (readers never block the
 * writer, and a committed transaction survives the process being killed), {@code synchronous = NORMAL},
 * and writers that wait for another process's lock instead of failing.
 */
final class SqliteFiles {
    /** How long a writer waits for another process's lock before failing. */
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** How long a process that found the file locked while switching its journal waits before it looks again. */
    private static final int BUSY_RETRY_MS = 20;
    private static final int SQLITE_BUSY = 5;
    /** An extended result code's low byte is its primary code. */
    private static final int SQLITE_PRIMARY_CODE = 0xff;

    private SqliteFiles() {
    }

    /** A connection to {@code file}, created with its folder when missing. */
    static Connection connect(Path file) throws SQLException {
        Path dir = file.toAbsolutePath().getParent();
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            writeAheadLogged(s);
            s.execute("PRAGMA synchronous = NORMAL");
            return connection;
        } catch (SQLException e) {
            closeAfterFailure(connection, e);
            throw e;
        }
    }

    /**
     * A connection to {@code file} whose {@code schema} statements ({@code CREATE … IF NOT EXISTS}) have run
     * in one write transaction — which waits for another process's lock as any write does.
     */
    static Connection open(Path file, List<String> schema) throws SQLException {
        Connection connection = connect(file);
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            for (String statement : schema) {
                s.execute(statement);
            }
            s.execute("COMMIT");
            return connection;
        } catch (SQLException e) {
            closeAfterFailure(connection, e);
            throw e;
        }
    }

    /**
     * Puts the file in write-ahead-log mode, which it keeps. Switching needs the file to itself, and SQLite
     * then reports another process's lock at once instead of waiting; so a process that finds it busy looks
     * again after a while, by when the other has switched it, until the busy timeout is spent.
     */
    private static void writeAheadLogged(Statement s) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofMillis(BUSY_TIMEOUT_MS).toNanos();
        while (true) {
            try (ResultSet mode = s.executeQuery("PRAGMA journal_mode")) {
                if (mode.next() && "wal".equalsIgnoreCase(mode.getString(1))) {
                    return;
                }
            }
            try {
                s.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLException e) {
                if (!isBusy(e) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(BUSY_RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for another process's lock", e);
            }
        }
    }

    /** True when {@code e} is SQLite's "database is locked" (SQLITE_BUSY, or one of its extended codes). */
    private static boolean isBusy(SQLException e) {
        return (e.getErrorCode() & SQLITE_PRIMARY_CODE) == SQLITE_BUSY;
    }

    /** Closes {@code connection} after {@code failure}, keeping a second failure as suppressed. */
    static void closeAfterFailure(Connection connection, Exception failure) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
