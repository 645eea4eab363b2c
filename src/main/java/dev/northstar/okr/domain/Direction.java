package dev.northstar.okr.domain;

import java.util.Locale;

/** Which way a metric key result should move; MAINTAIN keeps it inside a band. */
public enum Direction {
    INCREASE, DECREASE, MAINTAIN;

    public static Direction fromId(String id) {
        if (id != null) {
            for (Direction d : values()) {
                if (d.name().equals(id.toUpperCase(Locale.ROOT))) {
                    return d;
                }
            }
        }
        throw new DomainException("okr.error.unknownDirection", "direction",
                "unknown direction \"" + id + "\" (expected increase, decrease or maintain)");
    }
}
