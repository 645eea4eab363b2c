package dev.northstar.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.TimedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Jira's change history says about issues, for {@link JiraIssueFacts}: when an issue first moved out of "to do"
 * and into a done status, and a number field's values over time. The history of many issues is read in one call per
 * {@value #BATCH} issues ({@link ChangeHistoryManager#getChangeItemsWithFieldsForIssues}), one database round trip
 * each, rather than one per issue; the items come back as plain {@link Change}s, oldest first, by field name.
 *
 * <p>Should a Jira link the batched call differently from our declaration of it (its parameter types could not be
 * confirmed from a Jira 10/11 source), the first {@link LinkageError} is logged and history is read per issue from
 * then on, as before, so figures stay right at the old cost.
 */
final class IssueHistory {
    private static final Logger LOG = LoggerFactory.getLogger(IssueHistory.class);
    /** Issues per batched history read. */
    static final int BATCH = 500;

    private final ChangeHistoryManager history;
    private volatile boolean perIssue;

    IssueHistory(ChangeHistoryManager history) {
        this.history = history;
    }

    /** When a field was first given a value (the first change, oldest first, to a value), or null. */
    static Instant firstSet(List<Change> changes) {
        return changes.stream()
                .filter(item -> item.to() != null || item.toText() != null)
                .map(Change::at)
                .filter(t -> t != null)
                .findFirst().orElse(null);
    }

    /** One change item as the app keeps it: values before and after, with their display text, and when. */
    record Change(String from, String fromText, String to, String toText, Instant at) {
        static Change of(ChangeItemBean item, Timestamp fallback) {
            Timestamp created = item.getCreated() != null ? item.getCreated() : fallback;
            return new Change(item.getFrom(), item.getFromString(), item.getTo(), item.getToString(),
                    instant(created));
        }
    }

    /**
     * The changes to the named fields of each issue, by issue id and then by field name, each list oldest first (an
     * item without a date last). Issues without changes to a field have no entry for it.
     */
    Map<Long, Map<String, List<Change>>> read(List<? extends Issue> issues, Collection<String> fields) {
        Map<Long, Map<String, List<Change>>> byIssue = new HashMap<>();
        if (issues.isEmpty() || fields.isEmpty()) {
            return byIssue;
        }
        Set<String> wanted = Set.copyOf(fields);
        for (int from = 0; from < issues.size(); from += BATCH) {
            List<? extends Issue> batch = issues.subList(from, Math.min(issues.size(), from + BATCH));
            if (!perIssue && batched(batch, wanted, byIssue)) {
                continue;
            }
            for (Issue issue : batch) {
                for (String field : wanted) {
                    List<ChangeItemBean> items = history.getChangeItemsForField(issue, field);
                    for (ChangeItemBean item : items == null ? List.<ChangeItemBean>of() : items) {
                        add(byIssue, issue.getId(), field, Change.of(item, null));
                    }
                }
            }
        }
        byIssue.values().forEach(byField -> byField.values().forEach(IssueHistory::sortOldestFirst));
        return byIssue;
    }

    private boolean batched(List<? extends Issue> batch, Set<String> wanted,
                            Map<Long, Map<String, List<Change>>> byIssue) {
        List<ChangeHistory> groups;
        try {
            groups = history.getChangeItemsWithFieldsForIssues(new ArrayList<Issue>(batch), List.copyOf(wanted));
        } catch (LinkageError differentJira) {
            perIssue = true;
            LOG.warn("Northstar OKR reads change history per issue: this Jira has no batched history read as declared",
                    differentJira);
            return false;
        }
        for (ChangeHistory group : groups == null ? List.<ChangeHistory>of() : groups) {
            List<ChangeItemBean> items = group.getChangeItemBeans();
            for (ChangeItemBean item : items == null ? List.<ChangeItemBean>of() : items) {
                if (item.getField() != null && wanted.contains(item.getField())) {
                    add(byIssue, group.getIssueId(), item.getField(), Change.of(item, group.getTimePerformed()));
                }
            }
        }
        return true;
    }

    private static void add(Map<Long, Map<String, List<Change>>> byIssue, Long issueId, String field, Change change) {
        if (issueId != null) {
            byIssue.computeIfAbsent(issueId, k -> new HashMap<>()).computeIfAbsent(field, k -> new ArrayList<>())
                    .add(change);
        }
    }

    private static void sortOldestFirst(List<Change> changes) {
        changes.sort(Comparator.comparing(Change::at, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /** The first status change (oldest first) into one of the statuses, or null. */
    static Instant firstInto(List<Change> moves, Set<String> statuses) {
        return moves.stream()
                .filter(item -> statuses.contains(item.to()))
                .map(Change::at)
                .filter(t -> t != null)
                .findFirst().orElse(null);
    }

    /**
     * When the issue first left "to do": its creation when the first status change leaves an in-progress or done
     * status (it held that status from the start), else the first change into one. Null without such history; the
     * engine then falls back to the done instant or the last update.
     */
    static Instant firstInProgress(List<Change> moves, Set<String> startedStatuses, Instant created) {
        if (moves.isEmpty()) {
            return null;
        }
        if (startedStatuses.contains(moves.get(0).from())) {
            return created;
        }
        return firstInto(moves, startedStatuses);
    }

    /**
     * A number field's value over time (a KR's current value, or a field a KR's JQL sums) from its changes under
     * the field's name and, when it differs, its translated name: the value before the first recorded change held
     * since the issue was created, then each change. A value set when the issue was created leaves no change item, so
     * with none it held all along.
     */
    static NumericHistory values(Instant created, List<Change> untranslated, List<Change> translated, Double now) {
        List<Change> items = new ArrayList<>(untranslated);
        if (translated != null) {
            items.addAll(translated);
            items.sort(Comparator.comparing(Change::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        List<TimedValue> values = new ArrayList<>();
        if (items.isEmpty()) {
            if (now != null && created != null) {
                values.add(new TimedValue(created, now));
            }
            return NumericHistory.of(values);
        }
        Double before = parse(items.get(0).from(), items.get(0).fromText());
        if (before != null && created != null) {
            values.add(new TimedValue(created, before));
        }
        for (Change item : items) {
            Double to = parse(item.to(), item.toText());
            Instant at = item.at();
            if (to != null && at != null) {
                values.add(new TimedValue(at, to)); // a cleared value keeps the last one: the history has no gaps
            }
        }
        return NumericHistory.of(values);
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
