package dev.northstar.okr.reading;

import dev.northstar.okr.domain.NumericHistory;

import java.util.List;

/**
 * The numbers a metric key result keeps on its own issue: start, target and current value (with the current value's
 * history from Jira's change log, for as-of figures) and its unit.
 *
 * @param currentField  the current value field's name, to say where a figure came from
 * @param missingFields names (or ids) of the app's KR fields that Jira no longer has
 */
public record KeyResultValues(Double start, Double target, Double current, String unit, NumericHistory history,
                              String currentField, List<String> missingFields) {
    public KeyResultValues {
        unit = unit == null ? "" : unit;
        history = history == null ? NumericHistory.empty() : history;
        currentField = currentField == null ? "" : currentField;
        missingFields = missingFields == null ? List.of() : List.copyOf(missingFields);
    }

    public static KeyResultValues none(List<String> missingFields) {
        return new KeyResultValues(null, null, null, "", NumericHistory.empty(), "", missingFields);
    }
}
