package dev.northstar.okr.local.ao;

import net.java.ao.Accessor;
import net.java.ao.Common;
import net.java.ao.Mutator;
import net.java.ao.RawEntity;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.Ignore;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;
import net.java.ao.schema.TableNameConverter;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Table and column names as Atlassian's Active Objects plugin derives them, so that the playground's schema is the
 * one Jira would create: {@code AO_<last 6 hex of md5(namespace)>_} + UPPER_SNAKE table names, UPPER_SNAKE column
 * names (annotation values included), and at most 30 characters per name. The original ORM 0.8.2 names tables
 * CamelCase and keeps {@code @PrimaryKey("id")} lower-case, which would hide naming mistakes until the app met Jira.
 * <p>
 * Every name handed out is remembered, so that {@link QuotingConnections} can quote exactly these identifiers.
 */
public final class AtlassianNames {
    /** Atlassian's ConverterUtils.MAX_LENGTH: longer table or column names are rejected (Oracle's old limit). */
    public static final int MAX_LENGTH = 30;
    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z\\d])([A-Z\\d])");

    private final String prefix;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    /** Column names by accessor, worked out once: the ORM asks on every getter call. */
    private final java.util.Map<Method, java.util.Optional<String>> columns = new ConcurrentHashMap<>();
    private final java.util.Map<Method, java.util.Optional<String>> polyColumns = new ConcurrentHashMap<>();
    /** Table names by entity, worked out once: the ORM asks on every getter call too. */
    private final java.util.Map<Class<?>, String> tableNames = new ConcurrentHashMap<>();
    private final TableNameConverter tables = this::tableName;
    private final FieldNameConverter fields = new FieldNameConverter() {
        @Override
        public String getName(Method method) {
            return fieldName(method, false);
        }

        @Override
        public String getPolyTypeName(Method method) {
            return fieldName(method, true);
        }
    };

    public AtlassianNames(String namespace) {
        this.prefix = tablePrefix(namespace);
    }

    /** {@code AO_} + the last six hex digits of md5(namespace), upper case, + {@code _}; e.g. {@code AO_3F9A1C_}. */
    public static String tablePrefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    /** camelCase to UPPER_SNAKE the way Atlassian's Underscore converters do: {@code keyResultId -> KEY_RESULT_ID}. */
    public static String upperSnake(String name) {
        return WORD_BOUNDARY.matcher(name).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
    }

    /** The unprefixed table name of an entity: its {@code @Table} value, or else its simple name, in UPPER_SNAKE. */
    public static String baseTableName(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        return upperSnake(table != null ? table.value() : entity.getSimpleName());
    }

    /**
     * The column behind an accessor or mutator, or null for a method that is no column. Mirrors Atlassian's
     * ActiveObjectsFieldNameConverter: {@code @Mutator}, {@code @Accessor} and {@code @PrimaryKey} values are
     * transformed like method names; a reference to another entity gets {@code _ID}.
     */
    public static String columnName(Method method) {
        return columnName(method, false);
    }

    private static String columnName(Method method, boolean polyType) {
        String name;
        Mutator mutator = method.getAnnotation(Mutator.class);
        Accessor accessor = method.getAnnotation(Accessor.class);
        PrimaryKey primaryKey = method.getAnnotation(PrimaryKey.class);
        if (mutator != null) {
            name = mutator.value();
        } else if (accessor != null) {
            name = accessor.value();
        } else if (primaryKey != null && !primaryKey.value().isBlank()) {
            name = primaryKey.value();
        } else if (method.getName().startsWith("get") || method.getName().startsWith("set")) {
            name = method.getName().substring(3);
        } else if (method.getName().startsWith("is")) {
            name = method.getName().substring(2);
        } else {
            return null;
        }
        if (name.isEmpty()) {
            return null;
        }
        String column = upperSnake(name);
        Class<?> type = Common.getAttributeTypeFromMethod(method);
        if (polyType) {
            return column + "_TYPE";
        }
        return type != null && Common.interfaceInheritsFrom(type, RawEntity.class) ? column + "_ID" : column;
    }

    public String prefix() {
        return prefix;
    }

    public TableNameConverter tableNameConverter() {
        return tables;
    }

    public FieldNameConverter fieldNameConverter() {
        return fields;
    }

    /** True for a name this instance handed out, or one carrying this namespace's table prefix. */
    boolean isIdentifier(String word) {
        return issued.contains(word) || (word.startsWith(prefix) && word.length() > prefix.length());
    }

    /**
     * The identifier a word of the ORM's SQL stands for, or null: the word itself when {@link #isIdentifier}, or
     * the upper-case name handed out that an all-lower-case word spells (0.8.2's {@code save()} lower-cases column
     * names; SQL keywords in its statements are upper case, so they never match).
     */
    String identifier(String word) {
        if (isIdentifier(word)) {
            return word;
        }
        String upper = word.toUpperCase(Locale.ROOT);
        return word.equals(word.toLowerCase(Locale.ROOT)) && issued.contains(upper) ? upper : null;
    }

    private String tableName(Class<? extends RawEntity<?>> entity) {
        String known = tableNames.get(entity);
        return known != null ? known : tableNames.computeIfAbsent(entity, e -> newTableName(entity));
    }

    private String newTableName(Class<? extends RawEntity<?>> entity) {
        String name = checkLength(prefix + baseTableName(entity), entity.getName());
        if (issued.add(name)) {
            // Register the columns with the table, so that a raw where clause naming a column the ORM has not
            // touched yet in this JVM is quoted too.
            for (Method method : entity.getMethods()) {
                if (method.getAnnotation(Ignore.class) == null && Common.getAttributeTypeFromMethod(method) != null) {
                    fieldName(method, false);
                }
            }
        }
        return name;
    }

    private String fieldName(Method method, boolean polyType) {
        return (polyType ? polyColumns : columns).computeIfAbsent(method, m -> {
            String name = columnName(m, polyType);
            if (name != null) {
                issued.add(checkLength(name, m.getDeclaringClass().getName() + "#" + m.getName()));
            }
            return java.util.Optional.ofNullable(name);
        }).orElse(null);
    }

    private static String checkLength(String name, String origin) {
        if (name.length() > MAX_LENGTH) {
            // Atlassian AO throws here too (ActiveObjectsException), at plugin start-up in Jira.
            throw new IllegalArgumentException("name " + name + " of " + origin + " is longer than " + MAX_LENGTH
                    + " characters");
        }
        return name;
    }
}
