package dev.northstar.okr.authoring;

import java.util.List;

/**
 * An issue to create in Jira: its project, issue type (by id: the app's Objective and Key Result types), summary and
 * any custom field values to set with it. The reporter is always the user who creates it.
 */
public record NewIssue(String projectKey, String issueTypeId, String summary, List<FieldValue> values) {
    public NewIssue {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
