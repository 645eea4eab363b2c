package dev.northstar.okr.ui;

/**
 * One issue type, link type or field the app set up in Jira. Immutable; every text is plain: the template engine
 * escapes it.
 */
public final class SchemaItemRow {
    private final String label;
    private final String name;
    private final String id;
    private final String statusText;
    private final String statusCss;

    public SchemaItemRow(String label, String name, String id, String statusText, String statusCss) {
        this.label = label;
        this.name = name;
        this.id = id;
        this.statusText = statusText;
        this.statusCss = statusCss;
    }

    /** What it is for */
    public String getLabel() {
        return label;
    }

    /** Its name in Jira now; a dash when missing */
    public String getName() {
        return name;
    }

    /** Its id; a dash when missing */
    public String getId() {
        return id;
    }

    /** Exists or missing */
    public String getStatusText() {
        return statusText;
    }

    /** AUI lozenge modifier */
    public String getStatusCss() {
        return statusCss;
    }
}
