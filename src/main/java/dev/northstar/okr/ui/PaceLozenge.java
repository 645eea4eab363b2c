package dev.northstar.okr.ui;

/**
 * Pace against the cycle as an AUI lozenge. Immutable; every text is plain: the template engine escapes it.
 */
public final class PaceLozenge {
    private final String label;
    private final String cssClass;
    private final String detail;

    public PaceLozenge(String label, String cssClass, String detail) {
        this.label = label;
        this.cssClass = cssClass;
        this.detail = detail;
    }

    /** "On track" */
    public String getLabel() {
        return label;
    }

    /** AUI lozenge modifier, e.g. aui-lozenge-success */
    public String getCssClass() {
        return cssClass;
    }

    /** Expected progress and ratio, for the tooltip */
    public String getDetail() {
        return detail;
    }
}
