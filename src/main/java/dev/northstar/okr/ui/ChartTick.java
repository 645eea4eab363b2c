package dev.northstar.okr.ui;

/**
 * A labelled position on a chart's time axis. Immutable; every text is plain: the template engine escapes it.
 */
public final class ChartTick {
    private final int x;
    private final String label;
    private final String anchor;

    /** A label centred on its position. */
    public ChartTick(int x, String label) {
        this(x, label, "middle");
    }

    /**
     * @param anchor SVG's text-anchor: "start" or "end" keep the first and last labels inside the chart, where a
     *               centred date would be cut off at the edge
     */
    public ChartTick(int x, String label, String anchor) {
        this.x = x;
        this.label = label;
        this.anchor = anchor;
    }

    /** X coordinate */
    public int getX() {
        return x;
    }

    /** Date label */
    public String getLabel() {
        return label;
    }

    /** How the label sits on its position: start, middle or end */
    public String getAnchor() {
        return anchor;
    }
}
