package dev.northstar.okr.cycle;

/**
 * A cycle as the REST API shows it: instants as ISO-8601 text, {@code project} null for a global cycle, and
 * whether the caller may change or close it (so that a screen needs no rule of its own).
 */
public record CycleView(long id, String name, String start, String end, String project, boolean closed,
                        String closedAt, boolean manageable) {

    static CycleView of(StoredCycle cycle, boolean mayManage) {
        return new CycleView(cycle.id(), cycle.cycle().name(), cycle.cycle().start().toString(),
                cycle.cycle().end().toString(), cycle.projectKey(), cycle.closed(),
                cycle.closed() ? cycle.closedAt().toString() : null, mayManage && !cycle.closed());
    }
}
