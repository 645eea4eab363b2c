package dev.northstar.okr.domain;

import java.time.Duration;
import java.time.Instant;

/** The period an OKR runs (usually a quarter). End must not be before start. */
public record Cycle(String name, Instant start, Instant end) {
    public Cycle {
        Checks.notBlank(name, "cycle.name");
        Checks.notNull(start, "cycle.start");
        Checks.notNull(end, "cycle.end");
        Checks.notBefore(end, start, "cycle.end");
        if (end.equals(start)) {
            throw new DomainException("okr.error.emptyCycle", "cycle.end", "cycle " + name + " has no length (end equals start)");
        }
    }

    /** Fraction of the cycle elapsed at t, clamped to [0, 1]. */
    public double elapsedFraction(Instant t) {
        if (!t.isAfter(start)) {
            return 0.0;
        }
        if (!t.isBefore(end)) {
            return 1.0;
        }
        // seconds, not milliseconds: a cycle stored before its length was bounded may span more than a long of millis
        return seconds(Duration.between(start, t)) / seconds(Duration.between(start, end));
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
