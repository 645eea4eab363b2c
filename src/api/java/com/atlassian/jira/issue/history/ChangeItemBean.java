package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/** Declaration only (see src/api/README.md). */
public class ChangeItemBean {
    private final String field;
    private final String from;
    private final String fromString;
    private final String to;
    private final String toString;
    private final Timestamp created;

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to,
                          String toString) {
        this(fieldType, field, from, fromString, to, toString, null);
    }

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString,
            Timestamp created) {
        this.field = field;
        this.from = from;
        this.fromString = fromString;
        this.to = to;
        this.toString = toString;
        this.created = created;
    }

    public String getField() {
        return field;
    }

    public Timestamp getCreated() {
        return created;
    }

    public String getFrom() {
        return from;
    }

    public String getFromString() {
        return fromString;
    }

    public String getTo() {
        return to;
    }

    public String getToString() {
        return toString;
    }
}
