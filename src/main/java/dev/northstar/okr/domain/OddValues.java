package dev.northstar.okr.domain;

/**
 * Values read from Jira that are no usable number: a negative, non-numeric or non-finite estimate (Jira's number fields
 * accept a negative one), or a field value that is no finite number. They are never fatal: the issue counts as
 * unestimated (or without that value) and gets a note naming it, so the rest of the figures stand. Both readers (the
 * Jira adapter and the export reader) word their notes here, so that the screens can translate them.
 */
public final class OddValues {
    private OddValues() {
    }

    /** Story points from a field value: a finite, non-negative number; null when absent or unusable. */
    public static Double estimate(Object raw) {
        Double n = number(raw);
        // beyond a million points is no estimate (and would overflow the engine's float points)
        return n == null || n < 0 || n > MAX_POINTS ? null : n;
    }

    /** The largest estimate taken as one. */
    public static final double MAX_POINTS = 1_000_000;

    /** Whether a field value is present but not a usable estimate (and so deserves a note). */
    public static boolean oddEstimate(Object raw) {
        return present(raw) && estimate(raw) == null;
    }

    /** A finite number from a field value (a number, or a text holding one); null when absent or unusable. */
    public static Double number(Object raw) {
        double v;
        if (raw instanceof Number n) {
            v = n.doubleValue();
        } else if (raw instanceof String s && !s.isBlank()) {
            try {
                v = Double.parseDouble(s.trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(v) ? v : null;
    }

    /** Whether a field value is present but no finite number (and so deserves a note). */
    public static boolean oddNumber(Object raw) {
        return present(raw) && number(raw) == null;
    }

    /** "TIMOB-5: story points "-3" are not a usable estimate: counted as unestimated". */
    public static String estimateNote(String issueKey, Object raw) {
        return issueKey + ": story points " + quoted(raw) + " are not a usable estimate: counted as unestimated";
    }

    /** "OPS-1: value "n/a" of field First response is not a usable number: left out". */
    public static String valueNote(String issueKey, String field, Object raw) {
        return issueKey + ": value " + quoted(raw) + " of field " + field + " is not a usable number: left out";
    }

    private static boolean present(Object raw) {
        return raw instanceof Number || raw instanceof String s && !s.isBlank();
    }

    private static String quoted(Object raw) {
        String text = raw instanceof Double d ? plain(d) : String.valueOf(raw);
        text = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "\"" + text.replace('"', '\'') + "\"";
    }

    private static String plain(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d)
                : String.valueOf(d);
    }
}
