package dev.northstar.okr.jira.upgrade;

import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;

/**
 * Base of the app's numbered upgrade tasks. SAL runs each task whose build number is above the one it stored for
 * the app, in order, once per cluster, and stores the highest number when they all succeed; a task that fails is
 * run again on the next start. Every task must therefore be safe to run twice.
 * <p>
 * A task that throws, a {@link LinkageError} included (NoSuchMethodError when Jira's API is not the one the app was
 * built against), is caught here, logged and handed to {@link #failed}, which reports it on the admin page; SAL is
 * told the task succeeded, so that it does not fail again at every start. A task may rely on that only when its work
 * is done again elsewhere: task 1's setup also runs at every start (OkrLifecycle).
 */
abstract class NorthstarUpgradeTask implements PluginUpgradeTask {
    private static final Logger LOG = LoggerFactory.getLogger(NorthstarUpgradeTask.class);
    static final String PLUGIN_KEY = "dev.northstar.okr";

    @Override
    public final Collection<Message> doUpgrade() {
        LOG.info("Northstar OKR upgrade task {} started: {}", getBuildNumber(), getShortDescription());
        try {
            upgrade();
        } catch (RuntimeException | LinkageError failed) {
            LOG.error("Northstar OKR upgrade task {} failed", getBuildNumber(), failed);
            failed(failed);
            return List.of();
        }
        LOG.info("Northstar OKR upgrade task {} finished", getBuildNumber());
        // SAL reads returned messages as errors: none means success.
        return List.of();
    }

    /** The upgrade itself. */
    protected abstract void upgrade();

    /** Reports a failure of {@link #upgrade} where administrators see it (it has been logged already). */
    protected abstract void failed(Throwable failure);

    @Override
    public final String getPluginKey() {
        return PLUGIN_KEY;
    }
}
