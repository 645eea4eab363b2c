package dev.northstar.okr.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers, percentages and dates in the caller's language. Dates are the UTC calendar day of an instant, as the
 * read service's instants are UTC and the app keeps no time zone per person.
 */
final class Formats {
    private final Locale locale;
    private final DateTimeFormatter dates;
    /** Made on first use and kept for this render only: a NumberFormat is costly to make and not thread-safe. */
    private NumberFormat percents;
    private NumberFormat numbers;

    Formats(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC);
    }

    Locale locale() {
        return locale;
    }

    /**
     * 0.625 as "63%"; 1.42 as "142%": overachievement is shown as it is. A value that rounds to 0 is "0%", never
     * "-0%".
     */
    String percent(double fraction) {
        if (percents == null) {
            percents = NumberFormat.getPercentInstance(locale);
            percents.setMaximumFractionDigits(0);
        }
        return percents.format(points(fraction) / 100.0);
    }

    /** A change of progress in percentage points, signed after rounding: "+50%", "-5%", and "0%" for what rounds to 0. */
    String signedPercent(double delta) {
        long points = points(delta);
        return (points > 0 ? "+" : points < 0 ? "-" : "") + percent(Math.abs(points) / 100.0);
    }

    /** The lozenge of a change of progress, by its sign after rounding: a change shown as 0% is neutral. */
    static String changeCss(double delta) {
        long points = points(delta);
        return points > 0 ? "aui-lozenge-success" : points < 0 ? "aui-lozenge-error" : "aui-lozenge-subtle";
    }

    /** Whole percentage points, as the screens show them; 0 (not -0) for what rounds to nothing. */
    static long points(double fraction) {
        if (!Double.isFinite(fraction)) {
            return 0;
        }
        long points = Math.round(fraction * 100);
        return points == 0 ? 0 : points;
    }

    /** Up to two decimals, grouped as the language groups them. */
    String number(double value) {
        if (numbers == null) {
            numbers = NumberFormat.getNumberInstance(locale);
            numbers.setMaximumFractionDigits(2);
        }
        return numbers.format(value);
    }

    /** Bar width in percent: 0 to 100, whatever the figure (a bar cannot overflow its track). */
    static int bar(double fraction) {
        if (!Double.isFinite(fraction)) {
            return 0;
        }
        return (int) Math.round(Math.max(0.0, Math.min(1.0, fraction)) * 100);
    }

    /** The bar as a fraction for AUI's data-value, always with a dot. */
    static String barValue(double fraction) {
        return String.format(Locale.ROOT, "%.2f", bar(fraction) / 100.0);
    }

    /** The calendar day of an ISO instant, or null. */
    String date(String isoInstant) {
        return isoInstant == null ? null : date(Instant.parse(isoInstant));
    }

    String date(Instant instant) {
        return instant == null ? null : dates.format(instant);
    }

    /**
     * The last day a period covers, from its exclusive end: a cycle stored as ending 2026-04-01T00:00Z covers March
     * 31, and people read "to Mar 31" (the day of the instant just before the end).
     */
    String lastDay(Instant exclusiveEnd) {
        return exclusiveEnd == null ? null : dates.format(exclusiveEnd.minusNanos(1));
    }
}
