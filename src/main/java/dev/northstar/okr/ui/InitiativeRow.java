package dev.northstar.okr.ui;

/**
 * An initiative (usually an epic) driving the key result, with its own done ratio. Immutable; every text is plain:
 * the template engine escapes it.
 */
public final class InitiativeRow {
    private final String key;
    private final String url;
    private final String summary;
    private final String scopeLabel;
    private final String scopeCss;
    private final String impactText;
    private final String effortText;
    private final ProgressView progress;
    private final InitiativeRating rating;
    private final String unlinkPath;

    public InitiativeRow(
            String key, String url, String summary, String scopeLabel, String scopeCss, String impactText,
            String effortText, ProgressView progress) {
        this(key, url, summary, scopeLabel, scopeCss, impactText, effortText, progress, null, null);
    }

    private InitiativeRow(
            String key, String url, String summary, String scopeLabel, String scopeCss, String impactText,
            String effortText, ProgressView progress, InitiativeRating rating, String unlinkPath) {
        this.key = key;
        this.url = url;
        this.summary = summary;
        this.scopeLabel = scopeLabel;
        this.scopeCss = scopeCss;
        this.impactText = impactText;
        this.effortText = effortText;
        this.progress = progress;
        this.rating = rating;
        this.unlinkPath = unlinkPath;
    }

    /** The same row with the inline rating form of the key result's editors. */
    InitiativeRow withRating(InitiativeRating form) {
        return new InitiativeRow(key, url, summary, scopeLabel, scopeCss, impactText, effortText, progress, form,
                unlinkPath);
    }

    /** The same row with the address that unlinks it, for those Jira lets link the key result (issue 10). */
    InitiativeRow withUnlink(String path) {
        return new InitiativeRow(key, url, summary, scopeLabel, scopeCss, impactText, effortText, progress, rating,
                path);
    }

    /** The REST address that unlinks the initiative from the key result; null for those who may not */
    public String getUnlinkPath() {
        return unlinkPath;
    }

    /** Issue key */
    public String getKey() {
        return key;
    }

    /** Link */
    public String getUrl() {
        return url;
    }

    /** Summary */
    public String getSummary() {
        return summary;
    }

    /** Must have, Nice to have or Not in scope */
    public String getScopeLabel() {
        return scopeLabel;
    }

    /** AUI lozenge modifier */
    public String getScopeCss() {
        return scopeCss;
    }

    /** Expected impact 1 to 5, or not scored */
    public String getImpactText() {
        return impactText;
    }

    /** Effort 1 to 5, or not scored */
    public String getEffortText() {
        return effortText;
    }

    /** Done ratio of the issues it brings into scope that the caller may see; null when none */
    public ProgressView getProgress() {
        return progress;
    }

    /** Scope, impact and effort as an inline form, for those who may edit the key result; else null */
    public InitiativeRating getRating() {
        return rating;
    }
}
