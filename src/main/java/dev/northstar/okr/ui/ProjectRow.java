package dev.northstar.okr.ui;

/**
 * An enabled project and whether it offers the two issue types. Immutable; every text is plain: the template
 * engine escapes it.
 */
public final class ProjectRow {
    private final String key;
    private final String statusText;
    private final String statusCss;

    public ProjectRow(String key, String statusText, String statusCss) {
        this.key = key;
        this.statusText = statusText;
        this.statusCss = statusCss;
    }

    /** Project key */
    public String getKey() {
        return key;
    }

    /** Ready or what is missing */
    public String getStatusText() {
        return statusText;
    }

    /** AUI lozenge modifier */
    public String getStatusCss() {
        return statusCss;
    }
}
