package dev.northstar.okr.jira.upgrade;

import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;

/**
 * Base of the app's numbered upgrade tasks. SAL runs each task whose build number is above the one it stored for
 * the app, in order, once per cluster, and stores the highest number when they all succeed; a task that throws is
 * run again on the next start. Every task must therefore be safe to run twice.
 */
abstract class NorthstarUpgradeTask implements PluginUpgradeTask {
    private static final Logger LOG = LoggerFactory.getLogger(NorthstarUpgradeTask.class);
    static final String PLUGIN_KEY = "dev.northstar.okr";

    @Override
    public final Collection<Message> doUpgrade() {
        LOG.info("Northstar OKR upgrade task {} started: {}", getBuildNumber(), getShortDescription());
        upgrade();
        LOG.info("Northstar OKR upgrade task {} finished", getBuildNumber());
        // SAL reads returned messages as errors: none means success.
        return List.of();
    }

    /** The upgrade itself; throw to have SAL keep the old build number and try again on the next start. */
    protected abstract void upgrade();

    @Override
    public final String getPluginKey() {
        return PLUGIN_KEY;
    }
}
