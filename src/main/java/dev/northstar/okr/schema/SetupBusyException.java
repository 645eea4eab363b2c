package dev.northstar.okr.schema;

/** Another setup run holds the cluster-wide setup lock; the caller may try again shortly. */
public class SetupBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SetupBusyException() {
        super("another Northstar OKR setup run is in progress", null, false, false);
    }
}
