package dev.northstar.okr.ui;

/**
 * Which way confidence moved between the last two check-ins. Immutable; every text is plain: the template engine
 * escapes it.
 */
public final class TrendView {
    private final String label;
    private final String cssClass;
    private final String note;

    public TrendView(String label, String cssClass, String note) {
        this.label = label;
        this.cssClass = cssClass;
        this.note = note;
    }

    /** "Down 2" */
    public String getLabel() {
        return label;
    }

    /** AUI lozenge modifier */
    public String getCssClass() {
        return cssClass;
    }

    /** A sentence when confidence dropped enough to talk about; else null */
    public String getNote() {
        return note;
    }
}
