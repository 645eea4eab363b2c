package com.atlassian.jira.issue.issuetype;

/** Declaration only (see src/api/README.md). */
public interface IssueType {
    String getId();

    String getName();
}
