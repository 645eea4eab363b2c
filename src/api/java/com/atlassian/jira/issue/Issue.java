package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

import java.sql.Timestamp;

/** Declaration only (see src/api/README.md). */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    IssueType getIssueType();

    Status getStatus();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    Project getProjectObject();

    Issue getParentObject();

    boolean isSubTask();

    Object getCustomFieldValue(CustomField customField);
}
