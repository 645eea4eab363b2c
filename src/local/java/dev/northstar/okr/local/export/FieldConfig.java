package dev.northstar.okr.local.export;

import dev.northstar.okr.reading.FieldChoice;

import java.util.List;

/**
 * How to find custom fields in an export. Each field is either a configured id (e.g. customfield_10002), or
 * looked up by name in the export's {@code names} map; ids differ on every Jira instance. A name that maps to
 * several ids is ambiguous and must be resolved by configuring the id.
 *
 * @param storyPoints configured id, or null to look up by {@link #STORY_POINTS_NAMES}
 * @param sprint configured id, or null to look up by {@link #SPRINT_NAMES}
 * @param epicLink configured id, or null to look up by {@link #EPIC_LINK_NAMES}
 * @param numericFields extra numeric fields (ids or names) whose values and history are kept for metric KRs
 */
public record FieldConfig(String storyPoints, String sprint, String epicLink, List<String> numericFields) {
    public static final List<String> STORY_POINTS_NAMES = FieldChoice.STORY_POINTS_NAMES;
    public static final List<String> SPRINT_NAMES = FieldChoice.SPRINT_NAMES;
    public static final List<String> EPIC_LINK_NAMES = FieldChoice.EPIC_LINK_NAMES;

    public FieldConfig {
        numericFields = numericFields == null ? List.of() : List.copyOf(numericFields);
    }

    public static FieldConfig defaults() {
        return new FieldConfig(null, null, null, List.of());
    }

    public FieldConfig withNumericFields(List<String> fields) {
        return new FieldConfig(storyPoints, sprint, epicLink, fields);
    }
}
