package dev.northstar.okr.local.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Jira writes "2015-05-12T21:25:49.000+0000"; the Agile API "2014-12-22T18:27:33.520Z"; both are accepted. */
public final class JiraDates {
    private JiraDates() {
    }

    public static Instant parse(String s, String what) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            int n = v.length();
            // +0000 -> +00:00, which ISO parsing needs
            if (n > 5 && (v.charAt(n - 5) == '+' || v.charAt(n - 5) == '-') && v.substring(n - 4).chars().allMatch(Character::isDigit)) {
                v = v.substring(0, n - 2) + ":" + v.substring(n - 2);
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new ExportException(what + ": not a date: \"" + s + "\"");
        }
    }
}
