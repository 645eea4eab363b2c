package dev.northstar.okr.checkin;

import dev.northstar.okr.common.InvalidInputException;

import java.time.Instant;
import java.util.Objects;

/**
 * A weekly confidence score (1..10) on a key result, with why it moved.
 * <p>
 * Interim copy of the engine's {@code dev.northstar.okr.domain.CheckIn} (same components, same rules), until the
 * domain package is merged; then this record goes and the repository uses the domain's.
 */
public record CheckIn(String keyResultKey, int confidence, String note, String author, Instant time) {
    public static final int MIN_CONFIDENCE = 1;
    public static final int MAX_CONFIDENCE = 10;

    public CheckIn {
        if (keyResultKey == null || keyResultKey.isBlank()) {
            throw new InvalidInputException("keyResultKey", "okr.error.required");
        }
        if (confidence < MIN_CONFIDENCE || confidence > MAX_CONFIDENCE) {
            throw new InvalidInputException("confidence", "okr.error.outOfRange", MIN_CONFIDENCE, MAX_CONFIDENCE);
        }
        note = note == null ? "" : note;
        author = author == null ? "" : author;
        Objects.requireNonNull(time, "time");
    }
}
