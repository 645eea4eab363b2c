package dev.northstar.okr.reading;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.Sprint;

import java.util.List;
import java.util.Map;

/**
 * Issues read for one evaluation, every one of them whatever the caller may see (figures count them all). Nothing in
 * it depends on who asked, so one read serves every caller from the cache; which of these issues a caller may
 * browse is asked separately ({@link OkrStructure#browsable}).
 *
 * @param sprints the sprints named by the sprint field values read, by id
 * @param jql     what each key result's own query found, by key result
 */
public record FactSet(List<IssueFact> facts, Map<String, KeyResultValues> values, Map<Integer, Sprint> sprints,
                      Map<String, JqlMatch> jql) {
    public FactSet {
        facts = List.copyOf(facts);
        values = Map.copyOf(values);
        sprints = Map.copyOf(sprints);
        jql = Map.copyOf(jql);
    }

    /** Facts read without key results' own queries. */
    public FactSet(List<IssueFact> facts, Map<String, KeyResultValues> values, Map<Integer, Sprint> sprints) {
        this(facts, values, sprints, Map.of());
    }
}
