package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.Collection;
import java.util.List;

/** Declaration only (see src/api/README.md). */
public interface CustomFieldManager {
    CustomField getCustomFieldObject(String id);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    List<CustomField> getCustomFieldObjects();
}
