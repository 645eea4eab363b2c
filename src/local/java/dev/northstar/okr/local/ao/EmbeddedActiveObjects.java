package dev.northstar.okr.local.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.StringLength;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Jira's Active Objects service outside Jira: the app's repositories run unchanged on an embedded HSQLDB,
 * PostgreSQL or MariaDB database, for the playground and for repository tests. Backed by the original ORM
 * (net.java.dev.activeobjects 0.8.2, which Atlassian's is a fork of) with Atlassian's naming
 * ({@link AtlassianNames}), quoted identifiers ({@link QuotingConnections}), its migrate rules
 * ({@link SchemaAdaptation}), transactions on the calling thread ({@link Connections}) and entity values cached per
 * thread, so that one request's read never undoes another's unsaved change ({@link ThreadCaches}).
 * <p>
 * Like Atlassian's, every method throws unchecked exceptions ({@link ActiveObjectsSqlException} for SQL errors),
 * and an exception thrown out of {@link #executeInTransaction} rolls the transaction back.
 */
public final class EmbeddedActiveObjects implements ActiveObjects, AutoCloseable {
    /** Which embedded databases the adaptation has been made and tested for. */
    public enum Database {
        HSQLDB, POSTGRESQL,
        /** The MySQL family: MySQL and MariaDB (tested on MariaDB, which Maven Central ships as a test server). */
        MYSQL
    }

    private final Database database;
    private final AtlassianNames names;
    private final SchemaAdaptation schema;
    private final Connections connections;
    private final DatabaseProvider provider;
    private final EntityManager entityManager;
    private final boolean shutdownOnClose;

    private EmbeddedActiveObjects(DataSource dataSource, String namespace, boolean shutdownOnClose)
            throws SQLException {
        this.names = new AtlassianNames(namespace);
        this.schema = new SchemaAdaptation(names.prefix());
        String url;
        String product;
        String quote;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            quote = connection.getMetaData().getIdentifierQuoteString().trim();
        }
        // Identifiers are quoted the database's way, as Atlassian's Active Objects does: " or, on MySQL, `
        this.connections = new Connections(dataSource, names, quote.length() == 1 ? quote.charAt(0) : '"');
        if (product.contains("hsql")) {
            database = Database.HSQLDB;
            provider = new HsqlProvider(url, connections, schema);
        } else if (product.contains("postgres")) {
            database = Database.POSTGRESQL;
            provider = new PostgresProvider(url, connections, schema);
        } else if (product.contains("mysql") || product.contains("mariadb")) {
            database = Database.MYSQL;
            provider = new MySqlProvider(url, connections, schema);
        } else {
            throw new IllegalArgumentException("embedded Active Objects supports HSQLDB, PostgreSQL, MySQL and MariaDB,"
                    + " not " + product);
        }
        this.shutdownOnClose = shutdownOnClose && database == Database.HSQLDB;
        this.entityManager = new EntityManager(provider);
        entityManager.setCache(new ThreadCaches());
        entityManager.setTableNameConverter(names.tableNameConverter());
        entityManager.setFieldNameConverter(names.fieldNameConverter());
    }

    /**
     * Active Objects over a data source someone else owns (and closes). {@code namespace} is what
     * {@code <ao namespace="...">} says in atlassian-plugin.xml; it decides the table prefix.
     */
    public static EmbeddedActiveObjects on(DataSource dataSource, String namespace) {
        try {
            return new EmbeddedActiveObjects(dataSource, namespace, false);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    /**
     * Active Objects over a JDBC URL, e.g. {@code jdbc:hsqldb:file:target/playground/db} or
     * {@code jdbc:postgresql://localhost:5432/okr}. An HSQLDB database opened this way is shut down (written to
     * disk) by {@link #close()}.
     */
    public static EmbeddedActiveObjects open(String jdbcUrl, String user, String password, String namespace) {
        try {
            return new EmbeddedActiveObjects(new UrlDataSource(jdbcUrl, user, password), namespace, true);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    public Database database() {
        return database;
    }

    /** The prefix of every table of this namespace, e.g. {@code AO_3F9A1C_}. */
    public String tablePrefix() {
        return names.prefix();
    }

    /** The table an entity is stored in, as Jira would name it. */
    public String tableName(Class<? extends RawEntity<?>> entity) {
        return names.tableNameConverter().getName(entity);
    }

    @Override
    @SafeVarargs
    public final synchronized void migrate(Class<? extends RawEntity<?>>... entities) {
        for (Class<? extends RawEntity<?>> entity : entities) {
            String table = tableName(entity);
            for (Method method : entity.getMethods()) {
                StringLength length = method.getAnnotation(StringLength.class);
                String column = AtlassianNames.columnName(method);
                if (length != null && column != null) {
                    if (length.value() != StringLength.UNLIMITED
                            && (length.value() <= 0 || length.value() > StringLength.MAX_LENGTH)) {
                        // Atlassian AO refuses these at start-up (ActiveObjectsConfigurationException).
                        throw new IllegalArgumentException(entity.getName() + "#" + method.getName()
                                + ": @StringLength must be 1.." + StringLength.MAX_LENGTH + " or UNLIMITED");
                    }
                    schema.declareStringLength(table, column, length.value());
                }
            }
        }
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        try {
            return entityManager.create(type, params);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return entityManager.get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return entityManager.find(type, query);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        try {
            return entityManager.count(type, query);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        try {
            entityManager.delete(entities);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        try {
            return connections.inTransaction(callback::doInTransaction);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    @Override
    public void close() {
        if (shutdownOnClose) {
            try (Connection connection = connections.get(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new ActiveObjectsSqlException(e);
            }
        }
        provider.dispose();
    }

    /** An SQL error from the ORM, unchecked as in Atlassian's Active Objects. */
    public static final class ActiveObjectsSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ActiveObjectsSqlException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The smallest DataSource over a JDBC URL; the pool in {@link Connections} keeps connections open. */
    private record UrlDataSource(String url, String user, String password) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setLoginTimeout(int seconds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
