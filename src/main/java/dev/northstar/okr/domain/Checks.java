package dev.northstar.okr.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Validation helpers shared by the value types; each failure names the field. */
public final class Checks {
    private Checks() {
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
