package dev.northstar.okr.domain;

import java.time.Instant;

/** A numeric value set at an instant (a check-in, a custom field change). */
public record TimedValue(Instant at, double value) {
    public TimedValue {
        Checks.notNull(at, "value.at");
        Checks.finite(value, "value");
    }
}
