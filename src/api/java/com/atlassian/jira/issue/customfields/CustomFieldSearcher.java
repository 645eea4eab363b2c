package com.atlassian.jira.issue.customfields;

/** Declaration only (see src/api/README.md): passed through, never called. */
public interface CustomFieldSearcher {
}
