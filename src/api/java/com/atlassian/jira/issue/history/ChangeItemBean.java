package com.atlassian.jira.issue.history;

/** Declaration only (see src/api/README.md). */
public class ChangeItemBean {
    private final String fromString;
    private final String toString;

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to,
                          String toString) {
        this.fromString = fromString;
        this.toString = toString;
    }

    public String getFromString() {
        return fromString;
    }

    public String getToString() {
        return toString;
    }
}
