package dev.northstar.okr.local.ao;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where the ORM gets its JDBC connections: a small pool over a {@link DataSource}, and the thread's transaction.
 * <p>
 * 0.8.2 opens a connection per operation through {@code DriverManager} and closes it again, which costs a
 * PostgreSQL backend start each time; here closing returns the connection to the pool. Inside
 * {@link #inTransaction} every operation of the thread gets the transaction's connection, and closing it does
 * nothing, so that all of them commit or roll back together (0.8.2's own {@code Transaction} forces SERIALIZABLE,
 * which Jira does not use). Every connection handed out quotes the ORM's identifiers ({@link QuotingConnections}).
 */
final class Connections implements AutoCloseable {
    private static final int MAX_IDLE = 8;

    private final DataSource dataSource;
    private final AtlassianNames names;
    private final char quote;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    private boolean closed;

    /** {@code quote}: the database's identifier quote ({@code "}, or {@code `} on MySQL and MariaDB). */
    Connections(DataSource dataSource, AtlassianNames names, char quote) {
        this.dataSource = dataSource;
        this.names = names;
        this.quote = quote;
    }

    /** A connection for one ORM operation; closing it gives it back. */
    Connection get() throws SQLException {
        Connection current = transaction.get();
        if (current != null) {
            return QuotingConnections.wrap(current, names, quote, () -> {
            });
        }
        Connection physical = borrow();
        return QuotingConnections.wrap(physical, names, quote, () -> release(physical));
    }

    boolean inTransaction() {
        return transaction.get() != null;
    }

    /** Runs work in one database transaction on this thread; a transaction already open is joined, as in Jira. */
    <T> T inTransaction(SqlWork<T> work) throws SQLException {
        if (transaction.get() != null) {
            return work.run();
        }
        Connection connection = borrow();
        boolean committed = false;
        try {
            connection.setAutoCommit(false);
            transaction.set(connection);
            T result = work.run();
            connection.commit();
            committed = true;
            return result;
        } finally {
            transaction.remove();
            try {
                if (!committed) {
                    connection.rollback();
                }
                connection.setAutoCommit(true);
                release(connection);
            } catch (SQLException e) {
                connection.close();
            }
        }
    }

    /** Work that may throw SQLException or any unchecked exception; both roll the transaction back. */
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private Connection borrow() throws SQLException {
        synchronized (idle) {
            if (closed) {
                throw new SQLException("the embedded Active Objects service is closed");
            }
            Connection pooled = idle.pollFirst();
            if (pooled != null) {
                return pooled;
            }
        }
        return dataSource.getConnection();
    }

    private void release(Connection physical) {
        try {
            if (!physical.isClosed() && physical.getAutoCommit()) {
                synchronized (idle) {
                    if (!closed && idle.size() < MAX_IDLE) {
                        idle.addFirst(physical);
                        return;
                    }
                }
            }
            physical.close();
        } catch (SQLException e) {
            // A connection that cannot even say whether it is closed is not worth keeping.
            closeQuietly(physical);
        }
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(Connections::closeQuietly);
            idle.clear();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing after use: nothing left to protect
        }
    }
}
