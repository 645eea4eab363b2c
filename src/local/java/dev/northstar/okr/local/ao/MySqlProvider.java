package dev.northstar.okr.local.ao;

import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.schema.ddl.DDLAction;
import net.java.ao.types.DatabaseType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * 0.8.2's MySQL dialect (InnoDB tables, {@code AUTO_INCREMENT} ids), on our connections and with Atlassian's migrate
 * rules ({@link SchemaAdaptation}); used for MySQL and MariaDB. Identifiers are quoted with backticks by
 * {@link QuotingConnections}.
 */
final class MySqlProvider extends MySQLDatabaseProvider {
    private final Connections connections;
    private final SchemaAdaptation schema;

    MySqlProvider(String url, Connections connections, SchemaAdaptation schema) {
        super(url, "", "");
        this.connections = connections;
        this.schema = schema;
    }

    @Override
    protected Connection getConnectionImpl() throws SQLException {
        return connections.get();
    }

    @Override
    public ResultSet getTables(Connection connection) throws SQLException {
        return schema.ownTables(connection);
    }

    @Override
    public String[] renderAction(DDLAction action) {
        if (!schema.allows(action)) {
            return new String[0];
        }
        schema.applyStringLengths(action);
        return super.renderAction(action);
    }

    /**
     * {@code @StringLength(UNLIMITED)} text as {@code LONGTEXT}: 0.8.2 says {@code TEXT}, which MySQL caps at 64 KB,
     * less than Atlassian's unlimited strings hold.
     */
    @Override
    protected String convertTypeToString(DatabaseType<?> type) {
        return type.getType() == Types.CLOB ? "LONGTEXT" : super.convertTypeToString(type);
    }

    /** 0.8.2 would close every pooled connection of a database other code may share; only ours are closed. */
    @Override
    public void dispose() {
        connections.close();
    }
}
