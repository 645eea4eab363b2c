package dev.northstar.okr.reading;

import dev.northstar.okr.schema.OkrSchema;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What to read from Jira for one evaluation. Its sets are kept sorted so that its text names the read exactly and
 * the same way on every node: the read service's cache key is made from it.
 *
 * @param issues           issues read as themselves (initiatives, key results, milestone issues)
 * @param expand           initiatives whose children (epic children, or children through {@code parent}) join
 * @param keyResults       key results whose start / target / current values are read (a subset of {@code issues})
 * @param sprintId         a sprint whose issues join (for its review), or null
 * @param storyPointsField the story points field id, or null when there is none to read
 * @param sprintField      the sprint field id, or null when there is none to read
 * @param jql              key results' own queries, by key result: one search each (paged), whatever they find
 */
public record FactRequest(Set<String> issues, Set<String> expand, Set<String> keyResults, Integer sprintId,
                          String storyPointsField, String sprintField, OkrSchema schema,
                          Map<String, JqlRequest> jql) {
    public FactRequest {
        issues = sorted(issues);
        expand = sorted(expand);
        keyResults = sorted(keyResults);
        jql = Collections.unmodifiableSortedMap(new TreeMap<>(jql == null ? Map.of() : jql));
    }

    /** A read without key results' own queries. */
    public FactRequest(Set<String> issues, Set<String> expand, Set<String> keyResults, Integer sprintId,
                       String storyPointsField, String sprintField, OkrSchema schema) {
        this(issues, expand, keyResults, sprintId, storyPointsField, sprintField, schema, Map.of());
    }

    private static Set<String> sorted(Set<String> keys) {
        return SortedKeys.of(keys);
    }
}
