package dev.northstar.okr.ui;

/**
 * One choice of a select box. Immutable; every text is plain: the template engine escapes it.
 */
public final class Option {
    private final String value;
    private final String label;
    private final boolean selected;

    public Option(String value, String label, boolean selected) {
        this.value = value;
        this.label = label;
        this.selected = selected;
    }

    /** Submitted value */
    public String getValue() {
        return value;
    }

    /** What the person reads */
    public String getLabel() {
        return label;
    }

    /** Chosen now */
    public boolean isSelected() {
        return selected;
    }
}
