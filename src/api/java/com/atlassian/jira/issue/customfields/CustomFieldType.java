package com.atlassian.jira.issue.customfields;

/** Declaration only (see src/api/README.md). */
public interface CustomFieldType<T, S> {
    String getKey();
}
