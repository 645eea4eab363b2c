package dev.northstar.okr.ui;

import java.util.List;

/**
 * An objective's progress over the cycle as an SVG line chart. Each point is the engine's as-of figure at a week
 * boundary; the dashed line is the pace expected by elapsed time. Immutable; every text is plain: the template
 * engine escapes it.
 */
public final class TrendChart {
    private final int width;
    private final int height;
    private final String points;
    private final String expected;
    private final int targetY;
    private final int baseY;
    private final int left;
    private final int right;
    private final int labelY;
    private final List<ChartTick> ticks;
    private final String description;

    public TrendChart(
            int width, int height, String points, String expected, int targetY, int baseY, int left, int right,
            int labelY, List<ChartTick> ticks, String description) {
        this.width = width;
        this.height = height;
        this.points = points;
        this.expected = expected;
        this.targetY = targetY;
        this.baseY = baseY;
        this.left = left;
        this.right = right;
        this.labelY = labelY;
        this.ticks = List.copyOf(ticks);
        this.description = description;
    }

    /** SVG width */
    public int getWidth() {
        return width;
    }

    /** SVG height */
    public int getHeight() {
        return height;
    }

    /** Actual progress polyline */
    public String getPoints() {
        return points;
    }

    /** Expected progress polyline (elapsed share of the cycle) */
    public String getExpected() {
        return expected;
    }

    /** Y of 100% */
    public int getTargetY() {
        return targetY;
    }

    /** Y of 0% */
    public int getBaseY() {
        return baseY;
    }

    /** X of the left edge of the plot */
    public int getLeft() {
        return left;
    }

    /** X of the right edge of the plot */
    public int getRight() {
        return right;
    }

    /** Baseline of the date labels */
    public int getLabelY() {
        return labelY;
    }

    /** Time axis labels */
    public List<ChartTick> getTicks() {
        return ticks;
    }

    /** The series in words, for screen readers */
    public String getDescription() {
        return description;
    }
}
