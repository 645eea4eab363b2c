package dev.northstar.okr.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a metric's current value comes from, in order of precedence: a history of values (check-ins),
 * a numeric field of an issue (with its change history), or a single current value without a time
 * (taken as the value at any instant, since nothing says when it was set).
 */
public record MetricSource(NumericHistory history, String issueKey, String field, Double current) {
    public MetricSource {
        history = history == null ? NumericHistory.empty() : history;
        if (current != null) {
            Checks.finite(current, "current");
        }
        if ((issueKey == null) != (field == null)) {
            throw new DomainException("okr.error.metricField", issueKey == null ? "issue" : "field",
                    "a metric read from an issue needs both issue and field");
        }
    }

    public static MetricSource constant(double current) {
        return new MetricSource(null, null, null, current);
    }

    public static MetricSource history(NumericHistory history) {
        return new MetricSource(history, null, null, null);
    }

    public static MetricSource issueField(String issueKey, String field) {
        return new MetricSource(null, issueKey, field, null);
    }

    public boolean readsIssueField() {
        return issueKey != null;
    }

    /** The value at t from the history or the constant; issue fields are resolved by the engine. */
    public Optional<TimedValue> localValueAt(Instant t) {
        if (!history.isEmpty()) {
            return history.at(t);
        }
        return current == null ? Optional.empty() : Optional.of(new TimedValue(Instant.EPOCH, current));
    }
}
