package dev.northstar.okr.keyresult;

import dev.northstar.okr.domain.DomainException;
import dev.northstar.okr.domain.InitiativeScope;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The names the REST API uses for stored enumerations: lower case with hyphens ({@code jql-sum},
 * {@code nice-to-have}), as the domain's {@code issue-count} kinds are written; the constant's own name is
 * accepted too.
 */
final class KeyResultIds {
    private KeyResultIds() {
    }

    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static MetricFrom metricFrom(String id) {
        return named(MetricFrom.values(), id).orElseThrow(() -> new DomainException("okr.error.unknownMetricFrom",
                "metricFrom", "unknown metric source \"" + id
                + "\" (expected field, check-in, jql-count, jql-sum or jql-average)"));
    }

    static InitiativeScope scope(String id) {
        return named(InitiativeScope.values(), id).orElseThrow(() -> new DomainException("okr.error.unknownScope",
                "scope", "unknown initiative scope \"" + id + "\" (expected must-have, nice-to-have or not-in-scope)"));
    }

    /** The value that {@code id} names, by its REST name or its constant's name. */
    private static <E extends Enum<E>> Optional<E> named(E[] values, String id) {
        return Arrays.stream(values).filter(value -> id != null && (id.equals(id(value)) || id.equals(value.name())))
                .findFirst();
    }
}
