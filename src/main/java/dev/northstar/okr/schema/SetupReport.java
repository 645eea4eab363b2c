package dev.northstar.okr.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * The result of a setup run. {@code ran} is false when another run (on this or another cluster node) held the
 * setup lock for longer than setup waits; nothing was changed then.
 */
public record SetupReport(boolean ran, List<SetupStep> steps, List<ProjectStatus> projects) {

    public static final SetupReport BUSY = new SetupReport(false, List.of(), List.of());

    public SetupReport {
        steps = List.copyOf(steps);
        projects = List.copyOf(projects);
    }

    @JsonIgnore
    public boolean created() {
        return steps.stream().anyMatch(s -> s.outcome() == Outcome.CREATED);
    }
}
