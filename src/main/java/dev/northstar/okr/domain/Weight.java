package dev.northstar.okr.domain;

/** A non-negative, finite weight. Zero excludes the weighted item from a roll-up. */
public record Weight(double value) {
    public static final Weight ONE = new Weight(1.0);

    public Weight {
        Checks.finite(value, "weight");
        if (value < 0) {
            throw new DomainException("okr.error.negativeWeight", "weight", "weight must not be negative, got " + value);
        }
    }

    public static Weight of(double value) {
        return new Weight(value);
    }

    public boolean excludes() {
        return value == 0.0;
    }
}
