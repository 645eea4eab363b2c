package dev.northstar.okr.checkin;

/**
 * The metric value writer wired until the Key Result issue's field is written through Jira's issue service: it
 * writes nothing, so a reported value is kept with the check-in only (its history shows it) and the figures keep
 * reading the field as Jira holds it.
 */
public class NoMetricValueWriter implements MetricValueWriter {
    @Override
    public void write(String keyResultKey, double value) {
        // nothing yet: see the class comment
    }
}
