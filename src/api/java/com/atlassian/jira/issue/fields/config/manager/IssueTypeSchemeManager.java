package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Collection;

/** Declaration only (see src/api/README.md). Option ids are issue type ids (Strings). */
public interface IssueTypeSchemeManager {
    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme);

    void addOptionToDefault(String id);
}
