package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/** Declaration only (see src/api/README.md). */
public interface CustomField {
    String getId();

    String getName();

    CustomFieldType getCustomFieldType();
}
