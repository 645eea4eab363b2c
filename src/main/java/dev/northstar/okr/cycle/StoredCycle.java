package dev.northstar.okr.cycle;

import dev.northstar.okr.domain.Checks;
import dev.northstar.okr.domain.Cycle;

import java.time.Instant;

/**
 * A cycle as the app keeps it: the domain's {@link Cycle} with its id, the project it belongs to (null for a
 * global cycle, which Jira admins manage; project admins manage their project's) and when it was closed and
 * graded (null while open).
 */
public record StoredCycle(long id, Cycle cycle, String projectKey, Instant closedAt) {
    public StoredCycle {
        Checks.notNull(cycle, "cycle");
    }

    public boolean global() {
        return projectKey == null;
    }

    public boolean closed() {
        return closedAt != null;
    }
}
