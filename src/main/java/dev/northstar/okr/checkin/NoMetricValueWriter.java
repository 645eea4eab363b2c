package dev.northstar.okr.checkin;

/**
 * A metric value writer that writes nothing (tests and tools without Jira's issue service): a reported value is kept
 * with the check-in only. The app is wired with {@code authoring.CheckInValueWriter}, which writes the Key Result
 * issue's current value field.
 */
public class NoMetricValueWriter implements MetricValueWriter {
    @Override
    public void write(String keyResultKey, double value) {
        // nothing yet: see the class comment
    }
}
