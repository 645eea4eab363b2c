package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.IssueInputParameters;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a create or an edit through the simulated Jira's issue service sets, as Jira's input parameters hold it: the
 * fields given, by id, and the flags. A custom field given with no value is cleared.
 */
final class SimInputParameters implements IssueInputParameters {
    Long projectId;
    String issueTypeId;
    String summary;
    String reporterId;
    final Map<String, List<String>> customFields = new LinkedHashMap<>();
    boolean skipScreenCheck;
    boolean applyDefaults;
    boolean retainExisting = true;
    boolean onlyValidatePresent;

    @Override
    public IssueInputParameters setProjectId(Long id) {
        this.projectId = id;
        return this;
    }

    @Override
    public IssueInputParameters setIssueTypeId(String id) {
        this.issueTypeId = id;
        return this;
    }

    @Override
    public IssueInputParameters setSummary(String text) {
        this.summary = text;
        return this;
    }

    @Override
    public IssueInputParameters setReporterId(String id) {
        this.reporterId = id;
        return this;
    }

    @Override
    public IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values) {
        customFields.put(fullCustomFieldKey, values == null ? List.of()
                : Arrays.stream(values).filter(v -> v != null && !v.isEmpty()).toList());
        return this;
    }

    @Override
    public void setSkipScreenCheck(boolean skip) {
        this.skipScreenCheck = skip;
    }

    @Override
    public void setApplyDefaultValuesWhenParameterNotProvided(boolean apply) {
        this.applyDefaults = apply;
    }

    @Override
    public void setRetainExistingValuesWhenParameterNotProvided(boolean retain, boolean onlyPresent) {
        this.retainExisting = retain;
        this.onlyValidatePresent = onlyPresent;
    }
}
