package dev.northstar.okr.local.ao;

import dev.northstar.okr.testing.ActiveObjectsRule;
import dev.northstar.okr.testing.TestDatabase;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The embedded Active Objects service behaves like Jira's where the app can tell: names, types, transactions. */
@RunWith(Parameterized.class)
public class EmbeddedActiveObjectsTest {
    private static final String TABLE = "AO_120676_SAMPLE_THING";

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public EmbeddedActiveObjectsTest(TestDatabase database) {
        ao = new ActiveObjectsRule(database, SampleEntity.class);
    }

    @Test
    public void shouldPrefixTablesWithTheLastSixHexDigitsOfTheNamespaceMd5() {
        // md5("dev.northstar.okr") = 7726eeaff53ef0ddd127c0d215120676
        assertEquals("AO_120676_", AtlassianNames.tablePrefix("dev.northstar.okr"));
        assertEquals(TABLE, ao.activeObjects().tableName(SampleEntity.class));
    }

    @Test
    public void shouldCreateUpperCaseTableAndColumnsExactlyAsNamed() throws SQLException {
        Map<String, String> columns = columns(TABLE);
        assertEquals(List.of("CREATED_MILLIS", "DESCRIPTION", "ID", "OWNER_KEY", "TITLE"),
                new ArrayList<>(columns.keySet()));
    }

    @Test
    public void shouldSizeStringColumnsByStringLength() throws SQLException {
        Map<String, String> columns = columns(TABLE);
        assertTrue(columns.get("TITLE"), columns.get("TITLE").endsWith("(400)"));
        assertTrue(columns.get("OWNER_KEY"), columns.get("OWNER_KEY").endsWith("(255)"));
        String longText = "x".repeat(20_000);
        SampleEntity created = ao.activeObjects().create(SampleEntity.class,
                new DBParam("OWNER_KEY", "alice"), new DBParam("DESCRIPTION", longText));
        SampleEntity read = ao.secondNode().get(SampleEntity.class, created.getID());
        assertEquals(longText, read.getDescription());
    }

    @Test
    public void shouldCreateFindCountAndDelete() {
        EmbeddedActiveObjects service = ao.activeObjects();
        for (int i = 0; i < 5; i++) {
            service.create(SampleEntity.class, new DBParam("OWNER_KEY", i % 2 == 0 ? "alice" : "bob"),
                    new DBParam("CREATED_MILLIS", 1000L + i));
        }
        Query alices = Query.select().where("OWNER_KEY = ?", "alice").order("CREATED_MILLIS DESC").limit(2);
        SampleEntity[] newest = service.find(SampleEntity.class, alices);
        assertEquals(2, newest.length);
        assertEquals(1004L, newest[0].getCreatedMillis());
        assertEquals(1002L, newest[1].getCreatedMillis());
        assertEquals(3, service.count(SampleEntity.class, Query.select().where("OWNER_KEY = ?", "alice")));

        service.delete(newest);
        assertEquals(1, service.count(SampleEntity.class, Query.select().where("OWNER_KEY = ?", "alice")));
    }

    @Test
    public void shouldFindNothingByADoubleQuotedColumnOnMariaDbAsOnMySql() {
        EmbeddedActiveObjects service = ao.activeObjects();
        service.create(SampleEntity.class, new DBParam("OWNER_KEY", "alice"));
        Query plain = Query.select().where("OWNER_KEY = ?", "alice");
        Query doubleQuoted = Query.select().where("\"OWNER_KEY\" = ?", "alice");
        assertEquals("a plain upper-case column is found on every database", 1,
                service.find(SampleEntity.class, plain).length);
        // On MySQL and MariaDB "OWNER_KEY" is the string 'OWNER_KEY', never equal to 'alice': the lookup silently
        // finds nothing. On HSQLDB and PostgreSQL it is the quoted column.
        int expected = service.database() == EmbeddedActiveObjects.Database.MYSQL ? 0 : 1;
        assertEquals(expected, service.find(SampleEntity.class, doubleQuoted).length);
        assertEquals(expected, service.count(SampleEntity.class, doubleQuoted));
    }

    @Test
    public void shouldQuoteIdentifiersWithTheDatabasesOwnQuote() {
        EmbeddedActiveObjects.Database database = ao.activeObjects().database();
        assertEquals(ao.database() == TestDatabase.MARIADB ? EmbeddedActiveObjects.Database.MYSQL
                : EmbeddedActiveObjects.Database.valueOf(ao.database().name()), database);
        AtlassianNames names = new AtlassianNames(ActiveObjectsRule.NAMESPACE);
        names.tableNameConverter().getName(SampleEntity.class);
        assertEquals("SELECT `OWNER_KEY` FROM `AO_120676_SAMPLE_THING` WHERE `OWNER_KEY` = 'OWNER_KEY'",
                QuotingConnections.quote("SELECT owner_key FROM AO_120676_SAMPLE_THING WHERE OWNER_KEY = 'OWNER_KEY'",
                        names, '`'));
        assertEquals("SELECT \"ID\" FROM \"AO_120676_SAMPLE_THING\" WHERE \"OWNER_KEY\" = ? AND `TITLE` = ?",
                QuotingConnections.quote("SELECT ID FROM AO_120676_SAMPLE_THING WHERE \"OWNER_KEY\" = ? AND `TITLE` = ?",
                        names, '"'));
    }

