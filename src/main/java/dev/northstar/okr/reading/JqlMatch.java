package dev.northstar.okr.reading;

import java.util.List;

/**
 * What a key result's JQL found: the keys of the issues (their facts are in the same {@link FactSet}, with the
 * aggregate field's history under its id), or why there is no figure (Jira refused the query, the field is not
 * there, or the query finds more issues than the app reads for one key result).
 *
 * @param fieldId          the aggregate field's id, empty for a scope or a count
 * @param problemField     the KR setting at fault ({@code jql} or {@code aggregateField}), null when read
 * @param problemKey       the i18n key of the problem, null when the query was read
 * @param problemArguments its arguments (Jira's own messages for a refused query)
 */
public record JqlMatch(List<String> keys, String fieldId, String problemField, String problemKey,
                       List<String> problemArguments) {
    public JqlMatch {
        keys = List.copyOf(keys);
        fieldId = fieldId == null ? "" : fieldId;
        problemArguments = problemArguments == null ? List.of() : List.copyOf(problemArguments);
    }

    public static JqlMatch found(List<String> keys, String fieldId) {
        return new JqlMatch(keys, fieldId, null, null, List.of());
    }

    public static JqlMatch problem(String setting, String messageKey, String... arguments) {
        return new JqlMatch(List.of(), "", setting, messageKey, List.of(arguments));
    }

    public boolean ok() {
        return problemKey == null;
    }
}
