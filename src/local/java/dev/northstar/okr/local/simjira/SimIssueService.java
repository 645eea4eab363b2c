package dev.northstar.okr.local.simjira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.domain.TimedValue;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Jira's issue service over the data set: creates, edits and deletes issues as the user, validated first as Jira
 * validates them (permissions, project and issue type, a summary, custom field values parsed in the user's language),
 * refusing with Jira's error collection in the user's language. A create takes the project's next key and publishes
 * "Issue Created"; an edit of the key result fields (start, target, current value, unit) records a change item per
 * field changed, as Jira's change history does, and publishes "Issue Updated" with an {@code IssueChangedEvent}; a
 * delete publishes "Issue Deleted". An invalid result given to {@code create}, {@code update} or {@code delete}
 * throws, as in Jira.
 */
final class SimIssueService implements IssueService {
    static final long ISSUE_CREATED = 1L;
    static final long ISSUE_DELETED = 8L;

    private final SimulatedJira jira;
    private final SimFieldValues values;
    /** What each valid result stands for, until it is used (the results are Jira's classes; they carry no more). */
    private final Map<Object, Object> pending = Collections.synchronizedMap(new WeakHashMap<>());

    SimIssueService(SimulatedJira jira) {
        this.jira = jira;
        this.values = new SimFieldValues(jira);
    }

    /** A create, validated. */
    private record ToCreate(SimProject project, SimIssueType type, String summary, SimFieldValues.Parsed values) {
    }

    /** An edit, validated. */
    private record ToUpdate(String key, String summary, SimFieldValues.Parsed values) {
    }

    @Override
    public IssueInputParameters newIssueInputParameters() {
        return new SimInputParameters();
    }

    @Override
    public CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters parameters) {
        SimInputParameters in = (SimInputParameters) parameters;
        SimErrors errors = new SimErrors(jira.locale());
        SimProject project = in.projectId == null ? null : jira.data().projects().keySet().stream()
                .map(jira::project).filter(p -> p.getId().equals(in.projectId)).findFirst().orElse(null);
        if (user == null) {
            errors.message(SimErrors.Reason.NOT_LOGGED_IN, "write.notLoggedIn");
        } else if (project == null) {
            errors.field("pid", "write.project");
        } else if (!jira.permissions().hasPermission(ProjectPermissions.CREATE_ISSUES, (Project) project, user)) {
            errors.message(SimErrors.Reason.FORBIDDEN, "write.createPermission");
        }
        SimIssueType type = jira.config().issueType(in.issueTypeId).orElse(null);
        if (project != null && (type == null || type.subTask()
                || !jira.config().scheme(project.key()).orElse(List.of()).contains(type.id()))) {
            errors.field("issuetype", "write.issueType");
        }
        String summary = in.summary == null ? "" : in.summary.strip();
        summary(errors, summary);
        if (in.reporterId != null && user != null && !in.reporterId.equals(user.getUsername())) {
            errors.field("reporter", DemoUser.byKey(in.reporterId).isPresent() ? "write.reporterPermission"
                    : "write.reporter");
        }
        SimFieldValues.Parsed parsed = values.parse(in, errors);
        CreateValidationResult result = SimResults.issueResult(CreateValidationResult.class, errors, null);
        if (!errors.hasAnyErrors()) {
            pending.put(result, new ToCreate(project, type, summary, parsed));
        }
        return result;
    }

    private static void summary(SimErrors errors, String summary) {
        if (summary.isEmpty()) {
            errors.field("summary", "write.summary");
        } else if (summary.length() > 254) {
            errors.field("summary", "write.summaryTooLong");
        }
    }

    @Override
    public IssueResult create(ApplicationUser user, CreateValidationResult result) {
        if (!(pending.remove(result) instanceof ToCreate create)) {
            throw new IllegalStateException("You can not create an issue with an invalid validation result.");
        }
        Instant now = Instant.now();
        String typeName = create.type().name();
        JiraData.Role role = typeName.equalsIgnoreCase(JiraData.OBJECTIVE_TYPE) ? JiraData.Role.OBJECTIVE
                : typeName.equalsIgnoreCase(JiraData.KEY_RESULT_TYPE) ? JiraData.Role.KEY_RESULT : JiraData.Role.ISSUE;
        JiraData.Issue added = jira.data().add(create.project().key(), (key, id) -> new JiraData.Issue(id, key,
                create.summary(), create.project().key(), typeName, false, "To Do", null, role,
                IssueFact.builder(key).type(typeName).statusCategory(StatusCategory.TO_DO).created(now).updated(now)
                        .build()));
        JiraData.MetricValues values = null;
        if (!create.values().isEmpty()) {
            JiraData.MetricValues set = create.values().applyTo(JiraData.MetricValues.NONE);
            Double current = set.current();
            values = new JiraData.MetricValues(set.start(), set.target(), current, set.unit(), current == null
                    ? NumericHistory.empty() : NumericHistory.of(List.of(new TimedValue(now, current))));
            jira.data().setMetric(added.key(), values, List.of());
        }
        jira.journal().created(added, values);
        SimIssue issue = jira.issue(added.key());
        jira.publish(new IssueEvent(issue, Map.of(), user, ISSUE_CREATED));
        return SimResults.issueResult(IssueResult.class, new SimErrors(jira.locale()), issue);
    }

    @Override
    public UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters parameters) {
        SimInputParameters in = (SimInputParameters) parameters;
        SimErrors errors = new SimErrors(jira.locale());
        SimIssue issue = jira.issue(issueId);
        if (user == null) {
            errors.message(SimErrors.Reason.NOT_LOGGED_IN, "write.notLoggedIn");
        } else if (issue == null || !jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            errors.message(SimErrors.Reason.NOT_FOUND, "write.noIssue");
        } else if (!jira.permissions().hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            errors.message(SimErrors.Reason.FORBIDDEN, "write.editPermission");
        }
        String summary = in.summary == null ? null : in.summary.strip();
        if (summary != null) {
            summary(errors, summary);
        }
        SimFieldValues.Parsed parsed = values.parse(in, errors);
        UpdateValidationResult result = SimResults.issueResult(UpdateValidationResult.class, errors, issue);
        if (!errors.hasAnyErrors()) {
            pending.put(result, new ToUpdate(issue.getKey(), summary, parsed));
        }
        return result;
    }

    @Override
    public IssueResult update(ApplicationUser user, UpdateValidationResult result) {
        if (!(pending.remove(result) instanceof ToUpdate update)) {
            throw new IllegalStateException("You can not update an issue with an invalid validation result.");
        }
        IssueEdit edit = jira.edit(update.key());
        if (update.summary() != null) {
            edit.summary(update.summary());
        }
        edit.values(update.values()).by(user).save();
        return SimResults.issueResult(IssueResult.class, new SimErrors(jira.locale()), jira.issue(update.key()));
    }

    @Override
    public DeleteValidationResult validateDelete(ApplicationUser user, Long issueId) {
        SimErrors errors = new SimErrors(jira.locale());
        SimIssue issue = jira.issue(issueId);
        if (user == null) {
            errors.message(SimErrors.Reason.NOT_LOGGED_IN, "write.notLoggedIn");
        } else if (issue == null || !jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            errors.message(SimErrors.Reason.NOT_FOUND, "write.noIssue");
        } else if (!jira.permissions().mayDelete(issue, user)) {
            errors.message(SimErrors.Reason.FORBIDDEN, "write.deletePermission");
        }
        DeleteValidationResult result = SimResults.issueResult(DeleteValidationResult.class, errors, issue);
        if (!errors.hasAnyErrors()) {
            pending.put(result, issue.getKey());
        }
        return result;
    }

    @Override
    public ErrorCollection delete(ApplicationUser user, DeleteValidationResult result) {
        if (!(pending.remove(result) instanceof String key)) {
            throw new IllegalStateException("You can not delete an issue with an invalid validation result.");
        }
        SimIssue before = jira.issue(key);
        if (jira.data().remove(key) != null) {
            jira.journal().deleted(key);
            jira.publish(new IssueEvent(before, Map.of(), user, ISSUE_DELETED));
        }
        return new SimErrors(jira.locale());
    }

    /** The issue as the user sees it through the service: used by the link service. */
    MutableIssue issue(String key) {
        return jira.issue(key);
    }
}
