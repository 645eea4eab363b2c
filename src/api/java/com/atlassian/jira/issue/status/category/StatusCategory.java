package com.atlassian.jira.issue.status.category;

/** Declaration only (see src/api/README.md). */
public interface StatusCategory {
    String getKey();
}
