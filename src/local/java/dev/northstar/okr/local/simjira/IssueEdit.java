package dev.northstar.okr.local.simjira;

import com.atlassian.jira.event.issue.IssueChangedEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.StatusCategory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One edit of one issue in the simulated Jira, as a user makes it in Jira's issue view: a transition, new story points,
 * another epic, other sprints. {@link #save()} stores the issue as changed and publishes what Jira publishes on the
 * node where the edit happened: an {@link IssueEvent} of type "Issue Updated" (2) and an {@link IssueChangedEvent}
 * with one change item per field changed, in the fields' display names ({@code status}, {@code Story Points},
 * {@code Epic Link}, {@code Sprint}). A save that changes nothing publishes nothing.
 */
public final class IssueEdit {
    /** Jira's "Issue Updated" event type (the app declares only the ids it names itself). */
    public static final long ISSUE_UPDATED = 2L;

    private final SimulatedJira jira;
    private final JiraData.Issue before;
    private Instant at = Instant.now();
    private StatusCategory status;
    private boolean pointsSet;
    private Double points;
    private boolean epicSet;
    private String epic;
    private List<Integer> sprints;
    private String summary;
    private SimFieldValues.Parsed values;
    private com.atlassian.jira.user.ApplicationUser author;

    IssueEdit(SimulatedJira jira, JiraData.Issue before) {
        this.jira = jira;
        this.before = before;
    }

    /** When the edit happens (now unless given): the issue's last update, and the instant of a transition. */
    public IssueEdit at(Instant when) {
        this.at = Objects.requireNonNull(when);
        return this;
    }

    /** A transition into a status of this category ("To Do", "In Progress" or "Done"). */
    public IssueEdit status(StatusCategory category) {
        this.status = Objects.requireNonNull(category);
        return this;
    }

    public IssueEdit storyPoints(Double value) {
        this.pointsSet = true;
        this.points = value;
        return this;
    }

    /** Another epic (Jira Software's Epic Link), or none. */
    public IssueEdit epic(String epicKey) {
        this.epicSet = true;
        this.epic = epicKey;
        return this;
    }

    /** The sprints the issue is and was in. */
    public IssueEdit sprints(List<Integer> sprintIds) {
        this.sprints = List.copyOf(sprintIds);
        return this;
    }

    public IssueEdit summary(String text) {
        this.summary = Objects.requireNonNull(text);
        return this;
    }

    /** New values of the key result fields (through the issue service), recorded in the issue's change history. */
    IssueEdit values(SimFieldValues.Parsed parsed) {
        this.values = parsed;
        return this;
    }

    /** Who makes the edit (named in the published issue event). */
    IssueEdit by(com.atlassian.jira.user.ApplicationUser user) {
        this.author = user;
        return this;
    }

    /** Stores the issue as changed and publishes Jira's events for it; returns the change items published. */
    public List<ChangeItemBean> save() {
        IssueFact old = before.fact();
        List<ChangeItemBean> items = new ArrayList<>();
        Timestamp when = new Timestamp(at.toEpochMilli());
        StatusCategory category = old.statusCategory();
        IssueFact.Timeline t = old.timeline();
        String statusName = before.statusName();
        if (status != null && status != old.statusCategory()) {
            category = status;
            statusName = name(status);
            Instant resolved = status == StatusCategory.DONE ? at : null;
            Instant firstDone = status == StatusCategory.DONE && t.firstDoneTransition() == null ? at
                    : t.firstDoneTransition();
            Instant firstInProgress = status != StatusCategory.TO_DO && t.firstInProgress() == null ? at
                    : t.firstInProgress();
            t = new IssueFact.Timeline(t.created(), resolved, at, firstDone, firstInProgress);
            SimStatus from = jira.config().status(before.statusName(), old.statusCategory());
            SimStatus to = jira.config().status(statusName, status);
            items.add(new ChangeItemBean("jira", "status", from.id(), from.name(), to.id(), to.name(), when));
        }
        Double newPoints = pointsSet ? points : old.storyPoints();
        if (!Objects.equals(newPoints, old.storyPoints())) {
            items.add(new ChangeItemBean("custom", "Story Points", text(old.storyPoints()), text(old.storyPoints()),
                    text(newPoints), text(newPoints), when));
        }
        String newEpic = epicSet ? epic : old.epicKey();
        if (!Objects.equals(newEpic, old.epicKey())) {
            items.add(new ChangeItemBean("custom", "Epic Link", idOf(old.epicKey()), old.epicKey(), idOf(newEpic),
                    newEpic, when));
        }
        List<Integer> newSprints = sprints == null ? old.sprintIds() : sprints;
        if (!newSprints.equals(old.sprintIds())) {
            items.add(new ChangeItemBean("custom", "Sprint", ids(old.sprintIds()), ids(old.sprintIds()),
                    ids(newSprints), ids(newSprints), when));
        }
        String newSummary = summary == null ? before.summary() : summary;
        if (!newSummary.equals(before.summary())) {
            items.add(new ChangeItemBean("jira", "summary", null, before.summary(), null, newSummary, when));
        }
        List<JiraData.Change> valueChanges = List.of();
        JiraData.MetricValues metric = jira.data().metric(before.key()).orElse(JiraData.MetricValues.NONE);
        if (values != null) {
            valueChanges = values.changes(metric, at);
            for (JiraData.Change c : valueChanges) {
                items.add(new ChangeItemBean(c.fieldType(), c.field(), c.from(), c.fromText(), c.to(), c.toText(),
                        when));
            }
        }
        if (items.isEmpty()) {
            return List.of();
        }
        if (!valueChanges.isEmpty()) {
            jira.data().setMetric(before.key(), values.applyTo(metric), valueChanges);
            jira.journal().metric(before.key(), values.applyTo(metric), valueChanges);
        }
        if (t == old.timeline()) {
            t = new IssueFact.Timeline(t.created(), t.resolved(), at, t.firstDoneTransition(), t.firstInProgress());
        }
        IssueFact fact = new IssueFact(old.key(), old.type(), old.subtask(), old.present(), category, t,
                new IssueFact.Links(newEpic, old.parentKey()), new IssueFact.Planning(newPoints, newSprints),
                old.numericFields());
        JiraData.Issue changed = new JiraData.Issue(before.id(), before.key(), newSummary, before.projectKey(),
                before.typeName(), before.subtask(), statusName, before.securityLevel(), before.role(), fact);
        jira.data().replace(changed);
        Issue issue = jira.issue(before.key());
        jira.publish(new IssueEvent(issue, Map.of(), author, ISSUE_UPDATED));
        jira.publish(new Changed(issue, List.copyOf(items)));
        return List.copyOf(items);
    }

    private String idOf(String key) {
        return key == null ? null : jira.data().issue(key).map(i -> Long.toString(i.id())).orElse(null);
    }

    private static String ids(List<Integer> sprintIds) {
        return sprintIds.isEmpty() ? null : sprintIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String text(Double value) {
        return value == null ? null : value.toString();
    }

    static String name(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
    }

    /** Jira's event for an issue update with its change items. */
    private record Changed(Issue issue, Collection<ChangeItemBean> items) implements IssueChangedEvent {
        @Override
        public Issue getIssue() {
            return issue;
        }

        @Override
        public Collection<ChangeItemBean> getChangeItems() {
            return items;
        }
    }
}
