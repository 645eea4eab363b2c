package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.StatusCategory;
import dev.northstar.okr.domain.TimedValue;
import dev.northstar.okr.schema.OkrSchemaSpec;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The change history Jira would have recorded for the data set: status moves at the instants the export's history
 * gave (first move out of "to do", first move into a done status), and each change of a key result's current value
 * after its first. Story points and other fields kept their value since the issue was created, so they have none.
 * An issue edited through {@link SimulatedJira#edit} has the history its new facts imply, and the change items that
 * the issue and link services recorded (a key result's values, links made or removed) follow, in order. Many issues' history is
 * read in one call ({@link #getChangeItemsWithFieldsForIssues}), each change as a change group of its own.
 */
final class SimHistory implements ChangeHistoryManager {
    private static final String JIRA = "jira";
    private static final String CUSTOM = "custom";

    private final SimulatedJira jira;

    SimHistory(SimulatedJira jira) {
        this.jira = jira;
    }

    @Override
    public List<ChangeItemBean> getChangeItemsForField(Issue issue, String field) {
        SimIssue sim = issue == null || field == null ? null : jira.issue(issue.getKey());
        if (sim == null) {
            return List.of();
        }
        List<ChangeItemBean> items = new ArrayList<>();
        if (field.equalsIgnoreCase("status")) {
            items.addAll(statusMoves(sim));
        }
        if (field.equals(OkrSchemaSpec.CURRENT.name())) {
            items.addAll(valueChanges(sim, field));
        }
        for (JiraData.Change change : jira.data().changes(sim.getKey())) {
            if (change.field().equals(field)) {
                items.add(new ChangeItemBean(change.fieldType(), change.field(), change.from(), change.fromText(),
                        change.to(), change.toText(), new Timestamp(change.at().toEpochMilli())));
            }
        }
        return items;
    }

    @Override
    public List<ChangeHistory> getChangeItemsWithFieldsForIssues(Collection<Issue> issues,
                                                                 Collection<String> fieldNames) {
        List<ChangeHistory> groups = new ArrayList<>();
        for (Issue issue : issues) {
            for (String field : fieldNames) {
                for (ChangeItemBean item : getChangeItemsForField(issue, field)) {
                    groups.add(new Group(issue.getId(), item));
                }
            }
        }
        return groups;
    }

    /** One change group of one item, as Jira's database returns it. */
    private static final class Group extends ChangeHistory {
        private final Long issueId;
        private final ChangeItemBean item;

        Group(Long issueId, ChangeItemBean item) {
            super(null, null, null);
            this.issueId = issueId;
            this.item = item;
        }

        @Override
        public Long getIssueId() {
            return issueId;
        }

        @Override
        public List<ChangeItemBean> getChangeItemBeans() {
            return List.of(item);
        }

        @Override
        public Timestamp getTimePerformed() {
            return item.getCreated();
        }
    }

    private List<ChangeItemBean> statusMoves(SimIssue issue) {
        IssueFact fact = issue.data().fact();
        StatusCategory now = fact.statusCategory();
        if (now == StatusCategory.TO_DO) {
            return List.of();
        }
        String current = issue.getStatus().getId();
        SimStatus toDo = jira.config().status("To Do", StatusCategory.TO_DO);
        SimStatus started = now == StatusCategory.IN_PROGRESS ? (SimStatus) issue.getStatus()
                : jira.config().status("In Progress", StatusCategory.IN_PROGRESS);
        List<ChangeItemBean> moves = new ArrayList<>();
        Instant inProgress = fact.timeline().firstInProgress();
        Instant done = now == StatusCategory.DONE ? fact.timeline().firstDoneTransition() : null;
        String from = toDo.id();
        String fromName = toDo.name();
        if (inProgress != null && (done == null || inProgress.isBefore(done))) {
            moves.add(new ChangeItemBean(JIRA, "status", from, fromName, started.id(), started.name(),
                    new Timestamp(inProgress.toEpochMilli())));
            from = started.id();
            fromName = started.name();
        }
        if (done != null) {
            moves.add(new ChangeItemBean(JIRA, "status", from, fromName, current, issue.data().statusName(),
                    new Timestamp(done.toEpochMilli())));
        }
        return moves;
    }

    /**
     * A key result's current value over time as change items: the first value is the one the issue was created
     * with (no item) when it held from the issue's creation, else it came with an item of its own.
     */
    private List<ChangeItemBean> valueChanges(SimIssue issue, String field) {
        List<TimedValue> values = jira.data().metric(issue.getKey()).map(m -> m.history().values())
                .orElse(List.of());
        Instant created = issue.data().fact().created();
        List<ChangeItemBean> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            TimedValue value = values.get(i);
            if (i == 0 && created != null && !value.at().isAfter(created)) {
                continue;
            }
            String before = i == 0 ? null : text(values.get(i - 1).value());
            items.add(new ChangeItemBean(CUSTOM, field, before, before, text(value.value()), text(value.value()),
                    new Timestamp(value.at().toEpochMilli())));
        }
        return items;
    }

    private static String text(double value) {
        return Double.toString(value);
    }
}
