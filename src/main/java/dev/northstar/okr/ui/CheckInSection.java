package dev.northstar.okr.ui;

import java.util.List;

/**
 * The check-in form (for the key result's editors) and the history with its trend. Immutable; every text is plain:
 * the template engine escapes it.
 */
public final class CheckInSection {
    private final String postPath;
    private final List<Option> confidenceOptions;
    private final String confidenceChoose;
    private final CheckInPrefill prefill;
    private final String valueHint;
    private final List<CheckInRow> history;
    private final boolean showsValues;
    private final String totalText;
    private final Sparkline sparkline;
    private final TrendView trend;
    private final String staleText;
    private final String emptyText;
    private final String closedText;

    /**
     * @param form    what the form offers, null without a form
     * @param history the history, newest first, and whether its rows show a metric's values
     */
    public CheckInSection(Form form, History history, String totalText, Sparkline sparkline, TrendView trend,
                          String staleText, String emptyText, String closedText) {
        this.postPath = form == null ? null : form.postPath();
        this.confidenceOptions = form == null ? List.of() : form.confidenceOptions();
        this.confidenceChoose = form == null ? null : form.confidenceChoose();
        this.prefill = form == null ? null : form.prefill();
        this.valueHint = form == null ? null : form.valueHint();
        this.history = history.rows();
        this.showsValues = history.showsValues();
        this.totalText = totalText;
        this.sparkline = sparkline;
        this.trend = trend;
        this.staleText = staleText;
        this.emptyText = emptyText;
        this.closedText = closedText;
    }

    /**
     * What the form offers: where it posts, confidence 1 to 10 with the last check-in's chosen (or, before the first,
     * none and a "choose" line), what Jira knows since the last check-in, and a metric's value input.
     */
    public record Form(String postPath, List<Option> confidenceOptions, String confidenceChoose,
                       CheckInPrefill prefill, String valueHint) {
        public Form {
            confidenceOptions = List.copyOf(confidenceOptions);
        }
    }

    /** The check-ins shown, newest first, and whether they show a metric's values. */
    public record History(List<CheckInRow> rows, boolean showsValues) {
        public History {
            rows = List.copyOf(rows);
        }
    }

    /** REST path the form posts to; null when the caller may not check in */
    public String getPostPath() {
        return postPath;
    }

    /** 1 to 10; the last check-in's confidence is the one selected */
    public List<Option> getConfidenceOptions() {
        return confidenceOptions;
    }

    /** The first, empty choice before the first check-in (nothing is chosen for the member); else null */
    public String getConfidenceChoose() {
        return confidenceChoose;
    }

    /** What Jira knows since the last check-in, for the note; null when the key result cannot be measured */
    public CheckInPrefill getPrefill() {
        return prefill;
    }

    /** Set when the check-in takes the metric's value (what it is now); else null and no value input */
    public String getValueHint() {
        return valueHint;
    }

    /** Newest first */
    public List<CheckInRow> getHistory() {
        return history;
    }

    /** Whether the history shows a value column (a metric's key result) */
    public boolean isShowsValues() {
        return showsValues;
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
