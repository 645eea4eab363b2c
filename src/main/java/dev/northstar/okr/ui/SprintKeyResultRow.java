package dev.northstar.okr.ui;

import java.util.List;

/**
 * How far one key result moved in the sprint. Immutable; every text is plain: the template engine escapes it.
 */
public final class SprintKeyResultRow {
    private final String key;
    private final String url;
    private final String title;
    private final String startText;
    private final String endText;
    private final String deltaText;
    private final String deltaCss;
    private final List<IssueRef> completed;
    private final String hiddenCompletedText;
    private final List<IssueRef> notDone;
    private final String hiddenNotDoneText;
    private final PaceLozenge pace;
    private final String confidenceText;
    private final TrendView trend;

    public SprintKeyResultRow(
            String key, String url, String title, String startText, String endText, String deltaText,
            String deltaCss, List<IssueRef> completed, String hiddenCompletedText, List<IssueRef> notDone,
            String hiddenNotDoneText, PaceLozenge pace, String confidenceText, TrendView trend) {
        this.key = key;
        this.url = url;
        this.title = title;
        this.startText = startText;
        this.endText = endText;
        this.deltaText = deltaText;
        this.deltaCss = deltaCss;
        this.completed = List.copyOf(completed);
        this.hiddenCompletedText = hiddenCompletedText;
        this.notDone = List.copyOf(notDone);
        this.hiddenNotDoneText = hiddenNotDoneText;
        this.pace = pace;
        this.confidenceText = confidenceText;
        this.trend = trend;
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
    public String getTitle() {
        return title;
    }

    /** Progress at sprint start */
    public String getStartText() {
        return startText;
    }

    /** Progress at sprint end */
    public String getEndText() {
        return endText;
    }

    /** Change, signed */
    public String getDeltaText() {
        return deltaText;
    }

    /** AUI lozenge modifier */
    public String getDeltaCss() {
        return deltaCss;
    }

    /** Completed issues that moved it */
    public List<IssueRef> getCompleted() {
        return completed;
    }

    /** Hidden ones counted; else null */
    public String getHiddenCompletedText() {
        return hiddenCompletedText;
    }

    /** Sprint issues in scope left undone */
    public List<IssueRef> getNotDone() {
        return notDone;
    }

    /** Hidden ones counted; else null */
    public String getHiddenNotDoneText() {
        return hiddenNotDoneText;
    }

    /** Pace at sprint end */
    public PaceLozenge getPace() {
        return pace;
    }

    /** Latest confidence; null without */
    public String getConfidenceText() {
        return confidenceText;
    }

    /** Confidence trend; null without */
    public TrendView getTrend() {
        return trend;
    }
}
