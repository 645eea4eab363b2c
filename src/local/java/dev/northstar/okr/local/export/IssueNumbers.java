package dev.northstar.okr.local.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.OddValues;
import dev.northstar.okr.domain.TimedValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An exported issue's numbers: its estimate and the numeric fields metric key results read (their current value and
 * change history). A value that is no usable number (a negative estimate, which Jira's number fields accept, a text, an
 * infinity) is never fatal: the issue counts as unestimated, or without that value, and the value is noted.
 */
final class IssueNumbers {
    private IssueNumbers() {
    }

    /** The story points of a field value; null (unestimated) when absent or unusable, with a note when unusable. */
    static Double points(JsonNode sp, String key, Collection<String> notes) {
        if (sp == null || sp.isNull() || sp.isTextual() && sp.asText().isBlank()) {
            return null;
        }
        Object raw = sp.isNumber() ? (Object) sp.asDouble() : sp.isTextual() ? sp.asText() : sp.toString();
        Double points = OddValues.estimate(raw);
        if (points == null) {
            notes.add(OddValues.estimateNote(key, raw));
        }
        return points;
    }

    /**
     * The numeric fields' values over time: each change from the changelog (the value before the first change held
     * since creation), else the current value, known only from the last update on. Values that are no finite number
     * are left out and noted.
     */
    static Map<String, NumericHistory> fields(List<String> wanted, JsonNode issue, JsonNode f, Map<String, String> names,
            Instant created, Instant updated, String key, Collection<String> notes) {
        Map<String, List<TimedValue>> changes = new HashMap<>();
        for (JsonNode h : issue.path("changelog").path("histories")) {
            Instant at = JiraDates.parse(text(h, "created"), key + " changelog");
            for (JsonNode item : h.path("items")) {
                String field = text(item, "field");
                for (String nf : wanted) {
                    if (nf.equals(field) || nf.equals(text(item, "fieldId")) || nf.equals(names.get(text(item, "fieldId")))) {
                        List<TimedValue> values = changes.computeIfAbsent(nf, x -> new ArrayList<>());
                        Double to = value(item, "toString", "to", key, nf, notes);
                        if (to != null && at != null) {
                            values.add(new TimedValue(at, to));
                        }
                        Double from = value(item, "fromString", null, key, nf, notes);
                        if (from != null && values.size() == 1) {
                            values.add(0, new TimedValue(created, from)); // held since creation
                        }
                    }
                }
            }
        }
        Map<String, NumericHistory> numeric = new HashMap<>();
        for (String nf : wanted) {
            String id = f.has(nf) ? nf : JiraIssueReader.idForName(nf, names);
            JsonNode v = id == null ? null : f.get(id);
            List<TimedValue> history = changes.getOrDefault(nf, List.of());
            if (!history.isEmpty()) {
                numeric.put(nf, NumericHistory.of(history));
            } else if (v != null && !v.isNull()) {
                Object raw = v.isNumber() ? (Object) v.asDouble() : v.isTextual() ? v.asText() : v.toString();
                Double now = OddValues.number(raw);
                if (now != null) {
                    // no change history: the current value is only known to hold since the last update
                    numeric.put(nf, NumericHistory.of(List.of(new TimedValue(updated != null ? updated : created, now))));
                } else if (OddValues.oddNumber(raw)) {
                    notes.add(OddValues.valueNote(key, nf, raw));
                }
            }
        }
        return numeric;
    }

    /** A changelog item's number (display text first, then raw); null when blank, noted when no finite number. */
    private static Double value(JsonNode item, String display, String raw, String key, String field,
            Collection<String> notes) {
        String shown = text(item, display);
        Double v = OddValues.number(shown);
        if (v == null && raw != null) {
            v = OddValues.number(text(item, raw));
        }
        if (v == null && OddValues.oddNumber(shown)) {
            notes.add(OddValues.valueNote(key, field, shown));
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
