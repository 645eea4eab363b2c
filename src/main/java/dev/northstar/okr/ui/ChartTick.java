package dev.northstar.okr.ui;

/**
 * A labelled position on a chart's time axis. Immutable; every text is plain: the template engine escapes it.
 */
public final class ChartTick {
    private final int x;
    private final String label;

    public ChartTick(int x, String label) {
        this.x = x;
        this.label = label;
    }

    /** X coordinate */
    public int getX() {
        return x;
    }

    /** Date label */
    public String getLabel() {
        return label;
    }
}
