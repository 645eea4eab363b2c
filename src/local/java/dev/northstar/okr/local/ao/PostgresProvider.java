package dev.northstar.okr.local.ao;

import net.java.ao.Common;
import net.java.ao.DBParam;
import net.java.ao.RawEntity;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.ddl.DDLAction;
import net.java.ao.types.TypeManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** 0.8.2's PostgreSQL dialect, on our connections and with Atlassian's migrate rules ({@link SchemaAdaptation}). */
final class PostgresProvider extends PostgreSQLDatabaseProvider {
    private final Connections connections;
    private final SchemaAdaptation schema;

    PostgresProvider(String url, Connections connections, SchemaAdaptation schema) {
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
     * 0.8.2 names the SERIAL sequence inside a string literal, {@code NEXTVAL('table_ID_seq')}, which PostgreSQL
     * folds to lower case; with quoted upper-case tables the sequence is {@code "AO_..._ID_seq"}, so it is quoted
     * here. 0.8.2 also serialises every insert of the provider ({@code synchronized}); sequences need no lock.
     */
    @Override
    public <T> T insertReturningKey(Connection conn, Class<T> pkType, String pkField, boolean pkIdentity,
                                    String table, DBParam... params) throws SQLException {
        T key = null;
        for (DBParam param : params) {
            if (param.getField().trim().equalsIgnoreCase(pkField)) {
                @SuppressWarnings("unchecked")
                T given = (T) param.getValue();
                key = given;
            }
        }
        List<DBParam> all = new ArrayList<>(Arrays.asList(params));
        if (key == null) {
            String sequence = "\"" + table + "_" + pkField + "_seq\"";
            try (PreparedStatement next = conn.prepareStatement("SELECT NEXTVAL('" + sequence + "')");
                 ResultSet result = next.executeQuery()) {
                result.next();
                key = TypeManager.getInstance().getType(pkType).pullFromDatabase(null, result, pkType, 1);
            }
            all.add(new DBParam(pkField, key));
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
        StringBuilder values = new StringBuilder();
        for (DBParam param : all) {
            sql.append(param.getField()).append(',');
            values.append("?,");
        }
        sql.setLength(sql.length() - 1);
        values.setLength(values.length() - 1);
        sql.append(") VALUES (").append(values).append(')');
        try (PreparedStatement insert = conn.prepareStatement(sql.toString())) {
            for (int i = 0; i < all.size(); i++) {
                Object value = all.get(i).getValue();
                if (value instanceof RawEntity<?> entity) {
                    value = Common.getPrimaryKeyValue(entity);
                }
                if (value == null) {
                    putNull(insert, i + 1);
                } else {
                    @SuppressWarnings("unchecked")
                    Class<Object> type = (Class<Object>) value.getClass();
                    TypeManager.getInstance().getType(type).putToDatabase(i + 1, insert, value);
                }
            }
            insert.executeUpdate();
        }
        return key;
    }

    /** 0.8.2 binds every null as an INTEGER, which PostgreSQL refuses for a TIMESTAMP column; let it infer. */
    @Override
    public void putNull(PreparedStatement stmt, int index) throws SQLException {
        stmt.setNull(index, Types.NULL);
    }

    @Override
    public void dispose() {
        connections.close();
    }
}
