package dev.northstar.okr.ui;

/**
 * On a metric key result's panel, for its editors: its start, target, current value and unit, written into the Key
 * Result issue's own Jira fields. Immutable; every text is plain: the template engine escapes it.
 */
public final class ValuesForm {
    private final String putPath;
    private final String start;
    private final String target;
    private final String current;
    private final String unit;

    public ValuesForm(String putPath, String start, String target, String current, String unit) {
        this.putPath = putPath;
        this.start = start;
        this.target = target;
        this.current = current;
        this.unit = unit;
    }

    /** REST address that writes the values (PUT) */
    public String getPutPath() {
        return putPath;
    }

    /** Start as a plain number, empty when not set */
    public String getStart() {
        return start;
    }

    /** Target as a plain number, empty when not set */
    public String getTarget() {
        return target;
    }

    /** Current value as a plain number, empty when not set */
    public String getCurrent() {
        return current;
    }

    /** Unit, empty when none */
    public String getUnit() {
        return unit;
    }
}
