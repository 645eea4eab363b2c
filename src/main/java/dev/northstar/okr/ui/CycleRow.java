package dev.northstar.okr.ui;

/**
 * A cycle as the admin page lists it. Immutable; every text is plain: the template engine escapes it.
 */
public final class CycleRow {
    private final String name;
    private final String start;
    private final String end;
    private final String scope;
    private final String statusText;
    private final String statusCss;

    public CycleRow(String name, String start, String end, String scope, String statusText, String statusCss) {
        this.name = name;
        this.start = start;
        this.end = end;
        this.scope = scope;
        this.statusText = statusText;
        this.statusCss = statusCss;
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
}
