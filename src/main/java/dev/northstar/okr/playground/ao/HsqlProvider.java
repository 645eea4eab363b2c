package dev.northstar.okr.playground.ao;

import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.schema.ddl.DDLAction;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** 0.8.2's HSQLDB dialect, on our connections and with Atlassian's migrate rules ({@link SchemaAdaptation}). */
final class HsqlProvider extends HSQLDatabaseProvider {
    private final Connections connections;
    private final SchemaAdaptation schema;

    HsqlProvider(String url, Connections connections, SchemaAdaptation schema) {
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

    /** 0.8.2 sends SHUTDOWN here, which would stop a database other code may share; the owner stops it. */
    @Override
    public void dispose() {
        connections.close();
    }
}
