package dev.northstar.okr.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real databases repository tests run on: an in-memory HSQLDB 2.7 and an embedded PostgreSQL 15. Each
 * {@link #fresh()} is an empty database (HSQLDB) or an empty schema (PostgreSQL), so tests never see each other's
 * rows.
 */
public enum TestDatabase {
    HSQLDB {
        @Override
        public Scratch fresh() {
            String url = "jdbc:hsqldb:mem:northstar" + COUNTER.incrementAndGet();
            org.hsqldb.jdbc.JDBCDataSource dataSource = new org.hsqldb.jdbc.JDBCDataSource();
            dataSource.setUrl(url);
            dataSource.setUser("SA");
            dataSource.setPassword("");
            return new Scratch(dataSource, () -> execute(dataSource, "SHUTDOWN"));
        }
    },
    POSTGRESQL {
        @Override
        public Scratch fresh() {
            EmbeddedPostgres server = Postgres.SERVER;
            String schema = "test" + COUNTER.incrementAndGet();
            PGSimpleDataSource admin = dataSource(server, "public");
            execute(admin, "CREATE SCHEMA " + schema);
            return new Scratch(dataSource(server, schema), () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
        }

        private PGSimpleDataSource dataSource(EmbeddedPostgres server, String schema) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[]{"localhost"});
            dataSource.setPortNumbers(new int[]{server.getPort()});
            dataSource.setDatabaseName("postgres");
            dataSource.setUser("postgres");
            dataSource.setCurrentSchema(schema);
            return dataSource;
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** An empty database for one test, and how to throw it away. */
    public record Scratch(DataSource dataSource, Runnable drop) {
    }

    public abstract Scratch fresh();

    /** For {@code @Parameters}: every test class that stores data runs on both. */
    public static List<Object[]> all() {
        return List.of(new Object[]{HSQLDB}, new Object[]{POSTGRESQL});
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * One PostgreSQL server per test JVM: starting one takes seconds. The holder idiom starts it on first use
     * only, so HSQLDB-only runs never pay for it; a shutdown hook stops it with the JVM.
     */
    private static final class Postgres {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is going away; the data directory is a temporary one
                    }
                }, "embedded-postgres-stop"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
    }
}
