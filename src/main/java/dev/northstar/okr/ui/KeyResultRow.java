package dev.northstar.okr.ui;

/**
 * One key result in a list (objective panel, overview, initiative panel). Immutable; every text is plain: the
 * template engine escapes it.
 */
public final class KeyResultRow {
    private final String key;
    private final String url;
    private final String title;
    private final String kindLabel;
    private final boolean focusMetric;
    private final String context;
    private final ProgressView progress;
    private final PaceLozenge pace;
    private final String error;
    private final String confidenceText;
    private final TrendView trend;
    private final String staleText;
    private final String weightText;
    private final GradeView grade;

    public KeyResultRow(
            String key, String url, String title, String kindLabel, boolean focusMetric, String context,
            ProgressView progress, PaceLozenge pace, String error, String confidenceText, TrendView trend,
            String staleText, String weightText) {
        this.key = key;
        this.url = url;
        this.title = title;
        this.kindLabel = kindLabel;
        this.focusMetric = focusMetric;
        this.context = context;
        this.progress = progress;
        this.pace = pace;
        this.error = error;
        this.confidenceText = confidenceText;
        this.trend = trend;
        this.staleText = staleText;
        this.weightText = weightText;
        this.grade = null;
    }

    /** The same row with the grade its key result was given at its cycle's close. */
    private KeyResultRow(KeyResultRow row, GradeView grade) {
        this.key = row.key;
        this.url = row.url;
        this.title = row.title;
        this.kindLabel = row.kindLabel;
        this.focusMetric = row.focusMetric;
        this.context = row.context;
        this.progress = row.progress;
        this.pace = row.pace;
        this.error = row.error;
        this.confidenceText = row.confidenceText;
        this.trend = row.trend;
        this.staleText = row.staleText;
        this.weightText = row.weightText;
        this.grade = grade;
    }

    KeyResultRow withGrade(GradeView given) {
        return new KeyResultRow(this, given);
    }

    /** Issue key */
    public String getKey() {
        return key;
    }

    /** Link to the issue */
    public String getUrl() {
        return url;
    }

    /** Summary */
    public String getTitle() {
        return title;
    }

    /** How it is measured */
    public String getKindLabel() {
        return kindLabel;
    }

    /** The one metric that matters now for its owner */
    public boolean isFocusMetric() {
        return focusMetric;
    }

    /** Where it belongs, e.g. its objective; null in its own objective's list */
    public String getContext() {
        return context;
    }

    /** Its figure */
    public ProgressView getProgress() {
        return progress;
    }

    /** Pace, null without a cycle */
    public PaceLozenge getPace() {
        return pace;
    }

    /** A configuration problem, translated; null when measured */
    public String getError() {
        return error;
    }

    /** "Confidence 5/10"; null before the first check-in */
    public String getConfidenceText() {
        return confidenceText;
    }

    /** Confidence trend; null with fewer than two check-ins */
    public TrendView getTrend() {
        return trend;
    }

    /** Set when check-ins are stale; else null */
    public String getStaleText() {
        return staleText;
    }

    /** Its weight in the objective's roll-up */
    public String getWeightText() {
        return weightText;
    }

    /** The grade given at its cycle's close; null while not graded (or the cycle is open) */
    public GradeView getGrade() {
        return grade;
    }
}
