package dev.northstar.okr.ui;

import java.util.List;

/**
 * The check-in form (for the key result's editors) and the history with its trend. Immutable; every text is plain:
 * the template engine escapes it.
 */
public final class CheckInSection {
    private final String postPath;
    private final List<Integer> confidenceOptions;
    private final List<CheckInRow> history;
    private final String totalText;
    private final Sparkline sparkline;
    private final TrendView trend;
    private final String staleText;
    private final String emptyText;
    private final String closedText;

    public CheckInSection(
            String postPath, List<Integer> confidenceOptions, List<CheckInRow> history, String totalText,
            Sparkline sparkline, TrendView trend, String staleText, String emptyText, String closedText) {
        this.postPath = postPath;
        this.confidenceOptions = List.copyOf(confidenceOptions);
        this.history = List.copyOf(history);
        this.totalText = totalText;
        this.sparkline = sparkline;
        this.trend = trend;
        this.staleText = staleText;
        this.emptyText = emptyText;
        this.closedText = closedText;
    }

    /** REST path the form posts to; null when the caller may not check in */
    public String getPostPath() {
        return postPath;
    }

    /** 1 to 10 */
    public List<Integer> getConfidenceOptions() {
        return confidenceOptions;
    }

    /** Newest first */
    public List<CheckInRow> getHistory() {
        return history;
    }

    /** How many check-ins there are */
    public String getTotalText() {
        return totalText;
    }

    /** Confidence over the shown check-ins, oldest first; null with fewer than two */
    public Sparkline getSparkline() {
        return sparkline;
    }

    /** Latest change; null with fewer than two */
    public TrendView getTrend() {
        return trend;
    }

    /** Set when the last check-in is older than the stale setting; else null */
    public String getStaleText() {
        return staleText;
    }

    /** Set before the first check-in; else null */
    public String getEmptyText() {
        return emptyText;
    }

    /** Set when the key result's cycle is closed (no form then); else null */
    public String getClosedText() {
        return closedText;
    }
}
