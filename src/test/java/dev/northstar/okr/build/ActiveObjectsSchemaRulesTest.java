package dev.northstar.okr.build;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.northstar.okr.local.ao.AtlassianNames;
import dev.northstar.okr.testing.ActiveObjectsRule;
import net.java.ao.Common;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import net.java.ao.schema.Ignore;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;
import org.junit.BeforeClass;
import org.junit.Test;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Atlassian Active Objects' schema rules, checked on every entity the descriptor's {@code <ao>} module names, so
 * that a violation fails the build here instead of the plugin's start in Jira (or only on Oracle or SQL Server).
 */
public class ActiveObjectsSchemaRulesTest {
    /**
     * Reserved words of the databases Jira supports (PostgreSQL, MySQL, Oracle, SQL Server, H2/HSQLDB): AO quotes
     * identifiers, but Atlassian's guidance is to avoid them, and hand-written SQL, reports and DBAs do not quote.
     */
    static final Set<String> RESERVED = new TreeSet<>(List.of(
            "ACCESS", "ACTION", "ADD", "ALL", "ALTER", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC",
            "AUDIT", "AUTHORIZATION", "AVG", "BACKUP", "BEGIN", "BETWEEN", "BIGINT", "BINARY", "BIT", "BLOB", "BOTH",
            "BREAK", "BROWSE", "BULK", "BY", "CASCADE", "CASE", "CAST", "CHAR", "CHARACTER", "CHECK", "CLOB",
            "CLOSE", "CLUSTER", "COLLATE", "COLUMN", "COMMENT", "COMMIT", "COMPRESS", "COMPUTE", "CONDITION",
            "CONNECT", "CONSTRAINT", "CONTAINS", "CONTINUE", "CONVERT", "COUNT", "CREATE", "CROSS", "CURRENT",
            "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURSOR", "DATABASE", "DATE", "DAY",
            "DEC", "DECIMAL", "DECLARE", "DEFAULT", "DEFERRABLE", "DELETE", "DENY", "DESC", "DISK", "DISTINCT", "DIV",
            "DO", "DOUBLE", "DROP", "ELSE", "END", "ESCAPE", "EXCEPT", "EXCLUSIVE", "EXEC", "EXECUTE", "EXISTS",
            "EXIT", "FALSE", "FETCH", "FILE", "FLOAT", "FOR", "FOREIGN", "FROM", "FULL", "FUNCTION", "GOTO", "GRANT",
            "GROUP", "GROUPS", "HAVING", "HOUR", "IDENTIFIED", "IDENTITY", "IF", "IMMEDIATE", "IN", "INCREMENT",
            "INDEX", "INITIAL", "INNER", "INSERT", "INT", "INTEGER", "INTERSECT", "INTERVAL", "INTO", "IS", "JOIN",
            "KEY", "KEYS", "KILL", "LAG", "LATERAL", "LEAD", "LEADING", "LEFT", "LEVEL", "LIKE", "LIMIT", "LOCALTIME",
            "LOCALTIMESTAMP", "LOCK", "LONG", "MAX", "MERGE", "MIN", "MINUS", "MINUTE", "MOD", "MODE", "MODIFY",
            "MONTH", "NATIONAL", "NATURAL", "NO", "NOT", "NOWAIT", "NULL", "NUMBER", "NUMERIC", "OF", "OFF", "OFFSET",
            "ON", "ONLINE", "ONLY", "OPEN", "OPTION", "OR", "ORDER", "OUTER", "OVER", "PARTITION", "PERCENT", "PLAN",
            "POSITION", "PRECISION", "PRIMARY", "PRIOR", "PRIVILEGES", "PROC", "PROCEDURE", "PUBLIC", "RANGE", "RANK",
            "RAW", "READ", "REAL", "REFERENCES", "RENAME", "REPEAT", "RESOURCE", "RETURN", "RETURNING", "REVOKE",
            "RIGHT", "ROLE", "ROLLBACK", "ROW", "ROWID", "ROWNUM", "ROWS", "RULE", "SAVE", "SCHEMA", "SECOND",
            "SELECT", "SESSION", "SESSION_USER", "SET", "SHARE", "SHUTDOWN", "SIMILAR", "SIZE", "SMALLINT", "SOME",
            "START", "STATISTICS", "SUM", "SYNONYM", "SYSDATE", "SYSTEM_USER", "TABLE", "TEXT", "THEN", "TIME",
            "TIMESTAMP", "TO", "TOP", "TRAILING", "TRAN", "TRANSACTION", "TRIGGER", "TRUE", "TRUNCATE", "TYPE", "UID",
            "UNION", "UNIQUE", "UPDATE", "USE", "USER", "VALIDATE", "VALUE", "VALUES", "VARCHAR", "VARCHAR2",
            "VARYING", "VIEW", "WHEN", "WHENEVER", "WHERE", "WHILE", "WINDOW", "WITH", "WITHOUT", "YEAR", "ZONE"));
    /** Atlassian AO's default length of a String column without {@code @StringLength}. */
    static final int DEFAULT_STRING_LENGTH = 255;

