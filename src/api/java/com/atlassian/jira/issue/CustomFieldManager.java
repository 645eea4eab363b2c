package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;
import java.util.List;

/**
 * Declaration only (see src/api/README.md). Jira's createCustomField also declares the checked
 * org.ofbiz.core.entity.GenericEntityException; throws clauses do not take part in linking, and the caller catches
 * Exception, which compiles against both this declaration and the real jar without importing OfBiz.
 */
public interface CustomFieldManager {
    CustomField getCustomFieldObject(String id);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
                                  CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                  List<IssueType> issueTypes);

    CustomFieldType getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);
}
