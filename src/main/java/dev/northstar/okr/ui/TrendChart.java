package dev.northstar.okr.ui;

import java.util.List;

/**
 * An objective's progress over the cycle as an SVG line chart with its axes: progress (0 to 100%) up the left, the
 * cycle's time (start to its last day) along the bottom. Each point is the engine's as-of figure at a week boundary,
 * and the last point is the figure the page shows as the objective's progress, labelled with it; the dashed line is
 * the progress expected by elapsed time. The legend is the template's (fixed labels). Immutable; every text is plain:
 * the template engine escapes it.
 */
public final class TrendChart {
    private final int width;
    private final int height;
    private final String points;
    private final String expected;
    private final Plot plot;
    private final List<ChartTick> ticks;
    private final List<ChartTick> levels;
    private final ChartTick last;
    private final String description;

    /** Where the plot sits in the chart: its edges and the last point. */
    record Plot(int left, int right, int top, int base, int lastX, int lastY) {
    }

    TrendChart(int width, int height, String points, String expected, Plot plot, List<ChartTick> ticks,
               List<ChartTick> levels, ChartTick last, String description) {
        this.width = width;
        this.height = height;
        this.points = points;
        this.expected = expected;
        this.plot = plot;
        this.ticks = List.copyOf(ticks);
        this.levels = List.copyOf(levels);
        this.last = last;
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

    /** Y of 100%: the top of the progress axis */
    public int getTop() {
        return plot.top();
    }

    /** Y of 0%: the time axis */
    public int getBaseY() {
        return plot.base();
    }

    /** X of the left edge of the plot: the progress axis */
    public int getLeft() {
        return plot.left();
    }

    /** X of the right edge of the plot */
    public int getRight() {
        return plot.right();
    }

    /** X of the last point */
    public int getLastX() {
        return plot.lastX();
    }

    /** Y of the last point */
    public int getLastY() {
        return plot.lastY();
    }

    /** Time axis labels: the cycle's start, middle and last day */
    public List<ChartTick> getTicks() {
        return ticks;
    }

    /** Progress axis: 0%, 50% and 100%, each with its grid line */
    public List<ChartTick> getLevels() {
        return levels;
    }

    /** The figure at the last point: the objective's progress as the page shows it */
    public ChartTick getLast() {
        return last;
    }

    /** The series in words, for screen readers */
    public String getDescription() {
        return description;
    }
}
