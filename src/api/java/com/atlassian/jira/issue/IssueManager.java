package com.atlassian.jira.issue;

/** Declaration only (see src/api/README.md). */
public interface IssueManager {
    MutableIssue getIssueObject(String key);
}
