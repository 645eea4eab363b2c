package dev.northstar.okr.jira.upgrade;

import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.schema.SetupFailure;

/**
 * Build 1: creates the Objective and Key Result issue types, the three link types and the Key Result fields, and
 * adds the types to the enabled projects. The same idempotent setup also runs on every start; this task marks the
 * schema's first version, so later tasks (renaming a field, migrating values) have a number to follow.
 */
public class Upgrade001CreateOkrSchema extends NorthstarUpgradeTask {
    private final OkrSetup setup;

    public Upgrade001CreateOkrSchema(OkrSetup setup) {
        this.setup = setup;
    }

    @Override
    public int getBuildNumber() {
        return 1;
    }

    @Override
    public String getShortDescription() {
        return "Create the OKR issue types, link types and fields";
    }

    @Override
    protected void upgrade() {
        // A busy lock means another node is doing exactly this, so it is not an error.
        setup.run();
    }

    /** On the admin page; the next start runs setup again (OkrLifecycle). */
    @Override
    protected void failed(Throwable failure) {
        setup.failed(SetupFailure.upgrade(getBuildNumber()), failure);
    }
}
