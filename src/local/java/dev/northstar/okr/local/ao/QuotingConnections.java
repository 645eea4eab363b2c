package dev.northstar.okr.local.ao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Quotes the ORM's table and column names in every SQL statement it sends, as Atlassian's Active Objects does, with
 * the database's own identifier quote: {@code "} on HSQLDB and PostgreSQL, {@code `} on MySQL and MariaDB.
 * <p>
 * Why: 0.8.2 writes identifiers unquoted. PostgreSQL folds unquoted names to lower case, so its tables would be
 * {@code ao_3f9a1c_checkin} while Jira's are {@code "AO_3F9A1C_CHECKIN"}, and a plain where clause written for Jira
 * ({@code "KEY_RESULT_KEY = ?"}) would fail here. 0.8.2 builds SQL in many places (EntityManager, EntityProxy,
 * SchemaGenerator, the providers) with no hook for quoting, so the statement text is rewritten on its way to the
 * driver: a bare word outside string literals and quoted identifiers is quoted when it is a name
 * {@link AtlassianNames} handed out or carries the namespace's table prefix. On HSQLDB quoting an upper-case name
 * changes nothing. 0.8.2's {@code save()} names the changed columns in lower case (its value cache lower-cases
 * them), so a lower-case word whose upper-case form is a name handed out is quoted in upper case. The entities'
 * names are kept off SQL's reserved words by ActiveObjectsSchemaRulesTest, so a keyword is never mistaken for a
 * column.
 * <p>
 * Text already in double quotes is passed on untouched, whatever the database: on HSQLDB and PostgreSQL it is a
 * quoted identifier, on MySQL and MariaDB (in their default sql_mode, which has no ANSI_QUOTES) a string literal.
 * So a where clause that double-quotes a column ({@code "\"KEY_RESULT_KEY\" = ?"}) finds nothing on MariaDB here,
 * as it finds nothing on MySQL: the repository tests that run on MariaDB catch it.
 */
final class QuotingConnections {
    private QuotingConnections() {
    }

    /**
     * A connection that quotes identifiers with {@code quote} and, when closed, runs {@code onClose} instead of
     * closing.
     */
    static Connection wrap(Connection physical, AtlassianNames names, char quote, Runnable onClose) {
        return (Connection) Proxy.newProxyInstance(QuotingConnections.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new Handler(physical, names, quote, onClose));
    }

    /** {@code sql} with every identifier of {@code names} quoted with {@code quote}. */
    static String quote(String sql, AtlassianNames names, char quote) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? n : end + 1;
                out.append(sql, i, end);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                String word = sql.substring(i, end);
                String identifier = names.identifier(word);
                if (identifier != null) {
                    out.append(quote).append(identifier).append(quote);
                } else {
                    out.append(word);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static final class Handler implements InvocationHandler {
        private final Connection physical;
        private final AtlassianNames names;
        private final char quote;
        private final Runnable onClose;
        private boolean closed;

        Handler(Connection physical, AtlassianNames names, char quote, Runnable onClose) {
            this.physical = physical;
            this.names = names;
            this.quote = quote;
            this.onClose = onClose;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    if (!closed) {
                        closed = true;
                        onClose.run();
                    }
                    return null;
                case "isClosed":
                    return closed || physical.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "quoting " + physical;
                default:
                    break;
            }
            if (closed) {
                throw new java.sql.SQLException("connection already given back");
            }
            Object[] actual = args;
            if (args != null && args.length > 0 && args[0] instanceof String sql
                    && (method.getName().startsWith("prepare") || method.getName().equals("nativeSQL"))) {
                actual = args.clone();
                actual[0] = quote(sql, names, quote);
            }
            Object result = call(physical, method, actual);
            if (result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)) {
                return quotingStatement(statement);
            }
            return result;
        }

        private Statement quotingStatement(Statement statement) {
            return (Statement) Proxy.newProxyInstance(QuotingConnections.class.getClassLoader(),
                    new Class<?>[]{Statement.class}, (proxy, method, args) -> {
                        Object[] actual = args;
                        if (args != null && args.length > 0 && args[0] instanceof String sql
                                && (method.getName().startsWith("execute") || method.getName().equals("addBatch"))) {
                            actual = args.clone();
                            actual[0] = quote(sql, names, quote);
                        }
                        return call(statement, method, actual);
                    });
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
