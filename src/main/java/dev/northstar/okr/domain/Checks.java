package dev.northstar.okr.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Validation helpers shared by the value types; each failure names the field. */
public final class Checks {
    /**
     * Largest magnitude of a number the app takes in or computes with (10^15): far beyond any real metric, and small
     * enough that differences, sums and ratios of such numbers stay finite.
     */
    public static final double MAX_VALUE = 1e15;
    /** Earliest and latest instant the app takes in: ISO's four-digit years, well inside epoch milliseconds. */
    public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999Z");

    private Checks() {
    }

    /** A finite number within [-{@link #MAX_VALUE}, {@link #MAX_VALUE}]. */
    public static double bounded(double value, String field) {
        finite(value, field);
        if (Math.abs(value) > MAX_VALUE) {
            throw new DomainException("okr.error.valueTooLarge", field,
                    field + " must be between -10^15 and 10^15, got " + value, (long) MAX_VALUE);
        }
        return value;
    }

    /** An instant within years 1 to 9999 (UTC). */
    public static Instant instant(Instant value, String field) {
        notNull(value, field);
        if (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT)) {
            throw new DomainException("okr.error.instantRange", field,
                    field + " must be within the years 1 to 9999, got " + value);
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException("okr.error.required", field, field + " is required");
        }
        return value;
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new DomainException("okr.error.required", field, field + " is required");
        }
        return value;
    }

    public static double finite(double value, String field) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new DomainException("okr.error.notFinite", field, field + " must be a finite number, got " + value);
        }
        return value;
    }

    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new DomainException("okr.error.outOfRange", field,
                    field + " must be between " + min + " and " + max + ", got " + value, min, max);
        }
        return value;
    }

    public static void notBefore(Instant end, Instant start, String field) {
        if (end.isBefore(start)) {
            throw new DomainException("okr.error.endBeforeStart", field, field + " " + end + " is before the start " + start);
        }
    }

    public static <T> List<T> copy(List<T> list, String field) {
        Objects.requireNonNull(list, field);
        for (T t : list) {
            notNull(t, field + " element");
        }
        return List.copyOf(list);
    }
}
