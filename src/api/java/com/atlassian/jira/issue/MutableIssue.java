package com.atlassian.jira.issue;

/** Declaration only (see src/api/README.md). */
public interface MutableIssue extends Issue {
}
