package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration only (see src/api/README.md). Atlassian's Active Objects has it; the original ORM 0.8.2 we compile
 * the rest of {@code net.java.ao} against does not. The constants are inlined into our bytecode, so their values
 * must be Atlassian's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
    /** The longest string Atlassian AO accepts as a bounded column (the SQL Server nvarchar limit). */
    int MAX_LENGTH = 450;
    /** An unbounded text column (CLOB / TEXT). */
    int UNLIMITED = -1;

    int value();
}
