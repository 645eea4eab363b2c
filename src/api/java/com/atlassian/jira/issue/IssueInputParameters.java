package com.atlassian.jira.issue;

/**
 * Declaration only (see src/api/README.md). What a create or an edit through Jira's issue service sets: the field
 * setters are fluent, the four flag setters return nothing.
 */
public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setReporterId(String reporterId);

    IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values);

    void setSkipScreenCheck(boolean skipScreenCheck);

    void setApplyDefaultValuesWhenParameterNotProvided(boolean applyDefaultValuesWhenParameterNotProvided);

    void setRetainExistingValuesWhenParameterNotProvided(boolean retainExistingValues,
                                                         boolean onlyValidatePresentFieldsWhenRetainingExistingValues);
}
