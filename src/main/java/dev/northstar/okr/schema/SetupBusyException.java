package dev.northstar.okr.schema;

import dev.northstar.okr.errors.ConflictException;

/** Another setup run holds the cluster-wide setup lock; the caller may try again shortly (409 over REST). */
public class SetupBusyException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public SetupBusyException() {
        super(null, "okr.error.setup.busy", "another Northstar OKR setup run is in progress", new Object[0]);
    }
}
