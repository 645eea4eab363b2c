package dev.northstar.okr.ui;

/**
 * A cycle as the admin page and a project's cycles page list it, with the actions the viewer may take on it: each
 * action's REST path is null when the viewer may not take it (the template then shows no button). Immutable; every
 * text is plain: the template engine escapes it.
 */
public final class CycleRow {
    private final String name;
    private final String start;
    private final String end;
    private final String scope;
    private final String statusText;
    private final String statusCss;
    private final Actions actions;

    /** What may be done with the cycle, and the words the confirmations use; {@link #NONE} for nothing. */
    public record Actions(String id, String startValue, String endValue, String updatePath, String closePath,
                          String deletePath, String gradingUrl, boolean closed, String closeQuestion,
                          String deleteQuestion) {
        static final Actions NONE = new Actions(null, null, null, null, null, null, null, false, null, null);
    }

    public CycleRow(String name, String start, String end, String scope, String statusText, String statusCss) {
        this(name, start, end, scope, statusText, statusCss, Actions.NONE);
    }

    public CycleRow(String name, String start, String end, String scope, String statusText, String statusCss,
                    Actions actions) {
        this.name = name;
        this.start = start;
        this.end = end;
        this.scope = scope;
        this.statusText = statusText;
        this.statusCss = statusCss;
        this.actions = actions == null ? Actions.NONE : actions;
    }

    /** Name */
    public String getName() {
        return name;
    }

    /** Start date */
    public String getStart() {
        return start;
    }

    /** The last day the cycle covers (its stored end is exclusive) */
    public String getEnd() {
        return end;
    }

    /** A project key or "all projects" */
    public String getScope() {
        return scope;
    }

    /** Open, closed, upcoming */
    public String getStatusText() {
        return statusText;
    }

    /** AUI lozenge modifier */
    public String getStatusCss() {
        return statusCss;
    }

    /** The cycle's id, for the edit form's element ids */
    public String getId() {
        return actions.id();
    }

    /** The start day as a date field holds it (2026-01-01, UTC) */
    public String getStartValue() {
        return actions.startValue();
    }

    /** The last day as a date field holds it (2026-03-31, UTC): sent back as {@code end}, it keeps the end */
    public String getEndValue() {
        return actions.endValue();
    }

    /** {@code PUT /cycles/{id}}: null unless the viewer may change it (open, and theirs to manage) */
    public String getUpdatePath() {
        return actions.updatePath();
    }

    /** {@code POST /cycles/{id}/close}: null unless the viewer may close it (open, and theirs to manage) */
    public String getClosePath() {
        return actions.closePath();
    }

    /** {@code DELETE /cycles/{id}}: null unless the viewer manages it (the API refuses it while something is in it) */
    public String getDeletePath() {
        return actions.deletePath();
    }

    /** The grading page of the cycle, where closing it leads */
    public String getGradingUrl() {
        return actions.gradingUrl();
    }

    /** The grading page once the cycle is closed (a link to grade it); null while it is open */
    public String getGradeLink() {
        return actions.closed() ? actions.gradingUrl() : null;
    }

    /** The close confirmation's question */
    public String getCloseQuestion() {
        return actions.closeQuestion();
    }

    /** The delete confirmation's question */
    public String getDeleteQuestion() {
        return actions.deleteQuestion();
    }
}
