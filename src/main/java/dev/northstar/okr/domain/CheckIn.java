package dev.northstar.okr.domain;

import java.time.Instant;

/**
 * A weekly confidence score (1..10) on a key result, with why it moved, and optionally the metric's value as the team
 * reported it then (for metric key results whose current value comes from check-ins).
 *
 * @param value the reported value, finite; null when the check-in reports none
 */
public record CheckIn(String keyResultKey, int confidence, String note, String author, Instant time, Double value) {
    public CheckIn {
        Checks.notBlank(keyResultKey, "checkIn.keyResult");
        Checks.inRange(confidence, 1, 10, "confidence");
        note = note == null ? "" : note;
        author = author == null ? "" : author;
        Checks.notNull(time, "checkIn.time");
        if (value != null) {
            Checks.finite(value, "value");
        }
    }

    /** A check-in of confidence only. */
    public CheckIn(String keyResultKey, int confidence, String note, String author, Instant time) {
        this(keyResultKey, confidence, note, author, time, null);
    }
}
