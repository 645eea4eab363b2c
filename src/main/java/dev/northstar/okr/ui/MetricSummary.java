package dev.northstar.okr.ui;

/**
 * Start, current and target of a metric key result, with its unit; for a metric to keep within a band, the band
 * (low to high) and current, with no start or target. Immutable; every text is plain: the template engine escapes it.
 */
public final class MetricSummary {
    private final String start;
    private final String current;
    private final String target;
    private final String unit;
    private final String directionLabel;
    private final String band;
    private final String outside;

    public MetricSummary(
            String start, String current, String target, String unit, String directionLabel, String band,
            String outside) {
        this.start = start;
        this.current = current;
        this.target = target;
        this.unit = unit;
        this.directionLabel = directionLabel;
        this.band = band;
        this.outside = outside;
    }

    /** Start value; null for a band */
    public String getStart() {
        return start;
    }

    /** Current value, or a dash when none is set */
    public String getCurrent() {
        return current;
    }

    /** Target value; null for a band */
    public String getTarget() {
        return target;
    }

    /** Unit; null when none */
    public String getUnit() {
        return unit;
    }

    /** Increase, decrease or stay within a band */
    public String getDirectionLabel() {
        return directionLabel;
    }

    /** The band "200–400" (low to high) of a metric to maintain; else null */
    public String getBand() {
        return band;
    }

    /** How far outside the band the value is; null when inside or not a band */
    public String getOutside() {
        return outside;
    }
}
