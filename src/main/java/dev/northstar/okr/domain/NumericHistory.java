package dev.northstar.okr.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A numeric value's history, sorted by time; the value at t is the last one set at or before t. */
public final class NumericHistory {
    private static final NumericHistory EMPTY = new NumericHistory(List.of());

    private final List<TimedValue> values;

    private NumericHistory(List<TimedValue> sorted) {
        this.values = sorted;
    }

    public static NumericHistory empty() {
        return EMPTY;
    }

    public static NumericHistory of(List<TimedValue> values) {
        List<TimedValue> sorted = new ArrayList<>(Checks.copy(values, "values"));
        sorted.sort(Comparator.comparing(TimedValue::at)); // stable: equal instants keep input order
        return new NumericHistory(List.copyOf(sorted));
    }

    public List<TimedValue> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Optional<TimedValue> at(Instant t) {
        TimedValue last = null;
        for (TimedValue v : values) {
            if (v.at().isAfter(t)) {
                break;
            }
            last = v;
        }
        return Optional.ofNullable(last);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericHistory h && h.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "NumericHistory" + values;
    }
}
