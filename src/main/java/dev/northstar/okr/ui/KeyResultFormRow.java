package dev.northstar.okr.ui;

/**
 * One key result's row in the new objective form. Immutable; every text is plain: the template engine escapes it.
 */
public final class KeyResultFormRow {
    private final int number;
    private final String prefix;
    private final boolean hidden;

    public KeyResultFormRow(int number, String prefix, boolean hidden) {
        this.number = number;
        this.prefix = prefix;
        this.hidden = hidden;
    }

    /** 1 for the first row */
    public int getNumber() {
        return number;
    }

    /** How the REST API names this row's fields in errors, e.g. keyResults[0]. */
    public String getPrefix() {
        return prefix;
    }

    /** How the REST API names the row as a whole in errors, e.g. keyResults[0] */
    public String getField() {
        return prefix.substring(0, prefix.length() - 1);
    }

    /** Shown only once "Add a key result" asks for it */
    public boolean isHidden() {
        return hidden;
    }
}