    @Test
    public void shouldRollBackEverythingWhenTheCallbackThrows() {
        EmbeddedActiveObjects service = ao.activeObjects();
        try {
            service.executeInTransaction(() -> {
                service.create(SampleEntity.class, new DBParam("OWNER_KEY", "alice"));
                service.create(SampleEntity.class, new DBParam("OWNER_KEY", "bob"));
                throw new IllegalStateException("boom");
            });
            fail("the callback's exception must reach the caller");
        } catch (IllegalStateException expected) {
            assertEquals("boom", expected.getMessage());
        }
        assertEquals(0, service.count(SampleEntity.class, Query.select()));
    }

    @Test
    public void shouldCommitAndReturnTheCallbackResult() {
        EmbeddedActiveObjects service = ao.activeObjects();
        int id = service.executeInTransaction(() -> {
            SampleEntity one = service.create(SampleEntity.class, new DBParam("OWNER_KEY", "alice"));
            // a nested transaction joins the outer one
            service.executeInTransaction(() -> service.create(SampleEntity.class, new DBParam("OWNER_KEY", "bob")));
            return one.getID();
        });
        assertEquals(2, ao.secondNode().count(SampleEntity.class, Query.select()));
        assertEquals("alice", ao.secondNode().get(SampleEntity.class, id).getOwnerKey());
    }

    @Test
    public void shouldMigrateAgainWithoutTouchingDataOrOtherTables() throws SQLException {
        execute("CREATE TABLE " + quoted("UNRELATED") + " (X INTEGER)");
        ao.activeObjects().create(SampleEntity.class, new DBParam("OWNER_KEY", "alice"));

        ao.activeObjects().migrate(SampleEntity.class);
        try (EmbeddedActiveObjects restarted = ao.secondNode()) {
            restarted.migrate(SampleEntity.class);
            assertEquals(1, restarted.count(SampleEntity.class, Query.select()));
        }

        assertFalse("0.8.2 alone would drop every table that is not an entity", columns("UNRELATED").isEmpty());
    }

    @Test
    public void shouldSaveChangesMadeThroughSettersOnEveryDatabase() {
        // 0.8.2's save() names changed columns in lower case; PostgreSQL would not find them unquoted.
        SampleEntity created = ao.activeObjects().create(SampleEntity.class, new DBParam("OWNER_KEY", "alice"));
        created.setOwnerKey("bob");
        created.setCreatedMillis(42L);
        created.save();

        SampleEntity read = ao.secondNode().find(SampleEntity.class,
                Query.select().where("ID = ?", created.getID()))[0];
        assertEquals("bob", read.getOwnerKey());
        assertEquals(42L, read.getCreatedMillis());
    }

    /**
     * A read of a row on one thread, between another thread's setters and its save, must not undo that change: in
     * Jira each read has its own entity values. (0.8.2's shared value cache saved the row's old values here.)
     */
    @Test
    public void shouldKeepAChangeMadeOnOneThreadWhileAnotherThreadReadsTheRow() throws Exception {
        SampleEntity created = ao.activeObjects().create(SampleEntity.class, new DBParam("OWNER_KEY", "alice"));
        int id = created.getID();
        SampleEntity writing = ao.activeObjects().find(SampleEntity.class, Query.select().where("ID = ?", id))[0];
        writing.setOwnerKey("bob");
        java.util.concurrent.atomic.AtomicReference<String> read = new java.util.concurrent.atomic.AtomicReference<>();
        Thread reader = new Thread(() -> read.set(ao.activeObjects().find(SampleEntity.class,
                Query.select().where("ID = ?", id))[0].getOwnerKey()));
        reader.start();
        reader.join();
        writing.save();

        assertEquals("the reader sees what is stored", "alice", read.get());
        assertEquals("bob", ao.secondNode().find(SampleEntity.class,
                Query.select().where("ID = ?", id))[0].getOwnerKey());
    }

    @Test
    public void shouldNumberRowsFromOneAsJiraDoes() {
        assertEquals(1, ao.activeObjects().create(SampleEntity.class, new DBParam("OWNER_KEY", "a")).getID());
        assertEquals(2, ao.activeObjects().create(SampleEntity.class, new DBParam("OWNER_KEY", "b")).getID());
    }

    @Test
    public void shouldReadColumnsNeverSetAsNull() {
        // 0.8.2 cannot take new DBParam("TITLE", null) (its hashCode fails); leave the column out instead.
        SampleEntity created = ao.activeObjects().create(SampleEntity.class, new DBParam("OWNER_KEY", "alice"));
        assertNull(ao.secondNode().get(SampleEntity.class, created.getID()).getTitle());
    }

    private Map<String, String> columns(String table) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (Connection connection = ao.dataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rows = metaData.getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
                while (rows.next()) {
                    columns.put(rows.getString("COLUMN_NAME"),
                            rows.getString("TYPE_NAME") + "(" + rows.getInt("COLUMN_SIZE") + ")");
                }
            }
        }
        return columns;
    }

    /** A name in the database's own identifier quotes ({@code "}, or {@code `} on MariaDB). */
    private String quoted(String name) throws SQLException {
        try (Connection connection = ao.dataSource().getConnection()) {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            return quote + name + quote;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = ao.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
