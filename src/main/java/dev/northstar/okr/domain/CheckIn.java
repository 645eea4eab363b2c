package dev.northstar.okr.domain;

import java.time.Instant;

/** A weekly confidence score (1..10) on a key result, with why it moved. */
public record CheckIn(String keyResultKey, int confidence, String note, String author, Instant time) {
    public CheckIn {
        Checks.notBlank(keyResultKey, "checkIn.keyResult");
        Checks.inRange(confidence, 1, 10, "confidence");
        note = note == null ? "" : note;
        author = author == null ? "" : author;
        Checks.notNull(time, "checkIn.time");
    }
}
