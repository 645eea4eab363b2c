package dev.northstar.okr.reading;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.TimedValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A key result's metric from the issues its JQL finds, as a value over time, so that the engine reads it as of any
 * instant like any other value history. The query runs now; the past is rebuilt from what Jira records about each
 * issue found:
 * <ul>
 *   <li>count at t: the issues found that were created at or before t;</li>
 *   <li>sum at t: over those issues, the field's value at t, from its change history (the value before its first
 *       change held since the issue was created; a field never changed held its current value all along; a
 *       cleared value keeps the last one, as for a key result's own value); an issue without a value adds 0;</li>
 *   <li>average at t: that sum divided by the number of those issues that had a value at t; none, no value.</li>
 * </ul>
 * Issues the query found in the past but no longer finds are not known, so they never count.
 */
final class JqlAggregate {
    private JqlAggregate() {
    }

    /** How the issues' values combine. */
    enum Kind { COUNT, SUM, AVERAGE }

    /**
     * The metric over time. Count and sum are 0 from {@code baseline} (the cycle's start) until the first issue is
     * created, so that an early as-of reads 0 rather than "no value"; an average has no value until one is set.
     */
    static NumericHistory of(Kind kind, List<IssueFact> issues, String fieldId, Instant baseline) {
        List<Change> changes = new ArrayList<>();
        for (IssueFact issue : issues) {
            NumericHistory values = kind == Kind.COUNT ? NumericHistory.empty()
                    : issue.numericFields().getOrDefault(fieldId, NumericHistory.empty());
            changes.add(new Change(issue.created(), issue.key(), true,
                    values.at(issue.created()).map(TimedValue::value).orElse(null)));
            for (TimedValue v : values.values()) {
                if (v.at().isAfter(issue.created())) {
                    changes.add(new Change(v.at(), issue.key(), false, v.value()));
                }
            }
        }
        // creations before value changes at the same instant, so a change never precedes its issue
        changes.sort(Comparator.comparing(Change::at).thenComparing(c -> !c.created()));

        List<TimedValue> points = new ArrayList<>();
        if (kind != Kind.AVERAGE && baseline != null
                && (changes.isEmpty() || changes.get(0).at().isAfter(baseline))) {
            points.add(new TimedValue(baseline, 0));
        }
        Map<String, Double> current = new HashMap<>();
        BigDecimal sum = BigDecimal.ZERO; // exact, however many small changes add up
        int created = 0;
        int valued = 0;
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (c.created()) {
                created++;
            }
            if (c.value() != null) {
                Double before = current.put(c.key(), c.value());
                if (before == null) {
                    valued++;
                } else {
                    sum = sum.subtract(BigDecimal.valueOf(before));
                }
                sum = sum.add(BigDecimal.valueOf(c.value()));
            }
            boolean lastAtThisInstant = i + 1 == changes.size() || !changes.get(i + 1).at().equals(c.at());
            if (lastAtThisInstant) {
                switch (kind) {
                    case COUNT -> points.add(new TimedValue(c.at(), created));
                    case SUM -> points.add(new TimedValue(c.at(), sum.doubleValue()));
                    case AVERAGE -> {
                        if (valued > 0) {
                            points.add(new TimedValue(c.at(), sum.doubleValue() / valued));
                        }
                    }
                }
            }
        }
        return NumericHistory.of(points);
    }

    /**
     * The history as shown: the last value of each day (UTC), so that a count over thousands of issues shows as a
     * curve of days rather than thousands of points.
     */
    static List<TimedValue> daily(NumericHistory history) {
        List<TimedValue> days = new ArrayList<>();
        for (TimedValue v : history.values()) {
            if (!days.isEmpty() && days.get(days.size() - 1).at().truncatedTo(ChronoUnit.DAYS)
                    .equals(v.at().truncatedTo(ChronoUnit.DAYS))) {
                days.set(days.size() - 1, v);
            } else {
                days.add(v);
            }
        }
        return days;
    }

    /** One issue created (with its value then), or its value changed. */
    private record Change(Instant at, String key, boolean created, Double value) {
    }
}
