package dev.northstar.okr.cycle;

import dev.northstar.okr.errors.InvalidInputException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reads a cycle's start or end as people write it: an instant ({@code 2026-03-31T09:00:00Z}, with any offset) or a
 * date ({@code 2026-03-31}, in UTC). A date as the end means the end of that day, so that a quarter written
 * 2026-01-01 to 2026-03-31 includes March 31.
 */
public final class CycleDates {
    private CycleDates() {
    }

    public static Instant start(String field, String text) {
        return parse(field, text, false);
    }

    public static Instant end(String field, String text) {
        return parse(field, text, true);
    }

    private static Instant parse(String field, String text, boolean end) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException unreadable) {
            throw new InvalidInputException(field, "okr.error.date");
        }
    }
}
