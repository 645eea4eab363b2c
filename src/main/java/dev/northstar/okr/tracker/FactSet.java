package dev.northstar.okr.tracker;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.domain.Sprint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issues read for one evaluation, every one of them whatever the caller may see (figures count them all), with the
 * keys the caller may not browse (those are counted, never named).
 *
 * @param sprints the sprints named by the sprint field values read, by id
 */
public record FactSet(List<IssueFact> facts, Set<String> hidden, Map<String, KeyResultValues> values,
                      Map<Integer, Sprint> sprints) {
    public FactSet {
        facts = List.copyOf(facts);
        hidden = Set.copyOf(hidden);
        values = Map.copyOf(values);
        sprints = Map.copyOf(sprints);
    }
}
