package dev.northstar.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.TimedValue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What Jira's change history says about an issue, for {@link JiraIssueFacts}: when it first moved out of "to do" and
 * into a done status, and a number field's values over time. One history read per issue and field, oldest first.
 */
final class IssueHistory {
    private final ChangeHistoryManager history;

    IssueHistory(ChangeHistoryManager history) {
        this.history = history;
    }

    /** When a field was first given a value (the first change, oldest first, to a value), or null. */
    static Instant firstSet(List<ChangeItemBean> changes) {
        return changes.stream()
                .filter(item -> item.getTo() != null || item.getToString() != null)
                .map(item -> instant(item.getCreated()))
                .filter(t -> t != null)
                .findFirst().orElse(null);
    }

    /** The first status change (oldest first) into one of the statuses, or null. */
    static Instant firstInto(List<ChangeItemBean> moves, Set<String> statuses) {
        return moves.stream()
                .filter(item -> statuses.contains(item.getTo()))
                .map(item -> instant(item.getCreated()))
                .filter(t -> t != null)
                .findFirst().orElse(null);
    }

    /**
     * When the issue first left "to do": its creation when the first status change leaves an in-progress or done
     * status (it held that status from the start), else the first change into one. Null without such history; the
     * engine then falls back to the done instant or the last update.
     */
    static Instant firstInProgress(List<ChangeItemBean> moves, Set<String> startedStatuses, Instant created) {
        if (moves.isEmpty()) {
            return null;
        }
        if (startedStatuses.contains(moves.get(0).getFrom())) {
            return created;
        }
        return firstInto(moves, startedStatuses);
    }

    /**
     * A number field's value over time (a KR's current value, or a field a KR's JQL sums): the value before the first
     * recorded change held since the issue was created, then each change. A value set when the issue was created
     * leaves no change item, so with none it held all along.
     */
    NumericHistory values(Issue issue, CustomField field, Double now) {
        Instant created = instant(issue.getCreated());
        List<ChangeItemBean> items = new ArrayList<>(changes(issue, field.getUntranslatedName()));
        if (field.getName() != null && !field.getName().equals(field.getUntranslatedName())) {
            items.addAll(changes(issue, field.getName()));
            items.sort(Comparator.comparing(i -> instant(i.getCreated()), Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        List<TimedValue> values = new ArrayList<>();
        if (items.isEmpty()) {
            if (now != null && created != null) {
                values.add(new TimedValue(created, now));
            }
            return NumericHistory.of(values);
        }
        Double before = parse(items.get(0).getFrom(), items.get(0).getFromString());
        if (before != null && created != null) {
            values.add(new TimedValue(created, before));
        }
        for (ChangeItemBean item : items) {
            Double to = parse(item.getTo(), item.getToString());
            Instant at = instant(item.getCreated());
            if (to != null && at != null) {
                values.add(new TimedValue(at, to)); // a cleared value keeps the last one: the history has no gaps
            }
        }
        return NumericHistory.of(values);
    }

    List<ChangeItemBean> changes(Issue issue, String field) {
        if (field == null) {
            return List.of();
        }
        List<ChangeItemBean> items = history.getChangeItemsForField(issue, field);
        if (items == null) {
            return List.of();
        }
        List<ChangeItemBean> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(i -> instant(i.getCreated()), Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    static Double number(Object value) {
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        return value instanceof String s ? parse(s, null) : null;
    }

    static Double parse(String raw, String display) {
        for (String text : new String[] {raw, display}) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                double v = Double.parseDouble(text.trim());
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException notANumber) {
                // try the display value next
            }
        }
        return null;
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : Instant.ofEpochMilli(t.getTime());
    }
}
