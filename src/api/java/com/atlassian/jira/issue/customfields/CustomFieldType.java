package com.atlassian.jira.issue.customfields;

/** Declaration only (see src/api/README.md). Generic in Jira; the type parameters erase away. */
public interface CustomFieldType<T, S> {
    String getKey();
}
