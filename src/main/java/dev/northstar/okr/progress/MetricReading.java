package dev.northstar.okr.progress;

import dev.northstar.okr.domain.Direction;
import java.time.Instant;

/**
 * The value a metric KR was measured with, and where it came from.
 *
 * @param value null when no value was set at or before the as-of instant
 * @param outsideBy for maintain: how far outside the band (0 inside)
 */
public record MetricReading(Direction direction, Double value, Instant setAt, String source, double start,
        double target, double low, double high, double outsideBy) {
}
