package dev.northstar.okr.domain;

/**
 * A weight from 0 to {@link #MAX}. Zero excludes the weighted item from a roll-up. The bound keeps every roll-up a
 * finite number: a sum of weighted progress over any number of key results stays far from overflowing.
 */
public record Weight(double value) {
    public static final Weight ONE = new Weight(1.0);
    /** Heaviest weight: relative weights of a million to one are more than any plan needs. */
    public static final double MAX = 1_000_000;

    public Weight {
        Checks.finite(value, "weight");
        if (value < 0) {
            throw new DomainException("okr.error.negativeWeight", "weight", "weight must not be negative, got " + value);
        }
        if (value > MAX) {
            throw new DomainException("okr.error.weightTooLarge", "weight",
                    "weight must be at most " + (long) MAX + ", got " + value, (long) MAX);
        }
    }

    public static Weight of(double value) {
        return new Weight(value);
    }

    /**
     * A weight read back from storage, never refused: one stored before the bound existed (or edited by hand) is
     * clamped into [0, {@link #MAX}], so that reading it can neither fail nor overflow a roll-up.
     */
    public static Weight stored(double value) {
        if (Double.isNaN(value) || value < 0) {
            return new Weight(0);
        }
        return new Weight(Math.min(value, MAX));
    }

    public boolean excludes() {
        return value == 0.0;
    }
}
