package dev.northstar.okr.ui;

/**
 * A label placed on a chart: a date on the time axis, a percentage on the progress axis, the figure at the last point.
 * Immutable; every text is plain: the template engine escapes it.
 */
public final class ChartTick {
    private final int x;
    private final int y;
    private final String label;
    private final String anchor;

    /**
     * @param anchor SVG's text-anchor: "start", "middle" or "end"; "start" and "end" keep the first and last labels
     *               inside the chart, where a centred date would be cut off at the edge
     */
    public ChartTick(int x, int y, String label, String anchor) {
        this.x = x;
        this.y = y;
        this.label = label;
        this.anchor = anchor;
    }

    /** X coordinate of the text */
    public int getX() {
        return x;
    }

    /** Y coordinate: the text's baseline on the time axis; the grid line's height on the progress axis */
    public int getY() {
        return y;
    }

    /** The date, percentage or figure */
    public String getLabel() {
        return label;
    }

    /** How the label sits on its position: start, middle or end */
    public String getAnchor() {
        return anchor;
    }
}
