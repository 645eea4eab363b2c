package dev.northstar.okr.ui;

/**
 * One term of an objective's weighted mean, so the roll-up can be checked by hand. Immutable; every text is plain:
 * the template engine escapes it.
 */
public final class TermRow {
    private final String label;
    private final String url;
    private final String weightText;
    private final String progressText;
    private final String shareText;
    private final String excludedText;

    public TermRow(
            String label, String url, String weightText, String progressText, String shareText, String excludedText) {
        this.label = label;
        this.url = url;
        this.weightText = weightText;
        this.progressText = progressText;
        this.shareText = shareText;
        this.excludedText = excludedText;
    }

    /** The key result or child objective; a neutral label when hidden */
    public String getLabel() {
        return label;
    }

    /** Link; null when hidden */
    public String getUrl() {
        return url;
    }

    /** Weight */
    public String getWeightText() {
        return weightText;
    }

    /** Capped progress that enters the mean */
    public String getProgressText() {
        return progressText;
    }

    /** Weight / sum of weights */
    public String getShareText() {
        return shareText;
    }

    /** Why it does not count; null when it counts */
    public String getExcludedText() {
        return excludedText;
    }
}
