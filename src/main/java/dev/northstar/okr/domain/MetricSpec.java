package dev.northstar.okr.domain;

/**
 * Start, target and band of a metric key result. For increase / decrease, target equal to start is a
 * configuration error (it would divide by zero); for maintain, low must not exceed high. Every value lies within
 * {@link Checks#MAX_VALUE} of zero, so that differences of them stay finite.
 */
public record MetricSpec(Direction direction, double start, double target, double low, double high) {
    public MetricSpec {
        Checks.notNull(direction, "direction");
        if (direction == Direction.MAINTAIN) {
            Checks.bounded(low, "low");
            Checks.bounded(high, "high");
            if (low > high) {
                throw new DomainException("okr.error.bandInverted", "low", "low " + low + " is above high " + high);
            }
        } else {
            Checks.bounded(start, "start");
            Checks.bounded(target, "target");
            if (start == target) {
                throw new DomainException("okr.error.targetEqualsStart", "target",
                        "target equals start (" + start + "): progress would divide by zero");
            }
            if (direction == Direction.INCREASE && target < start) {
                throw new DomainException("okr.error.targetBelowStart", "target",
                        "direction increase needs target above start, got start " + start + " target " + target);
            }
            if (direction == Direction.DECREASE && target > start) {
                throw new DomainException("okr.error.targetAboveStart", "target",
                        "direction decrease needs target below start, got start " + start + " target " + target);
            }
        }
    }

    public static MetricSpec increase(double start, double target) {
        return new MetricSpec(Direction.INCREASE, start, target, 0, 0);
    }

    public static MetricSpec decrease(double start, double target) {
        return new MetricSpec(Direction.DECREASE, start, target, 0, 0);
    }

    public static MetricSpec maintain(double low, double high) {
        return new MetricSpec(Direction.MAINTAIN, 0, 0, low, high);
    }
}