    private static String pluginKey;
    private static Element ao;
    private static List<Class<?>> entities;

    @BeforeClass
    public static void readDescriptor() throws Exception {
        PluginDescriptor descriptor;
        try (InputStream xml = new ClassPathResource("atlassian-plugin.xml").getInputStream()) {
            descriptor = PluginDescriptor.parse(xml);
        }
        pluginKey = descriptor.root.getAttribute("key");
        NodeList modules = descriptor.root.getElementsByTagName("ao");
        assertEquals("one <ao> module", 1, modules.getLength());
        ao = (Element) modules.item(0);
        entities = new ArrayList<>();
        for (String name : descriptor.entities) {
            entities.add(Class.forName(name));
        }
        assertFalse("the <ao> module names no entity", entities.isEmpty());
    }

    @Test
    public void shouldKeepTheNamespaceThatDecidesTheTablePrefix() {
        // Changing it renames every table: the data would stay behind under the old prefix.
        assertEquals("dev.northstar.okr", namespace());
        assertEquals(pluginKey, namespace());
        assertEquals(ActiveObjectsRule.NAMESPACE, namespace());
        assertEquals("AO_120676_", AtlassianNames.tablePrefix(namespace()));
    }

    @Test
    public void shouldCatchEachRuleOnABadEntity() {
        List<Class<?>> bad = List.of(BadEntity.class);
        String all = String.join("\n", tableNameProblems(bad, "dev.northstar.okr")) + "\n"
                + String.join("\n", columnNameProblems(bad, "dev.northstar.okr")) + "\n"
                + String.join("\n", stringLengthProblems(bad, "dev.northstar.okr")) + "\n"
                + String.join("\n", columnConstantProblems(bad, "dev.northstar.okr"));
        for (String expected : List.of("table name ORDER is a reserved word", "BadEntity.USER is a reserved word",
                "BadEntity.AVERY_LONG_COLUMN_NAME_THAT_GOES_ON has 35 characters", "@StringLength(1000)",
                "cannot be indexed", "on a column that is no String", "WRONG is no column")) {
            assertTrue("no problem mentions '" + expected + "' in:\n" + all, all.contains(expected));
        }
        List<Class<?>> clashing = List.of(LongIndexEntity.class);
        assertTrue(indexNameProblems(clashing, "dev.northstar.okr").toString(),
                indexNameProblems(clashing, "dev.northstar.okr").isEmpty());
        assertEquals("index_ao_120676_lon", shorten("index_ao_120676_long_index_a_long_column_name_one", 30)
                .substring(0, 19));
    }

    /** Breaks one rule per column. */
    @net.java.ao.schema.Table("Order")
    interface BadEntity extends Entity {
        String WRONG = "WRONG";

        String getUser();

        String getAVeryLongColumnNameThatGoesOn();

        @StringLength(1000)
        String getSummary();

        @Indexed
        @StringLength(StringLength.UNLIMITED)
        String getBody();

        @StringLength(100)
        int getCount();
    }

    /** Long index names that Atlassian shortens; distinct columns must stay distinct. */
    @net.java.ao.schema.Table("LongIndex")
    interface LongIndexEntity extends Entity {
        @Indexed
        String getALongColumnNameOne();

        @Indexed
        String getALongColumnNameTwo();
    }

