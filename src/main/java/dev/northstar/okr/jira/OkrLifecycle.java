package dev.northstar.okr.jira;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.northstar.okr.schema.OkrSetup;
import dev.northstar.okr.schema.SetupFailure;
import dev.northstar.okr.schema.SetupReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs setup each time the app starts (Jira started, or the app enabled or updated), so that whatever an
 * administrator deleted meanwhile is there again. SAL calls this once Jira is fully up, on every node; the setup
 * lock makes the nodes take turns, and all but the first find everything in place.
 */
public class OkrLifecycle implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(OkrLifecycle.class);

    private final OkrSetup setup;

    public OkrLifecycle(OkrSetup setup) {
        this.setup = setup;
    }

    @Override
    public void onStart() {
        try {
            SetupReport report = setup.run();
            LOG.info("Northstar OKR setup on start: {}", report.ran() ? report.steps() : "skipped, lock busy");
        } catch (RuntimeException | LinkageError failed) {
            // The app stays up (its screens say what is missing, the admin page why); the next start or POST /setup
            // tries again. A LinkageError (NoSuchMethodError, NoClassDefFoundError...) means Jira's API is not the
            // one the app was built against: reported the same way rather than thrown into Jira's start.
            LOG.error("Northstar OKR setup failed on start", failed);
            setup.failed(SetupFailure.START, failed);
        }
    }

    @Override
    public void onStop() {
        // Nothing to undo: what setup created stays in Jira, and the event listener unregisters itself.
    }
}
