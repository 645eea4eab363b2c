package com.atlassian.jira.issue.context;

/** Declaration only (see src/api/README.md): passed through, never called. */
public interface JiraContextNode {
}
