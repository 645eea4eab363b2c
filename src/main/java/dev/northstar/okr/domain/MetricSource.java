package dev.northstar.okr.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a metric's current value comes from, in order of precedence: a history of values, a numeric field of an
 * issue (with its change history), a single current value without a time (taken as the value at any instant, since
 * nothing says when it was set), or the values reported with the key result's check-ins.
 *
 * @param fromCheckIns the value at t is the one reported with the latest check-in that has a value, at or before t
 * @param notes        what the values were made of that could not be used (an issue whose value is no number)
 */
public record MetricSource(NumericHistory history, String issueKey, String field, Double current,
        boolean fromCheckIns, java.util.List<String> notes) {
    public MetricSource {
        history = history == null ? NumericHistory.empty() : history;
        notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
        if (current != null) {
            Checks.finite(current, "current");
        }
        if ((issueKey == null) != (field == null)) {
            throw new DomainException("okr.error.metricField", issueKey == null ? "issue" : "field",
                    "a metric read from an issue needs both issue and field");
        }
    }

    /** A source that is not the check-ins. */
    public MetricSource(NumericHistory history, String issueKey, String field, Double current) {
        this(history, issueKey, field, current, false, null);
    }

    public MetricSource(NumericHistory history, String issueKey, String field, Double current,
                        boolean fromCheckIns) {
        this(history, issueKey, field, current, fromCheckIns, null);
    }

    public static MetricSource constant(double current) {
        return new MetricSource(null, null, null, current);
    }

    public static MetricSource history(NumericHistory history) {
        return new MetricSource(history, null, null, null);
    }

    /** Values over time made from several issues, with notes on the values that could not be used. */
    public static MetricSource history(NumericHistory history, java.util.List<String> notes) {
        return new MetricSource(history, null, null, null, false, notes);
    }

    public static MetricSource issueField(String issueKey, String field) {
        return new MetricSource(null, issueKey, field, null);
    }

    /** The values reported with the key result's check-ins (the engine reads them from the plan). */
    public static MetricSource checkInValues() {
        return new MetricSource(null, null, null, null, true);
    }

    public boolean readsIssueField() {
        return issueKey != null;
    }

    /** The value at t from the history or the constant; issue fields and check-ins are resolved by the engine. */
    public Optional<TimedValue> localValueAt(Instant t) {
        if (!history.isEmpty()) {
            return history.at(t);
        }
        return current == null ? Optional.empty() : Optional.of(new TimedValue(Instant.EPOCH, current));
    }
}
