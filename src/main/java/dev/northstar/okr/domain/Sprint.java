package dev.northstar.okr.domain;

import java.time.Instant;

/** A Jira Software sprint. Dates may be missing for future sprints. */
public record Sprint(int id, String name, String state, Instant start, Instant end, Instant complete) {
    public Sprint {
        name = name == null ? "sprint " + id : name;
        state = state == null ? "" : state;
        if (start != null && end != null) {
            Checks.notBefore(end, start, "sprint.endDate");
        }
    }

    public boolean closed() {
        return "closed".equalsIgnoreCase(state);
    }

    /** Review window end: the complete date when closed, else now. */
    public Instant reviewEnd(Instant now) {
        return closed() && complete != null ? complete : now;
    }
}
