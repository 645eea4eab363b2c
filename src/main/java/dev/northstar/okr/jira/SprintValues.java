package dev.northstar.okr.jira;

import dev.northstar.okr.domain.DomainException;
import dev.northstar.okr.domain.Sprint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Reads the values of Jira Software's sprint field without compiling against Jira Software, whose classes are not a
 * public API: each value is asked by reflection for getId, getName, getState and its start, end and complete dates.
 * Dates may come as {@link Date}, as java.time, or as a Joda-style object with {@code getMillis()} or
 * {@code toDate()}. Anything unreadable is skipped, never fatal: a sprint the app cannot read is one it cannot review.
 */
final class SprintValues {
    private SprintValues() {
    }

    /** The sprints of one field value: a collection of sprint objects (Jira's shape), an array, or one object. */
    static List<Sprint> read(Object fieldValue) {
        List<Sprint> sprints = new ArrayList<>();
        if (fieldValue instanceof Collection<?> many) {
            many.forEach(value -> one(value).ifPresent(sprints::add));
        } else if (fieldValue instanceof Object[] array) {
            for (Object value : array) {
                one(value).ifPresent(sprints::add);
            }
        } else if (fieldValue != null) {
            one(fieldValue).ifPresent(sprints::add);
        }
        return sprints;
    }

    static Optional<Sprint> one(Object value) {
        if (value == null || !(call(value, "getId") instanceof Number id)) {
            return Optional.empty();
        }
        Object name = call(value, "getName");
        Object state = call(value, "getState");
        String stateName = state instanceof Enum<?> e ? e.name() : state == null ? null : state.toString();
        Instant start = instant(call(value, "getStartDate"));
        Instant end = instant(call(value, "getEndDate"));
        Instant complete = instant(call(value, "getCompleteDate"));
        try {
            return Optional.of(new Sprint(id.intValue(), name == null ? null : name.toString(), stateName, start, end,
                    complete));
        } catch (DomainException endBeforeStart) {
            // A sprint edited into an end before its start: keep its start, drop the impossible end.
            return Optional.of(new Sprint(id.intValue(), name == null ? null : name.toString(), stateName, start, null,
                    complete));
        }
    }

    static Instant instant(Object date) {
        if (date == null) {
            return null;
        }
        if (date instanceof Date d) {
            return Instant.ofEpochMilli(d.getTime());
        }
        if (date instanceof Instant i) {
            return i;
        }
        if (date instanceof TemporalAccessor t && t.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(t);
        }
        if (date instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        // Joda-Time's DateTime (what Jira Software uses) and look-alikes
        if (call(date, "getMillis") instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        Object converted = call(date, "toDate");
        return converted instanceof Date d ? Instant.ofEpochMilli(d.getTime()) : null;
    }

    /** Calls a public no-argument method through a public type that declares it; null when there is none. */
    static Object call(Object target, String name) {
        Method method = accessible(target.getClass(), name);
        if (method == null) {
            return null;
        }
        try {
            return method.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * An implementation class is often not public (Jira Software's sprint is an interface over a private class), so
     * look for the method on a public superclass or interface, as the compiler would have linked it.
     */
    private static Method accessible(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Method m = declared(c, name);
            if (m != null) {
                return m;
            }
            for (Class<?> i : c.getInterfaces()) {
                Method viaInterface = accessible(i, name);
                if (viaInterface != null) {
                    return viaInterface;
                }
            }
        }
        return null;
    }

    private static Method declared(Class<?> c, String name) {
        if (!Modifier.isPublic(c.getModifiers())) {
            return null;
        }
        try {
            Method m = c.getDeclaredMethod(name);
            return Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) ? m : null;
        } catch (NoSuchMethodException absent) {
            return null;
        }
    }
}
