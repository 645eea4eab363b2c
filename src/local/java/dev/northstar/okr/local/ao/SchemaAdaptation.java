package dev.northstar.okr.local.ao;

import net.java.ao.schema.StringLength;
import net.java.ao.schema.ddl.DDLAction;
import net.java.ao.schema.ddl.DDLField;
import net.java.ao.schema.ddl.DDLTable;
import net.java.ao.types.TypeManager;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What both embedded providers change in 0.8.2's schema handling so that {@code migrate} behaves like Atlassian's:
 * <ul>
 * <li>it only sees this namespace's tables: 0.8.2 diffs against every table in the database and drops those that
 * are not among the entities given, which would wipe any other table sharing the database;</li>
 * <li>it never drops a table or column (Atlassian keeps that for {@code migrateDestructively});</li>
 * <li>it honours {@code @StringLength}, which 0.8.2 does not know: bounded lengths become {@code VARCHAR(n)},
 * {@code UNLIMITED} becomes the database's unbounded text type.</li>
 * </ul>
 * 0.8.2 compares columns by type only, so changing a length later is not migrated (as in Atlassian AO, where it
 * needs an upgrade task).
 */
final class SchemaAdaptation {
    private final String prefix;
    /** {@code TABLE.COLUMN} to the declared {@code @StringLength}. */
    private final Map<String, Integer> stringLengths = new ConcurrentHashMap<>();

    SchemaAdaptation(String prefix) {
        this.prefix = prefix;
    }

    void declareStringLength(String table, String column, int length) {
        stringLengths.put(table + "." + column, length);
    }

    /** This namespace's tables in the connection's current schema, in the shape DatabaseMetaData.getTables has. */
    ResultSet ownTables(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String escape = metaData.getSearchStringEscape();
        String pattern = prefix.replace("_", escape + "_") + "%";
        return metaData.getTables(connection.getCatalog(), connection.getSchema(), pattern, new String[]{"TABLE"});
    }

    /** False for the actions Atlassian's non-destructive migrate never takes. */
    boolean allows(DDLAction action) {
        return switch (action.getActionType()) {
            case DROP, ALTER_DROP_COLUMN -> false;
            default -> true;
        };
    }

    /** Applies {@code @StringLength} to the fields an action is about to create. */
    void applyStringLengths(DDLAction action) {
        DDLTable table = action.getTable();
        if (table == null) {
            return;
        }
        switch (action.getActionType()) {
            case CREATE -> {
                for (DDLField field : table.getFields()) {
                    applyStringLength(table.getName(), field);
                }
            }
            case ALTER_ADD_COLUMN, ALTER_CHANGE_COLUMN -> applyStringLength(table.getName(), action.getField());
            default -> {
            }
        }
    }

    private void applyStringLength(String table, DDLField field) {
        Integer length = stringLengths.get(table + "." + field.getName());
        if (length == null || field.getType().getType() != Types.VARCHAR) {
            return;
        }
        if (length == StringLength.UNLIMITED) {
            field.setType(TypeManager.getInstance().getType(Types.CLOB));
            field.setPrecision(-1);
        } else {
            field.setPrecision(length);
        }
    }
}
