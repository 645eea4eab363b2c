package dev.northstar.okr.reading;

import dev.northstar.okr.checkin.CheckInWindow;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;

import java.util.List;
import java.util.Optional;

/**
 * The cycle a key result belongs to: that of the first objective it measures that is placed in a cycle (as the read
 * service measures it). A key result of a closed cycle takes no check-ins.
 */
public class KeyResultCycles implements CheckInWindow {
    private final OkrStructure structure;
    private final ObjectiveSettingsRepository objectiveSettings;
    private final CycleRepository cycles;
    private final OkrSchemaStore schemaStore;

    public KeyResultCycles(OkrStructure structure, ObjectiveSettingsRepository objectiveSettings,
                           CycleRepository cycles, OkrSchemaStore schemaStore) {
        this.structure = structure;
        this.objectiveSettings = objectiveSettings;
        this.cycles = cycles;
        this.schemaStore = schemaStore;
    }

    /** An objective the key result measures, with the cycle it is placed in. */
    record Placement(OkrIssue objective, StoredCycle cycle) {
    }

    /** Where the key result is measured: the first objective it measures that is placed in a cycle. */
    static Optional<Placement> placement(OkrIssue keyResult, OkrSchema schema, OkrStructure structure,
                                         ObjectiveSettingsRepository objectiveSettings, CycleRepository cycles) {
        OkrLinks links = structure.links(List.of(keyResult), schema).getOrDefault(keyResult.key(), OkrLinks.NONE);
        for (OkrIssue candidate : links.objectives()) {
            Optional<StoredCycle> stored = objectiveSettings.find(candidate.key())
                    .flatMap(s -> cycles.get(s.cycleId()));
            if (stored.isPresent()) {
                return Optional.of(new Placement(candidate, stored.get()));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> closedCycleOf(String keyResultKey) {
        OkrSchema schema = schemaStore.current();
        if (schema.keyResultTypeId() == null || schema.measuresLinkTypeId() == null) {
            return Optional.empty();
        }
        return structure.issue(keyResultKey)
                .filter(kr -> kr.typeId().equals(schema.keyResultTypeId()))
                .flatMap(kr -> placement(kr, schema, structure, objectiveSettings, cycles))
                .map(Placement::cycle)
                .filter(StoredCycle::closed)
                .map(c -> c.cycle().name());
    }
}
