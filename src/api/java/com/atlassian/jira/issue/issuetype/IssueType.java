package com.atlassian.jira.issue.issuetype;

/** Declaration only (see src/api/README.md). Jira declares getId and getName on its super-interface IssueConstant. */
public interface IssueType {
    String getId();

    String getName();

    boolean isSubTask();
}
