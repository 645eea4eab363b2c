package dev.northstar.okr.objective;

import dev.northstar.okr.cycle.CycleContents;

import java.util.List;

/** The objectives placed in a cycle, which keep it from being deleted (see {@link CycleContents}). */
public class ObjectivesInCycles implements CycleContents {
    private final ObjectiveSettingsRepository objectives;

    public ObjectivesInCycles(ObjectiveSettingsRepository objectives) {
        this.objectives = objectives;
    }

    @Override
    public Kind kind() {
        return Kind.OBJECTIVES;
    }

    @Override
    public List<String> issueKeys(long cycleId) {
        return objectives.inCycle(cycleId).stream().map(ObjectiveSettings::issueKey).toList();
    }
}
