package dev.northstar.okr.checkin;

/**
 * Writes a metric's value reported with a check-in into the Key Result issue's "current value" field, as the
 * checking-in user, so that Jira's history keeps it and figures as of any date see it. Called only for a metric
 * that reads its value from that field ({@link CheckInSubject.ValueUse#FIELD}), before the check-in is stored: a
 * refusal (thrown as one of the {@code errors} package's exceptions) stores no check-in.
 */
public interface MetricValueWriter {
    /** @param value finite, within -10^15 and 10^15 */
    void write(String keyResultKey, double value);
}
