package dev.northstar.okr.cycle;

import dev.northstar.okr.domain.Checks;
import dev.northstar.okr.errors.InvalidInputException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reads a cycle's start or end as people write it: an instant ({@code 2026-03-31T09:00:00Z}, with any offset) or a
 * date ({@code 2026-03-31}, in UTC). A date as the end means the end of that day, so that a quarter written
 * 2026-01-01 to 2026-03-31 includes March 31. Dates lie within the years 1 to 9999 (UTC).
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
        Instant at;
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                at = (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else {
                at = java.time.OffsetDateTime.parse(value).toInstant();
            }
        } catch (DateTimeException unreadable) {
            throw new InvalidInputException(field, "okr.error.date");
        }
        // the end of 9999-12-31 is the first instant of year 10000: still a date the app can store and compute with
        return end && at.equals(Checks.MAX_INSTANT.plusMillis(1)) ? at : Checks.instant(at, field);
    }
}
