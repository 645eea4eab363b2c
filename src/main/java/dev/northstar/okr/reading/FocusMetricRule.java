package dev.northstar.okr.reading;

import dev.northstar.okr.domain.IssueKey;
import dev.northstar.okr.keyresult.KeyResultSettings;
import dev.northstar.okr.keyresult.KeyResultSettingsRepository;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * At most one focus metric (the one metric that matters now) per owner and cycle. A key result's owner and cycle
 * are those of the objectives it measures (their stored settings; the measures link in Jira), so the rule looks at
 * every key result measuring an objective of the same owner in the same cycle, in any project.
 *
 * <p>Checked when someone marks a key result as the focus. Stored data can still break it (two editors at the same
 * moment, an objective given another owner or cycle later); the read service then shows the first by key as the
 * focus and warns, and never fails.
 */
public class FocusMetricRule {
    private final OkrStructure structure;
    private final ObjectiveSettingsRepository objectives;
    private final KeyResultSettingsRepository keyResults;
    private final OkrSchemaStore schemaStore;

    public FocusMetricRule(OkrStructure structure, ObjectiveSettingsRepository objectives,
                           KeyResultSettingsRepository keyResults, OkrSchemaStore schemaStore) {
        this.structure = structure;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.schemaStore = schemaStore;
    }

    /**
     * The key result (first by key) that is already the focus of an owner and cycle that {@code keyResult} belongs
     * to, other than {@code keyResult} itself; empty when marking it breaks no rule. Who may see that key result is
     * the caller's business: this names it regardless.
     */
    public Optional<String> focusTakenBy(String keyResult) {
        OkrSchema schema = schemaStore.current();
        if (schema.measuresLinkTypeId() == null || schema.keyResultTypeId() == null) {
            return Optional.empty(); // before setup no key result measures anything
        }
        Optional<OkrIssue> kr = structure.issue(keyResult);
        if (kr.isEmpty()) {
            return Optional.empty();
        }
        Set<String> taken = new TreeSet<>(IssueKey.KEY_ORDER);
        for (OkrIssue objective : structure.links(List.of(kr.get()), schema)
                .getOrDefault(keyResult, OkrLinks.NONE).objectives()) {
            Optional<ObjectiveSettings> placed = objectives.find(objective.key());
            placed.ifPresent(p -> taken.addAll(focusOf(p.owner(), p.cycleId(), keyResult, schema)));
        }
        return taken.stream().findFirst();
    }

    /** The focus key results of every objective of that owner in that cycle, except {@code exceptKey}. */
    private List<String> focusOf(String owner, long cycleId, String exceptKey, OkrSchema schema) {
        List<OkrIssue> sameOwner = new ArrayList<>();
        for (ObjectiveSettings s : objectives.inCycle(cycleId)) {
            if (Objects.equals(s.owner(), owner)) {
                structure.issue(s.issueKey()).ifPresent(sameOwner::add);
            }
        }
        List<String> krKeys = structure.links(sameOwner, schema).values().stream()
                .flatMap(l -> l.keyResults().stream())
                .filter(k -> k.typeId().equals(schema.keyResultTypeId()))
                .map(OkrIssue::key)
                .filter(k -> !k.equals(exceptKey))
                .distinct()
                .toList();
        return keyResults.findAll(krKeys).values().stream()
                .filter(KeyResultSettings::focusMetric)
                .map(KeyResultSettings::issueKey)
                .toList();
    }

    /**
     * For the views: the key results marked as focus metric, per owner, first by key. Stored data may break the
     * rule, and a view then shows the first by key as the focus and warns rather than fail. Owners are the
     * objectives' owners; a view holds one cycle. Every key result of the view's objectives counts, also those a
     * one-KR view does not measure, so that both views agree on the focus.
     */
    static Map<String, List<String>> markedByOwner(List<OkrIssue> objectives,
                                                  Map<String, ObjectiveSettings> objSettings,
                                                  Map<String, OkrLinks> objectiveLinks, OkrSchema schema,
                                                  Map<String, KeyResultSettings> krSettings) {
        Map<String, Set<String>> marked = new LinkedHashMap<>();
        for (OkrIssue o : objectives) {
            ObjectiveSettings os = objSettings.get(o.key());
            String owner = os == null ? "" : os.owner();
            for (OkrIssue kr : objectiveLinks.getOrDefault(o.key(), OkrLinks.NONE).keyResults()) {
                KeyResultSettings settings = krSettings.get(kr.key());
                if (kr.typeId().equals(schema.keyResultTypeId()) && settings != null && settings.focusMetric()) {
                    marked.computeIfAbsent(owner, x -> new TreeSet<>(IssueKey.KEY_ORDER)).add(kr.key());
                }
            }
        }
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        marked.forEach((owner, keys) -> sorted.put(owner, List.copyOf(keys)));
        return sorted;
    }
}
