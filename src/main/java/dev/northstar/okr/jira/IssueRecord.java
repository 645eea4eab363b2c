package dev.northstar.okr.jira;

import dev.northstar.okr.domain.StatusCategory;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One issue as the app read it from Jira, cached under {@code okr:issue:<key>} and dropped by that issue's own
 * events ({@link IssueChangeListener}): its own fields, the custom field values a read asked for (by role and field
 * id, already reduced to plain values: numbers, text, epic keys, sprints) and its change history for the fields a read
 * asked for (by field name, oldest first). It holds no Jira object, so it outlives the request that read it, and it
 * is the same whoever asked: who may see the issue is asked apart.
 *
 * <p>A read that needs a value or a history the record lacks reads the issue again ({@link #covers}), keeping what
 * the record had, so a record only grows until the issue changes.
 *
 * @param core      what the issue is; null when Jira has no issue of that key
 * @param state     where it stands (status and dates); null when Jira has no issue of that key
 * @param values    custom field values by {@code role:fieldId} ({@link #value}); a field read but empty maps to null
 * @param histories change items by field name; a name read with no change maps to an empty list
 * @param missing   the app's key result fields that Jira no longer has, when the issue was read as a key result
 * @param notes     by value key, a value the figures cannot use (an odd estimate, a key result's value that is no
 *                  finite number), said naming the issue; in the order read
 */
record IssueRecord(String key, Core core, State state, Map<String, Object> values,
                   Map<String, List<IssueHistory.Change>> histories, List<String> missing, Map<String, String> notes) {
    private static final State NONE = new State(null, StatusCategory.TO_DO, null, null, null);

    /** What an issue is: its id, summary, project, type and parent. */
    record Core(long id, String summary, String projectKey, String typeId, String typeName, boolean subtask,
                String parentKey) {
    }

    /** Where an issue stands: its status and the instants Jira keeps. */
    record State(String statusId, StatusCategory category, Instant created, Instant updated, Instant resolved) {
    }

    IssueRecord {
        values = Collections.unmodifiableMap(new HashMap<>(values));
        histories = Map.copyOf(histories);
        missing = List.copyOf(missing);
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** A key Jira has no issue for (deleted, or never was): cached too, so that it is not searched again and again. */
    static IssueRecord absent(String key) {
        return new IssueRecord(key, null, NONE, Map.of(), Map.of(), List.of(), Map.of());
    }

    boolean exists() {
        return core != null;
    }

    String typeId() {
        return core == null ? "" : core.typeId();
    }

    StatusCategory category() {
        return state.category();
    }

    /** Whether the record holds every value and history named (an absent key needs nothing more). */
    boolean covers(Set<String> needValues, Set<String> needHistories) {
        return !exists() || values.keySet().containsAll(needValues) && histories.keySet().containsAll(needHistories);
    }

    Object value(String roleAndField) {
        return values.get(roleAndField);
    }

    List<IssueHistory.Change> history(String field) {
        return histories.getOrDefault(field, List.of());
    }

    /** The key of the issue this one names in the role's field (an epic), or null. */
    String keyValue(String roleAndField) {
        return values.get(roleAndField) instanceof String key ? key : null;
    }
}
