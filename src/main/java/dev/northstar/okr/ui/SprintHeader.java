package dev.northstar.okr.ui;

/**
 * A sprint's dates and its OKR alignment. Immutable; every text is plain: the template engine escapes it.
 */
public final class SprintHeader {
    private final String sprintName;
    private final String stateLabel;
    private final String windowText;
    private final String cycleName;
    private final String issuesText;
    private final ProgressView issues;
    private final String pointsText;
    private final ProgressView points;
    private final String unestimatedText;

    public SprintHeader(
            String sprintName, String stateLabel, String windowText, String cycleName, String issuesText,
            ProgressView issues, String pointsText, ProgressView points, String unestimatedText) {
        this.sprintName = sprintName;
        this.stateLabel = stateLabel;
        this.windowText = windowText;
        this.cycleName = cycleName;
        this.issuesText = issuesText;
        this.issues = issues;
        this.pointsText = pointsText;
        this.points = points;
        this.unestimatedText = unestimatedText;
    }

    /** Name */
    public String getSprintName() {
        return sprintName;
    }

    /** Active or closed */
    public String getStateLabel() {
        return stateLabel;
    }

    /** The review window */
    public String getWindowText() {
        return windowText;
    }

    /** The cycle it started in */
    public String getCycleName() {
        return cycleName;
    }

    /** Share of completed issues that served a key result */
    public String getIssuesText() {
        return issuesText;
    }

    /** That share as a bar */
    public ProgressView getIssues() {
        return issues;
    }

    /** Share of completed points */
    public String getPointsText() {
        return pointsText;
    }

    /** That share as a bar */
    public ProgressView getPoints() {
        return points;
    }

    /** Completed issues without estimate; else null */
    public String getUnestimatedText() {
        return unestimatedText;
    }
}
