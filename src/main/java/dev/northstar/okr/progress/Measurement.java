package dev.northstar.okr.progress;

import dev.northstar.okr.domain.Cycle;

import java.time.Instant;

/**
 * The instant a cycle's figures belong to. A running cycle is measured now. A cycle that ended, or was closed, is
 * measured at its end (the earlier of its end date and its close), so a team grading after the quarter grades the
 * quarter, not work done since; pace, staleness and the age of the last check-in are those of that instant too. An
 * upcoming cycle is measured now, which is its starting point, and has no pace yet. An instant asked for explicitly
 * (an as-of) is measured as asked, whatever the cycle's state.
 *
 * @param at     the instant the figures are measured at
 * @param basis  why that instant
 * @param state  the cycle's state now
 */
public record Measurement(Instant at, Basis basis, State state) {

    /** Why the figures are measured at their instant. */
    public enum Basis {
        /** The cycle is running (or has not started): now. */
        NOW("now"),
        /** The cycle ended or was closed: its end date, or its close when that came first. */
        CYCLE_END("cycle-end"),
        /** An instant the reader asked for. */
        AS_OF("as-of");

        private final String id;

        Basis(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Where the cycle is now. */
    public enum State {
        UPCOMING("upcoming"), RUNNING("running"), ENDED("ended"), CLOSED("closed");

        private final String id;

        State(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * @param closedAt when the cycle was closed for grading, null while open
     * @param asOf     an instant asked for, or null to measure the cycle at its own instant
     */
    public static Measurement of(Cycle cycle, Instant closedAt, Instant now, Instant asOf) {
        State state = state(cycle, closedAt, now);
        if (asOf != null) {
            return new Measurement(asOf, Basis.AS_OF, state);
        }
        return switch (state) {
            case CLOSED -> new Measurement(closedAt.isBefore(cycle.end()) ? closedAt : cycle.end(), Basis.CYCLE_END,
                    state);
            case ENDED -> new Measurement(cycle.end(), Basis.CYCLE_END, state);
            default -> new Measurement(now, Basis.NOW, state);
        };
    }

    /** The cycle's state now: closed once closed, else upcoming before its start, ended from its end on. */
    public static State state(Cycle cycle, Instant closedAt, Instant now) {
        if (closedAt != null) {
            return State.CLOSED;
        }
        if (now.isBefore(cycle.start())) {
            return State.UPCOMING;
        }
        return now.isBefore(cycle.end()) ? State.RUNNING : State.ENDED;
    }

    /** Whether the figures have a pace: only once the cycle has begun at the measured instant. */
    public boolean hasPace(Cycle cycle) {
        return !at.isBefore(cycle.start());
    }
}
