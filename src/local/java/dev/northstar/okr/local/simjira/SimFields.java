package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Custom fields: Jira Software's (story points, sprint, epic link) and the number and text fields setup creates. */
final class SimFields implements CustomFieldManager {
    /** The field types and searchers this Jira has: the system number and text fields. */
    private static final Set<String> TYPES = Set.of(JiraConfig.NUMBER_TYPE, JiraConfig.TEXT_TYPE);
    private static final Set<String> SEARCHERS = Set.of("com.atlassian.jira.plugin.system.customfieldtypes:exactnumber",
            "com.atlassian.jira.plugin.system.customfieldtypes:textsearcher");

    private final SimulatedJira jira;

    SimFields(SimulatedJira jira) {
        this.jira = jira;
    }

    @Override
    public CustomField getCustomFieldObject(String id) {
        return jira.config().field(id).orElse(null);
    }

    @Override
    public Collection<CustomField> getCustomFieldObjectsByName(String customFieldName) {
        return List.copyOf(jira.config().fieldsNamed(customFieldName));
    }

    @Override
    public List<CustomField> getCustomFieldObjects() {
        return List.copyOf(jira.config().fields());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
                                         CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                         List<IssueType> issueTypes) {
        return jira.config().createField(fieldName, fieldType.getKey());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public CustomFieldType getCustomFieldType(String key) {
        return TYPES.contains(key) ? (CustomFieldType) () -> key : null;
    }

    @Override
    public CustomFieldSearcher getCustomFieldSearcher(String key) {
        return SEARCHERS.contains(key) ? new CustomFieldSearcher() {
        } : null;
    }
}
