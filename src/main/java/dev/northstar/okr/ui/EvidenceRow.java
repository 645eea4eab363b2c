package dev.northstar.okr.ui;

/**
 * An issue behind the figure and how it counted. Immutable; every text is plain: the template engine escapes it.
 */
public final class EvidenceRow {
    private final String key;
    private final String url;
    private final String type;
    private final IssueRef via;
    private final String doneText;
    private final String doneCss;
    private final String sourceText;
    private final String pointsText;

    public EvidenceRow(
            String key, String url, String type, IssueRef via, String doneText, String doneCss, String sourceText,
            String pointsText) {
        this.key = key;
        this.url = url;
        this.type = type;
        this.via = via;
        this.doneText = doneText;
        this.doneCss = doneCss;
        this.sourceText = sourceText;
        this.pointsText = pointsText;
    }

    /** Issue key */
    public String getKey() {
        return key;
    }

    /** Link */
    public String getUrl() {
        return url;
    }

    /** Issue type */
    public String getType() {
        return type;
    }

    /** The initiative it came through; null when direct or hidden */
    public IssueRef getVia() {
        return via;
    }

    /** "Done Jul 10, 2015" or "Not done" */
    public String getDoneText() {
        return doneText;
    }

    /** AUI lozenge modifier */
    public String getDoneCss() {
        return doneCss;
    }

    /** Where the done date comes from */
    public String getSourceText() {
        return sourceText;
    }

    /** Story points, or a dash */
    public String getPointsText() {
        return pointsText;
    }
}
