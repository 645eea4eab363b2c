package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

/** Declaration only (see src/api/README.md). */
public interface IssueTypeManager {
    IssueType createIssueType(String name, String description, Long avatarId);

    IssueType getIssueType(String id);

    Collection<IssueType> getIssueTypes();
}