    @Test
    public void shouldListEveryEntityOfTheAppInTheDescriptor() {
        // An entity missing from <ao> gets no table in Jira, and its first query fails there.
        Set<String> declared = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.northstar.okr")) {
            if (type.isAssignableTo(RawEntity.class) && !type.getPackageName().startsWith("dev.northstar.okr.local.playground")) {
                declared.add(type.getName());
            }
        }
        assertEquals(declared, new TreeSet<>(entities.stream().map(Class::getName).toList()));
    }

    @Test
    public void shouldExtendEntityForAnAutoIncrementedIdColumn() {
        for (Class<?> entity : entities) {
            assertTrue(entity + " must be an interface extending net.java.ao.Entity",
                    entity.isInterface() && Entity.class.isAssignableFrom(entity));
        }
    }

    @Test
    public void shouldKeepTableNamesWithinThirtyCharactersAndOffReservedWords() {
        assertNoProblems(tableNameProblems(entities, namespace()));
    }

    static List<String> tableNameProblems(List<Class<?>> entities, String namespace) {
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : entities) {
            String base = AtlassianNames.baseTableName(entity);
            String table = AtlassianNames.tablePrefix(namespace) + base;
            if (table.length() > AtlassianNames.MAX_LENGTH) {
                problems.add(table + " (" + entity.getSimpleName() + ") has " + table.length() + " characters");
            }
            if (RESERVED.contains(base)) {
                problems.add(entity.getSimpleName() + ": table name " + base + " is a reserved word");
            }
        }
        return problems;
    }

    @Test
    public void shouldKeepColumnNamesWithinThirtyCharactersAndOffReservedWords() {
        assertNoProblems(columnNameProblems(entities, namespace()));
    }

    static List<String> columnNameProblems(List<Class<?>> entities, String namespace) {
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : entities) {
            for (Map.Entry<String, Method> column : columns(entity).entrySet()) {
                String name = column.getKey();
                if (name.length() > AtlassianNames.MAX_LENGTH) {
                    problems.add(entity.getSimpleName() + "." + name + " has " + name.length() + " characters");
                }
                if (RESERVED.contains(name)) {
                    problems.add(entity.getSimpleName() + "." + name + " is a reserved word");
                }
            }
        }
        return problems;
    }

    @Test
    public void shouldBoundStringLengthsAsAtlassianAllows() {
        assertNoProblems(stringLengthProblems(entities, namespace()));
    }

    static List<String> stringLengthProblems(List<Class<?>> entities, String namespace) {
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : entities) {
            for (Map.Entry<String, Method> column : columns(entity).entrySet()) {
                Method method = column.getValue();
                StringLength length = method.getAnnotation(StringLength.class);
                if (length == null) {
                    continue;
                }
                String where = entity.getSimpleName() + "." + column.getKey();
                if (Common.getAttributeTypeFromMethod(method) != String.class) {
                    problems.add(where + ": @StringLength on a column that is no String");
                }
                int value = length.value();
                if (value != StringLength.UNLIMITED && (value < 1 || value > StringLength.MAX_LENGTH)) {
                    problems.add(where + ": @StringLength(" + value + ") must be 1.." + StringLength.MAX_LENGTH
                            + " or UNLIMITED (longer text needs UNLIMITED)");
                }
                if (value == DEFAULT_STRING_LENGTH) {
                    problems.add(where + ": @StringLength(255) is the default; leave it out");
                }
                if (value == StringLength.UNLIMITED
                        && (method.isAnnotationPresent(Indexed.class) || method.isAnnotationPresent(Unique.class))) {
                    problems.add(where + ": an UNLIMITED (CLOB) column cannot be indexed or unique on Oracle"
                            + " and SQL Server");
                }
            }
        }
        return problems;
    }

    @Test
    public void shouldDeriveDistinctIndexNamesThatFitAfterShortening() {
        assertNoProblems(indexNameProblems(entities, namespace()));
    }

    static List<String> indexNameProblems(List<Class<?>> entities, String namespace) {
        Map<String, String> indexes = new HashMap<>();
        List<String> problems = new ArrayList<>();
        String prefix = AtlassianNames.tablePrefix(namespace);
        for (Class<?> entity : entities) {
            String table = prefix + AtlassianNames.baseTableName(entity);
            for (Map.Entry<String, Method> column : columns(entity).entrySet()) {
                if (!column.getValue().isAnnotationPresent(Indexed.class)) {
                    continue;
                }
                // Atlassian's DefaultIndexNameConverter, then AtlassianIndexNameConverter's shortening to 30.
                String name = shorten("index_" + table.toLowerCase(Locale.ROOT) + "_"
                        + column.getKey().toLowerCase(Locale.ROOT), AtlassianNames.MAX_LENGTH);
                String where = entity.getSimpleName() + "." + column.getKey();
                String clash = indexes.put(name, where);
                if (clash != null) {
                    problems.add(where + " and " + clash + " both get index " + name);
                }
                if (name.length() > AtlassianNames.MAX_LENGTH) {
                    problems.add(where + ": index " + name + " is too long");
                }
            }
        }
        return problems;
    }

    @Test
    public void shouldNameColumnConstantsAfterRealColumns() {
        assertNoProblems(columnConstantProblems(entities, namespace()));
    }

    static List<String> columnConstantProblems(List<Class<?>> entities, String namespace) {
        // Repositories build DBParams and where clauses from these constants; a typo would only fail at run time.
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : entities) {
            Set<String> columns = columns(entity).keySet();
            for (Field field : entity.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    try {
                        String value = (String) field.get(null);
                        if (!columns.contains(value)) {
                            problems.add(entity.getSimpleName() + "." + field.getName() + " = " + value
                                    + " is no column of " + columns);
                        }
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return problems;
    }

    private static String namespace() {
        return ao.getAttribute("namespace");
    }

    private static void assertNoProblems(List<String> problems) {
        assertTrue(String.join("\n", problems), problems.isEmpty());
    }

    /** Column name to the accessor or mutator that defines it, as Atlassian AO derives them. */
    static Map<String, Method> columns(Class<?> entity) {
        Map<String, Method> columns = new TreeMap<>();
        for (Method method : entity.getMethods()) {
            if (method.isAnnotationPresent(Ignore.class) || method.getDeclaringClass() == RawEntity.class
                    || Common.getAttributeTypeFromMethod(method) == null) {
                continue;
            }
            String name = AtlassianNames.columnName(method);
            if (name != null) {
                columns.putIfAbsent(name, method);
            }
        }
        return columns;
    }

    /** Atlassian AO's stable shortening (net.java.ao.Common.shorten in AO 6): head kept, tail from the hash. */
    static String shorten(String name, int length) {
        if (name.length() <= length) {
            return name;
        }
        int tail = length / 3;
        long hash = Math.abs((int) (name.hashCode() % Math.round(Math.pow(10, tail))));
        return name.substring(0, length - tail - 1) + hash;
    }
}
