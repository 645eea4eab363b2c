package dev.northstar.okr.progress;

import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Direction;
import java.time.Instant;

/**
 * The value a metric KR was measured with, and where it came from.
 *
 * @param value null when no value was set at or before the as-of instant
 * @param outsideBy for maintain: how far outside the band (0 inside)
 * @param checkIn the check-in the value was reported with, when the metric is read from check-ins; else null
 */
public record MetricReading(Direction direction, Double value, Instant setAt, String source, double start,
        double target, double low, double high, double outsideBy, CheckIn checkIn) {

    /** A reading that did not come from a check-in. */
    public MetricReading(Direction direction, Double value, Instant setAt, String source, double start,
            double target, double low, double high, double outsideBy) {
        this(direction, value, setAt, source, start, target, low, high, outsideBy, null);
    }
}
