package dev.northstar.okr.ui;

import java.util.List;

/**
 * A metric key result's settings in the settings form: which way it should move, the band it should stay within,
 * and where its current value comes from (with the field a JQL sum or average reads). Immutable; every text is plain:
 * the template engine escapes it.
 */
public final class KeyResultMetricFields {
    private final List<Option> directions;
    private final String low;
    private final String high;
    private final List<Option> sources;
    private final String aggregateField;

    KeyResultMetricFields(List<Option> directions, String low, String high, List<Option> sources,
                          String aggregateField) {
        this.directions = List.copyOf(directions);
        this.low = low;
        this.high = high;
        this.sources = List.copyOf(sources);
        this.aggregateField = aggregateField;
    }

    /** Increase, decrease, stay within a band */
    public List<Option> getDirections() {
        return directions;
    }

    /** The band's low end; empty when none */
    public String getLow() {
        return low;
    }

    /** The band's high end; empty when none */
    public String getHigh() {
        return high;
    }

    /** The current value field, check-ins, or a JQL count, sum or average */
    public List<Option> getSources() {
        return sources;
    }

    /** The field a JQL sum or average reads; empty when none */
    public String getAggregateField() {
        return aggregateField;
    }
}
