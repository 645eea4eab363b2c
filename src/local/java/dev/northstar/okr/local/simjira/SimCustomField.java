package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;

/** A custom field of the simulated Jira, of a Jira field type (its key, as Jira's custom field types name them). */
record SimCustomField(String id, String name, String typeKey) implements CustomField {
    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getUntranslatedName() {
        return name;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public CustomFieldType getCustomFieldType() {
        return typeKey == null ? null : (CustomFieldType) () -> typeKey;
    }
}
