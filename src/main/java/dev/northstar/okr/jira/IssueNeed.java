package dev.northstar.okr.jira;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a read needs of each issue ({@link IssueRecords}): custom field values of every issue, and for issues of the
 * key result type more values and the history of the named fields (the current value's, under its names); the status
 * history of every issue not to do, and the resolution's of every issue done. The sets a record is checked against are made once per need.
 */
record IssueNeed(List<Wanted> values, String keyResultTypeId, List<Wanted> keyResultValues,
                 List<String> keyResultHistories, Set<String> valueKeys, Set<String> keyResultValueKeys,
                 Set<String> keyResultHistoryNames) {
    static final String STATUS = "status";
    static final String RESOLUTION = "resolution";
    private static final Set<String> HISTORIES = Set.of(STATUS, RESOLUTION);

    /**
     * A custom field a read wants from each issue, in a role that says how its value is kept: {@code P} story points
     * (a number from 0), {@code S} sprints, {@code E} an epic's key, {@code N} a number, {@code T} text. {@code name}
     * stands for the field in the list of missing fields when it has no id.
     */
    record Wanted(String role, String fieldId, String name) {
        String key() {
            return role + ":" + (fieldId == null ? "-" + name : fieldId);
        }

        /** The wanted field a record's value key names. */
        static Wanted of(String key) {
            String role = key.substring(0, key.indexOf(':'));
            String rest = key.substring(key.indexOf(':') + 1);
            return rest.startsWith("-") ? new Wanted(role, null, rest.substring(1)) : new Wanted(role, rest, rest);
        }
    }

    IssueNeed(List<Wanted> values, String keyResultTypeId, List<Wanted> keyResultValues,
              List<String> keyResultHistories) {
        this(values, keyResultTypeId, keyResultValues, keyResultHistories, keys(values, List.of()),
                keys(values, keyResultValues), names(keyResultHistories));
    }

    IssueNeed {
        values = List.copyOf(values);
        keyResultValues = List.copyOf(keyResultValues);
        keyResultHistories = List.copyOf(keyResultHistories);
    }

    private static Set<String> keys(List<Wanted> values, List<Wanted> more) {
        Set<String> keys = new HashSet<>();
        values.forEach(w -> keys.add(w.key()));
        more.forEach(w -> keys.add(w.key()));
        return Set.copyOf(keys);
    }

    private static Set<String> names(List<String> histories) {
        Set<String> names = new HashSet<>(histories);
        names.add(STATUS);
        names.add(RESOLUTION);
        return Set.copyOf(names);
    }

    boolean keyResult(String typeId) {
        return keyResultTypeId != null && keyResultTypeId.equals(typeId);
    }

    boolean coveredBy(IssueRecord record) {
        boolean kr = keyResult(record.typeId());
        return record.covers(kr ? keyResultValueKeys : valueKeys, kr ? keyResultHistoryNames : HISTORIES);
    }

    /**
     * This need and everything {@code older} holds: an issue read again for more keeps what it had, so that views
     * needing different fields of it do not read it in turns.
     */
    IssueNeed with(IssueRecord older) {
        List<Wanted> more = new ArrayList<>(values);
        Set<String> keys = new HashSet<>(keyResultValueKeys);
        older.values().keySet().stream().filter(keys::add).map(Wanted::of).forEach(more::add);
        List<String> histories = new ArrayList<>(keyResultHistories);
        older.histories().keySet().stream().filter(h -> !HISTORIES.contains(h) && !histories.contains(h))
                .forEach(histories::add);
        return new IssueNeed(more, keyResultTypeId != null ? keyResultTypeId : histories.isEmpty() ? null
                : older.typeId(), keyResultValues, histories);
    }
}
