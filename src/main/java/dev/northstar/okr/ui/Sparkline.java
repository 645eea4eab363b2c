package dev.northstar.okr.ui;

/**
 * A small line of values (confidence over the last check-ins), drawn as SVG: the points are computed here, the
 * template only prints them. Immutable; every text is plain: the template engine escapes it.
 */
public final class Sparkline {
    private final int width;
    private final int height;
    private final String points;
    private final int lastX;
    private final int lastY;
    private final String description;

    public Sparkline(int width, int height, String points, int lastX, int lastY, String description) {
        this.width = width;
        this.height = height;
        this.points = points;
        this.lastX = lastX;
        this.lastY = lastY;
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

    /** Polyline points "x,y x,y" */
    public String getPoints() {
        return points;
    }

    /** X of the latest value */
    public int getLastX() {
        return lastX;
    }

    /** Y of the latest value */
    public int getLastY() {
        return lastY;
    }

    /** The values in words, for screen readers */
    public String getDescription() {
        return description;
    }
}
