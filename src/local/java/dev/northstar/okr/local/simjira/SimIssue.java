package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.schema.OkrSchemaSpec;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * An issue of the simulated Jira as Jira's API shows it: its type and status from the configuration, its dates,
 * and the values of the fields Jira Software and the app's setup add (story points, sprint, epic link; a key
 * result's start, target, current value and unit), looked up by field when asked for, as Jira's issue object does.
 */
final class SimIssue implements MutableIssue {
    private final JiraData.Issue issue;
    private final SimulatedJira jira;

    SimIssue(JiraData.Issue issue, SimulatedJira jira) {
        this.issue = issue;
        this.jira = jira;
    }

    JiraData.Issue data() {
        return issue;
    }

    SimulatedJira jira() {
        return jira;
    }

    @Override
    public Long getId() {
        return issue.id();
    }

    @Override
    public String getKey() {
        return issue.key();
    }

    @Override
    public String getSummary() {
        return issue.summary();
    }

    /** The type of that name in the configuration; before setup creates the app's types, one Jira does not know. */
    @Override
    public IssueType getIssueType() {
        return jira.config().issueTypeNamed(issue.typeName())
                .orElseGet(() -> new SimIssueType("", issue.typeName(), issue.subtask()));
    }

    @Override
    public Status getStatus() {
        return jira.config().status(issue.statusName(), issue.fact().statusCategory());
    }

    @Override
    public Timestamp getCreated() {
        return timestamp(issue.fact().created());
    }

    @Override
    public Timestamp getUpdated() {
        return timestamp(issue.fact().timeline().updated());
    }

    @Override
    public Timestamp getResolutionDate() {
        return timestamp(issue.fact().timeline().resolved());
    }

    @Override
    public Project getProjectObject() {
        return jira.project(issue.projectKey());
    }

    @Override
    public Issue getParentObject() {
        String parent = issue.fact().parentKey();
        return parent == null ? null : jira.issue(parent);
    }

    @Override
    public boolean isSubTask() {
        return issue.subtask();
    }

    @Override
    public Object getCustomFieldValue(CustomField field) {
        if (field == null) {
            return null;
        }
        IssueFact fact = issue.fact();
        String type = field.getCustomFieldType() == null ? null : field.getCustomFieldType().getKey();
        if (JiraConfig.EPIC_LINK_TYPE.equals(type)) {
            return fact.epicKey() == null ? null : jira.issue(fact.epicKey());
        }
        if (JiraConfig.SPRINT_TYPE.equals(type)) {
            List<SimSprint> sprints = fact.sprintIds().stream().map(id -> new SimSprint(jira.data().sprints()
                    .getOrDefault(id, new Sprint(id, null, null, null, null, null)))).toList();
            return sprints.isEmpty() ? null : sprints;
        }
        String name = field.getName();
        if (name != null && name.startsWith("Story")) {
            return fact.storyPoints();
        }
        return jira.data().metric(issue.key()).map(m -> {
            if (name == null) {
                return null;
            }
            if (name.equals(OkrSchemaSpec.START.name())) {
                return (Object) m.start();
            }
            if (name.equals(OkrSchemaSpec.TARGET.name())) {
                return m.target();
            }
            if (name.equals(OkrSchemaSpec.CURRENT.name())) {
                return m.current();
            }
            return name.equals(OkrSchemaSpec.UNIT.name()) && m.unit() != null && !m.unit().isEmpty() ? m.unit() : null;
        }).orElse(null);
    }

    private static Timestamp timestamp(Instant t) {
        return t == null ? null : new Timestamp(t.toEpochMilli());
    }

    @Override
    public String toString() {
        return issue.key();
    }
}
