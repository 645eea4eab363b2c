package dev.northstar.okr.tracker;

import dev.northstar.okr.setup.OkrSchema;

import java.util.Set;

/**
 * What to read from Jira for one evaluation.
 *
 * @param issues           issues read as themselves (initiatives, key results, milestone issues)
 * @param expand           initiatives whose children (epic children, or children through {@code parent}) join
 * @param keyResults       key results whose start / target / current values are read (a subset of {@code issues})
 * @param sprintId         a sprint whose issues join (for its review), or null
 * @param storyPointsField the story points field id, or null when there is none to read
 * @param sprintField      the sprint field id, or null when there is none to read
 */
public record FactRequest(Set<String> issues, Set<String> expand, Set<String> keyResults, Integer sprintId,
                          String storyPointsField, String sprintField, OkrSchema schema) {
    public FactRequest {
        issues = Set.copyOf(issues);
        expand = Set.copyOf(expand);
        keyResults = Set.copyOf(keyResults);
    }
}
